package leadsim.experiment.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * Writes runs.csv sorted by run id from rows found in one or more files (a store's own file once
 * its runs are complete, or the shards of a merge). Memory: ten bytes per run (where its row
 * is), never the rows. Written aside and renamed, so a kill leaves the old file whole.
 */
final class SortedRuns {
    private SortedRuns() {}

    /** Sorts a complete runs.csv of {@code total} runs in place (rows of other ids are an error). */
    static void sortInPlace(Path runsFile, long total) throws IOException {
        long[] offsets = new long[Math.toIntExact(total)];
        Arrays.fill(offsets, -1);
        boolean[] sorted = {true};
        long[] last = {-1};
        RunsFile.forEachLine(runsFile, (line, offset) -> {
            if (offset == 0) {
                return;
            }
            long id = RunsFile.runId(line);
            if (id < 0 || id >= total || offsets[(int) id] >= 0) {
                throw new IOException(runsFile + ": unexpected run id " + id + "; the file was changed by hand");
            }
            offsets[(int) id] = offset;
            sorted[0] &= id > last[0];
            last[0] = id;
        });
        if (sorted[0]) {
            return; // one thread, or lucky: nothing to do, no bytes rewritten
        }
        write(List.of(runsFile), offsets, new short[offsets.length], RunsFile.firstLine(runsFile), runsFile);
    }

    /**
     * Writes {@code target}: the header, then for each run id with an offset the line at that
     * offset of {@code sources[source[id]]}.
     */
    static void write(List<Path> sources, long[] offsets, short[] source, String header, Path target)
            throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        RandomAccessFile[] files = new RandomAccessFile[sources.size()];
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            for (int id = 0; id < offsets.length; id++) {
                if (offsets[id] < 0) {
                    continue;
                }
                int from = source[id];
                if (files[from] == null) {
                    files[from] = new RandomAccessFile(sources.get(from).toFile(), "r");
                }
                readLine(files[from], offsets[id], line);
                line.writeTo(out);
            }
        } finally {
            for (RandomAccessFile file : files) {
                if (file != null) {
                    file.close();
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The line at {@code offset}, with its '\n'. */
    private static void readLine(RandomAccessFile file, long offset, ByteArrayOutputStream line) throws IOException {
        line.reset();
        file.seek(offset);
        byte[] buffer = new byte[1024];
        while (true) {
            int n = file.read(buffer);
            if (n < 0) {
                throw new IOException("row at byte " + offset + " has no end; was the file written during the read?");
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, 0, i + 1);
                    return;
                }
            }
            line.write(buffer, 0, n);
        }
    }
}
