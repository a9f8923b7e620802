package leadsim.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import leadsim.analysis.table.Table;

/**
 * The files a complete experiment gets beside its runs, all computed from the directory itself
 * (so a store, a merge and a rerun make the same bytes): runs.csv sorted by run id,
 * {@code codebook.csv}, {@code series_long.csv.gz} when series were kept, and
 * {@code summary.json} for a run or a comparison (a sweep's points are summarised by its report),
 * and {@code compare.csv} for a comparison.
 */
final class DerivedFiles {
    private DerivedFiles() {}

    static void write(java.nio.file.Path dir) throws IOException, StoreException {
        Manifest manifest = Manifest.read(dir.resolve(Layout.MANIFEST));
        SortedRuns.sortInPlace(dir.resolve(Layout.RUNS), manifest.runs());
        ResultDir results = ResultDir.read(dir);
        List<String> series = Files.isDirectory(dir.resolve(Layout.SERIES_DIR)) ? manifest.seriesColumns() : List.of();
        Codebook.write(dir, manifest.factorColumns(), results.measureColumns(), series);
        if (!series.isEmpty()) {
            Table runs = results.runs();
            long[] ids = new long[runs.rowCount()];
            double[] warmup = new double[runs.rowCount()];
            double base = warmupDays(manifest, 0);
            int warmupFactor = manifest.factorColumns().indexOf("horizon.warmup_days");
            for (int r = 0; r < ids.length; r++) {
                ids[r] = Long.parseLong(runs.get(r, "run_id"));
                long point = Long.parseLong(runs.get(r, "point"));
                warmup[r] = warmupFactor >= 0 ? Double.parseDouble(runs.get(r, "horizon.warmup_days"))
                        : manifest.points() > 1 && manifest.scenarioOf(point) != null ? warmupDays(manifest, point) : base;
            }
            // ids are ascending (sorted above), so a binary search finds a run's row
            LongSeries.write(results, ids, id -> warmup[java.util.Arrays.binarySearch(ids, id)]);
        }
        if (!results.kind().equals("sweep")) {
            SummaryFile.write(results);
        }
        if (results.kind().equals("compare")) {
            Comparisons.write(dir.resolve(Layout.COMPARE), Comparisons.of(results));
        }
    }

    private static double warmupDays(Manifest manifest, long point) {
        Manifest.Scenario s = manifest.scenarioOf(point);
        return s == null ? 0 : s.resolved().path("horizon").path("warmup_days").asDouble(0);
    }
}
