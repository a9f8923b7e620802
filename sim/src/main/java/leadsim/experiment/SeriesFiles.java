package leadsim.experiment;

import leadsim.analysis.table.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A run's daily series as {@code series/run-00000042.csv.gz}: the kept columns, one row a day.
 * Written aside and renamed, so a file under its real name is always complete; a kill leaves
 * at most a {@code .tmp}, which the next start removes. Java's gzip header carries no time, so
 * the same series is the same bytes.
 */
public final class SeriesFiles {
    static final String DIR = Layout.SERIES_DIR;

    private SeriesFiles() {}

    public static String name(long runId) {
        return Layout.seriesFile(runId);
    }

    static void write(Path seriesDir, long runId, List<String> available, double[][] rows, List<String> kept)
            throws IOException {
        int[] columns = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            columns[i] = available.indexOf(kept.get(i));
        }
        Path target = seriesDir.resolve(name(runId));
        Path temp = seriesDir.resolve(name(runId) + ".tmp");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(temp), 1 << 14), StandardCharsets.UTF_8), 1 << 14)) {
            out.write(Csv.row(kept));
            double[] cells = new double[columns.length];
            for (double[] row : rows) {
                for (int c = 0; c < columns.length; c++) {
                    cells[c] = columns[c] < 0 ? Double.NaN : row[columns[c]];
                }
                out.write(Csv.numbers(cells));
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
