package leadsim.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import leadsim.analysis.table.Csv;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * A run's daily series, written by the worker that ran it, in two forms:
 * {@code series/run-00000042.csv.gz}, the kept columns, one row a day (wide), and
 * {@code series/run-00000042.long.csv.gz}, the same values as tidy rows without a header
 * ({@link LongSeries} joins these into {@code series_long.csv.gz} at the end by copying bytes, so
 * the tidy file costs the end of an experiment almost nothing). Each is written aside and
 * renamed, so a file under its real name is always complete; a kill leaves at most a
 * {@code .tmp}, which the next start removes. Java's gzip header carries no time, so the same
 * series is the same bytes.
 */
public final class SeriesFiles {
    static final String DIR = Layout.SERIES_DIR;

    private SeriesFiles() {}

    public static String name(long runId) {
        return Layout.seriesFile(runId);
    }

    static void write(Path seriesDir, long runId, List<String> available, double[][] rows, List<String> kept,
                      double warmupDays) throws IOException {
        int[] columns = new int[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            columns[i] = available.indexOf(kept.get(i));
        }
        double[][] cells = new double[rows.length][columns.length];
        for (int d = 0; d < rows.length; d++) {
            for (int c = 0; c < columns.length; c++) {
                cells[d][c] = columns[c] < 0 ? Double.NaN : rows[d][columns[c]];
            }
        }
        Path longTemp = seriesDir.resolve(Layout.longSeriesPart(runId) + ".tmp");
        try (Writer out = gzip(longTemp)) {
            writeLong(out, runId, kept, cells, warmupDays);
        }
        Path temp = seriesDir.resolve(name(runId) + ".tmp");
        try (Writer out = gzip(temp)) {
            out.write(Csv.row(kept));
            for (double[] day : cells) {
                out.write(Csv.numbers(day));
            }
        }
        Files.move(longTemp, seriesDir.resolve(Layout.longSeriesPart(runId)), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.move(temp, seriesDir.resolve(name(runId)), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The tidy rows of one run: {@code run_id, day, warmup, measure, unit, value} per day and
     * column (but the day). The measure and unit cells come from the catalogue, quoted by the
     * codec once per column; the rest are numbers, which never need quoting.
     */
    private static void writeLong(Writer out, long runId, List<String> kept, double[][] cells, double warmupDays)
            throws IOException {
        int day = kept.indexOf("day");
        String[] tails = new String[kept.size()];
        for (int c = 0; c < tails.length; c++) {
            if (c == day) {
                continue;
            }
            String column = kept.get(c);
            Measure m = Catalogue.series(column).orElse(null);
            String row = Csv.row(m == null ? List.of(column, "", "") : List.of(m.measureName(), m.unitOf(column), ""));
            tails[c] = row.substring(0, row.length() - 1); // without the line end: the value follows
        }
        String id = Long.toString(runId);
        StringBuilder rows = new StringBuilder(1 << 15);
        for (int d = 0; d < cells.length; d++) {
            double dayNumber = day >= 0 ? cells[d][day] : d + 1;
            String head = id + ',' + Csv.number(dayNumber) + (dayNumber <= warmupDays ? ",1," : ",0,");
            for (int c = 0; c < tails.length; c++) {
                if (tails[c] != null) {
                    rows.append(head).append(tails[c]).append(Csv.number(cells[d][c])).append('\n');
                }
            }
            if (rows.length() > 1 << 15) {
                out.write(rows.toString());
                rows.setLength(0);
            }
        }
        out.write(rows.toString());
    }

    private static Writer gzip(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new FastGzip(Files.newOutputStream(file)),
                StandardCharsets.UTF_8), 1 << 14);
    }

    /** gzip at its fastest level: series are written on every run. */
    static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 1 << 14);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
