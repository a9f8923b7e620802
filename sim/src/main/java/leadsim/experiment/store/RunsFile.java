package leadsim.experiment.store;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reading a CSV that is appended to line by line, when the writer may have been killed: a
 * last line without its '\n' is a torn write. Readers skip it; a resuming writer cuts it off.
 */
final class RunsFile {
    private RunsFile() {}

    @FunctionalInterface
    interface LineConsumer {
        void accept(String line, long offset) throws IOException;
    }

    /** Cuts the file after its last '\n'; returns how many bytes of torn line were dropped. */
    static long dropTornTail(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = 0;
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            for (long end = size; end > 0 && keep == 0; ) {
                long start = Math.max(0, end - buffer.capacity());
                buffer.clear().limit((int) (end - start));
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, start + buffer.position()) < 0) {
                        throw new IOException("file shrank while being read: " + file);
                    }
                }
                for (int i = (int) (end - start) - 1; i >= 0; i--) {
                    if (buffer.get(i) == '\n') {
                        keep = start + i + 1;
                        break;
                    }
                }
                end = start;
            }
            if (keep < size) {
                channel.truncate(keep);
                channel.force(true);
            }
            return size - keep;
        }
    }

    /** Every complete line (without its '\n') and the byte offset where it starts. */
    static void forEachLine(Path file, LineConsumer consumer) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long offset = 0;
            long start = 0;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    consumer.accept(line.toString(StandardCharsets.UTF_8), start);
                    line.reset();
                    start = offset;
                } else {
                    line.write(b);
                }
            }
        }
    }

    /** The run id: the first cell of a runs.csv or failures.csv row. */
    static long runId(String line) {
        int comma = line.indexOf(',');
        return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
    }

    /** The first complete line, or null when there is none. */
    static String firstLine(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            return null;
        }
    }
}
