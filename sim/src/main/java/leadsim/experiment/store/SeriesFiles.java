package leadsim.experiment.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import leadsim.analysis.table.Csv;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;
import leadsim.model.SchoolSeries;

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

    /**
     * For a district also the daily series of each school and the office as tidy rows
     * after the district's rows of each day ({@code unit} is the school's name), the measures
     * {@link SchoolSeriesColumns} keeps. A unit's measure undefined on every day (the office's
     * implementation: its staff belong to no school) is left out.
     */
    public static void write(Path seriesDir, long runId, List<String> available, double[][] rows, List<String> kept,
                      double warmupDays, SchoolSeries schools) throws IOException {
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
            writeLong(out, runId, kept, cells, warmupDays, schools);
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
    private static void writeLong(Writer out, long runId, List<String> kept, double[][] cells, double warmupDays,
                                  SchoolSeries schools) throws IOException {
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
        SchoolTails school = SchoolTails.of(schools, kept);
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
            school.append(rows, head, d);
            if (rows.length() > 1 << 15) {
                out.write(rows.toString());
                rows.setLength(0);
            }
        }
        out.write(rows.toString());
    }

    /** The tidy rows of a district's schools: per unit and kept measure, its cells before the value. */
    private record SchoolTails(double[][] values, String[] tails) {
        static SchoolTails of(SchoolSeries schools, List<String> districtKept) {
            List<double[]> values = new ArrayList<>();
            List<String> tails = new ArrayList<>();
            List<String> columns = schools.isEmpty() ? List.of() : SchoolSeriesColumns.kept(districtKept);
            for (int u = 0; u < schools.units().size(); u++) {
                for (String column : columns) {
                    double[] days = schools.of(schools.units().get(u), column);
                    if (days == null || java.util.Arrays.stream(days).allMatch(Double::isNaN)) {
                        continue;
                    }
                    String row = Csv.row(List.of(column, schools.units().get(u), ""));
                    values.add(days);
                    tails.add(row.substring(0, row.length() - 1));
                }
            }
            return new SchoolTails(values.toArray(double[][]::new), tails.toArray(String[]::new));
        }

        void append(StringBuilder rows, String head, int day) {
            for (int k = 0; k < tails.length; k++) {
                if (day < values[k].length) {
                    rows.append(head).append(tails[k]).append(Csv.number(values[k][day])).append('\n');
                }
            }
        }
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
