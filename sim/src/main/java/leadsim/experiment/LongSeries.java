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
                new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            out.write(Csv.row(Layout.LONG_COLUMNS));
            List<String> columns = null;
            String[][] split = null;
            for (long runId : runIds) {
                Path file = results.seriesFile(runId);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Table one = ResultDir.readSeries(file);
                if (columns == null || !columns.equals(one.columns())) {
                    columns = one.columns();
                    split = split(columns);
                }
                double warm = warmup.applyAsDouble(runId);
                double[] days = one.numbers("day");
                List<List<String>> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(one.strings(c));
                }
                String id = Long.toString(runId);
                for (int d = 0; d < one.rowCount(); d++) {
                    String day = Csv.number(days[d]);
                    String flag = days[d] <= warm ? "1" : "0";
                    for (int c = 0; c < columns.size(); c++) {
                        if (split[c] == null) {
                            continue; // the day itself
                        }
                        out.write(Csv.row(List.of(id, day, flag, split[c][0], split[c][1], cells.get(c).get(d))));
                    }
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Per column, its measure and unit (null for the day column). */
    private static String[][] split(List<String> columns) {
        String[][] out = new String[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            if (column.equals("day")) {
                continue;
            }
            Measure m = Catalogue.series(column).orElse(null);
            out[c] = m == null ? new String[] {column, ""} : new String[] {m.measureName(), m.unitOf(column)};
        }
        return out;
    }
}
