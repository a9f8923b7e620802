package leadsim.experiment.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import leadsim.analysis.table.Table;
import leadsim.experiment.summary.Comparisons;
import leadsim.experiment.summary.SummaryFile;

/**
 * The files a complete experiment gets beside its runs, all computed from the directory itself
 * (so a store, a merge and a rerun make the same bytes): runs.csv sorted by run id,
 * {@code codebook.csv}, {@code series_long.csv.gz} when series were kept, {@code needs.csv.gz}
 * when needs logs were kept, {@code schools_long.csv.gz} for a district, and
 * {@code summary.json} for a run or a comparison (a sweep's points are summarised by its report),
 * and {@code compare.csv} for a comparison.
 */
public final class DerivedFiles {
    private DerivedFiles() {}

    public static void write(java.nio.file.Path dir) throws IOException, StoreException {
        Manifest manifest = Manifest.read(dir.resolve(Layout.MANIFEST));
        SortedRuns.sortInPlace(dir.resolve(Layout.RUNS), manifest.runs());
        ResultDir results = ResultDir.read(dir);
        List<String> series = Files.isDirectory(dir.resolve(Layout.SERIES_DIR)) ? manifest.seriesColumns() : List.of();
        boolean schools = Files.isDirectory(dir.resolve(SchoolRows.DIR));
        Codebook.write(dir, manifest.factorColumns(), results.measureColumns(), series,
                schools ? SchoolSeriesColumns.kept(series) : List.of());
        if (!series.isEmpty()) {
            Table runs = results.runs();
            long[] ids = new long[runs.rowCount()];
            for (int r = 0; r < ids.length; r++) {
                ids[r] = Long.parseLong(runs.get(r, "run_id"));
            }
            LongSeries.write(dir, ids); // ascending: runs.csv was sorted above
        }
        boolean needs = Files.isDirectory(dir.resolve(Layout.NEEDS_DIR));
        if (needs || schools) {
            Table runs = results.runs();
            long[] ids = new long[runs.rowCount()];
            for (int r = 0; r < ids.length; r++) {
                ids[r] = Long.parseLong(runs.get(r, "run_id"));
            }
            if (needs) {
                NeedsFiles.join(dir, ids);
            }
            if (schools) {
                SchoolRows.join(dir, ids);
            }
        }
        if (!results.kind().equals("sweep")) {
            SummaryFile.write(results);
        }
        if (results.kind().equals("compare")) {
            Comparisons.write(dir.resolve(Layout.COMPARE), Comparisons.of(results));
        }
    }
}
