package leadsim.experiment.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongFunction;

/**
 * Joins per-run gzipped parts (written by the workers as their runs finish) into one gzip file
 * after a member holding the header, by copying bytes in run id order: a file of several gzip
 * members is one file to gunzip, R and pandas, and the end of an experiment costs a copy, not a
 * pass over the data. The file appears whole or not at all ({@code .tmp}, then a move).
 */
final class GzipParts {
    private GzipParts() {}

    /**
     * @param target  the joined file
     * @param header  its first line, with its line end
     * @param parts   the folder of the runs' parts
     * @param part    a run id's part, inside {@code parts}
     * @param runIds  the runs, ascending; a run without a part is skipped
     */
    static void join(Path target, String header, Path parts, LongFunction<String> part, long[] runIds)
            throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            try (OutputStream first = new SeriesFiles.FastGzip(new java.io.FilterOutputStream(out) {
                @Override
                public void close() throws IOException {
                    flush(); // the header member ends here; the file goes on
                }
            })) {
                first.write(header.getBytes(StandardCharsets.UTF_8));
            }
            for (long runId : runIds) {
                Path file = parts.resolve(part.apply(runId));
                if (Files.isRegularFile(file)) {
                    Files.copy(file, out);
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
