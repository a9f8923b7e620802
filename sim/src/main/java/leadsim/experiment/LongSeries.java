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
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import java.util.zip.GZIPOutputStream;
import leadsim.analysis.table.Table;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * {@code series_long.csv.gz}: every run's daily series in one tidy table, one row per run, day
 * and column: {@code run_id, day, warmup, measure, unit, value}. A per-role or per-body column
 * ({@code queue_teacher}) is split by the catalogue into its measure ({@code queue}) and its unit
 * ({@code teacher}); a school-wide column has an empty unit. {@code warmup} is 1 on the days
 * before measuring began. Rows come in run id order, then day, then column: one line of R or
 * pandas loads it.
 */
final class LongSeries {
    private LongSeries() {}

    /**
     * @param runIds  the runs, ascending
     * @param warmup  the warm-up days of a run (by run id)
     */
    static void write(ResultDir results, long[] runIds, LongToDoubleFunction warmup) throws IOException, StoreException {
        Path target = results.dir().resolve(Layout.SERIES_LONG);
        Path temp = results.dir().resolve(Layout.SERIES_LONG + ".tmp");
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new FastGzip(Files.newOutputStream(temp)), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(Csv.row(Layout.LONG_COLUMNS));
            List<String> columns = null;
            String[] tails = null;
            for (long runId : runIds) {
                Path file = results.seriesFile(runId);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Table one = ResultDir.readSeries(file);
                if (columns == null || !columns.equals(one.columns())) {
                    columns = one.columns();
                    tails = tails(columns);
                }
                double warm = warmup.applyAsDouble(runId);
                double[] days = one.numbers("day");
                List<List<String>> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(one.strings(c));
                }
                // Rows are built by hand, hundreds of thousands of them: only the measure and unit
                // cells can need quoting, and the codec quoted them once per column (tails).
                StringBuilder rows = new StringBuilder(1 << 16);
                String id = Long.toString(runId);
                for (int d = 0; d < one.rowCount(); d++) {
                    String head = id + ',' + Csv.number(days[d]) + (days[d] <= warm ? ",1," : ",0,");
                    for (int c = 0; c < columns.size(); c++) {
                        if (tails[c] != null) {
                            rows.append(head).append(tails[c]).append(cells.get(c).get(d)).append('\n');
                        }
                    }
                    if (rows.length() > 1 << 16) {
                        out.write(rows.toString());
                        rows.setLength(0);
                    }
                }
                out.write(rows.toString());
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** gzip at the fastest level: the file is written once, at the end, while the user waits. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    /**
     * Per column, its measure and unit as CSV cells with their separators ({@code queue,teacher,}),
     * split by the catalogue; null for the day column.
     */
    private static String[] tails(List<String> columns) {
        String[] out = new String[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            if (column.equals("day")) {
                continue;
            }
            Measure m = Catalogue.series(column).orElse(null);
            String row = Csv.row(m == null ? List.of(column, "", "") : List.of(m.measureName(), m.unitOf(column), ""));
            out[c] = row.substring(0, row.length() - 1); // without the line end: the value follows
        }
        return out;
    }
}
