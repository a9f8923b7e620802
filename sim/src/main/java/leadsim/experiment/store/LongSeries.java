package leadsim.experiment.store;

import java.io.IOException;
import java.nio.file.Path;
import leadsim.analysis.table.Csv;

/**
 * {@code series_long.csv.gz}: every run's daily series in one tidy table, one row per run, day
 * and column: {@code run_id, day, warmup, measure, unit, value}. A per-role or per-body column
 * ({@code queue_teacher}) is split by the catalogue into its measure ({@code queue}) and its unit
 * ({@code teacher}); a school-wide column has an empty unit. A district's schools and office
 * follow the district's rows of each day with their own series, the school's name as the unit
 * ({@link SeriesFiles}). {@code warmup} is 1 on the days before measuring began. Rows come in run id order, then day, then column: one line of R or
 * pandas loads it.
 *
 * <p>Each run's rows were written, gzipped, by the worker that ran it
 * ({@link SeriesFiles}); here they are joined by copying bytes, after a gzip member holding the
 * header. A file of several gzip members is one gzip file to gunzip, R and pandas.
 */
final class LongSeries {
    private LongSeries() {}

    /** @param runIds the runs, ascending */
    static void write(Path dir, long[] runIds) throws IOException {
        GzipParts.join(dir.resolve(Layout.SERIES_LONG), Csv.row(Layout.LONG_COLUMNS), dir.resolve(Layout.SERIES_DIR),
                Layout::longSeriesPart, runIds);
    }
}
