package leadsim.experiment.store;

import java.util.List;

/**
 * The result directory, file by file: the one place its names and fixed columns are defined
 * (documented for readers in {@code docs/result-directory.md}). {@code run}, {@code compare},
 * {@code sweep} and {@code merge} all write this layout; {@link ResultDir} reads it back.
 *
 * <pre>
 * manifest.json        how the results were made (versions, command line, seeds, resolved scenarios)
 * runs.csv             one row per finished run: run_id, point, replicate, seed, factor columns, measures
 * failures.csv         runs that threw in the latest attempt
 * series/run-N.csv.gz  per run, the daily series (wide: one row a day, one column a measure)
 * series/run-N.long.csv.gz  per run, the same values as tidy rows, no header (joined at the end)
 * series_long.csv.gz   all daily series, tidy: run_id, day, warmup, measure, unit, value (a district's
 *                      schools' own series too, the school's name as the unit)
 * needs/run-N.csv.gz   per run, its needs log rows (leadsim run --needs), no header (joined at the end)
 * needs.csv.gz         every run's needs log: run_id, then one row per need (sim/ODD.md section 7.10)
 * schools/run-N.csv.gz a district run's measures per school, tidy, no header (joined at the end)
 * schools_long.csv.gz  every school seen: run_id, school, measure, value (the office is a school named office)
 * codebook.csv         every column of runs.csv and of the series, from the metric catalogue
 * summary.json         per design point and measure: n, mean, sd, 95% interval, quartiles (run, compare)
 * compare.csv          paired differences against the baseline (compare)
 * .lock                held while a process writes here
 * </pre>
 */
public final class Layout {
    public static final String MANIFEST = "manifest.json";
    public static final String RUNS = "runs.csv";
    public static final String FAILURES = "failures.csv";
    public static final String SERIES_DIR = "series";
    /** Per run, the needs log's rows (leadsim run --needs), joined at the end into {@link #NEEDS}. */
    public static final String NEEDS_DIR = "needs";
    public static final String NEEDS = "needs.csv.gz";
    public static final String SERIES_LONG = "series_long.csv.gz";
    public static final String CODEBOOK = "codebook.csv";
    public static final String SUMMARY = "summary.json";
    public static final String COMPARE = "compare.csv";
    static final String LOCK = ".lock";

    /** The columns every runs.csv opens with, before the factor columns and the measures. */
    public static final List<String> RUN_COLUMNS = List.of("run_id", "point", "replicate", "seed");
    static final List<String> FAILURE_HEADER = List.of("run_id", "point", "replicate", "seed", "error");
    /** The columns of the tidy series. */
    public static final List<String> LONG_COLUMNS = List.of("run_id", "day", "warmup", "measure", "unit", "value");
    /** The columns of the codebook. */
    public static final List<String> CODEBOOK_COLUMNS = List.of("file", "column", "measure", "unit_of", "label",
            "unit", "kind", "better", "headline", "mechanism");

    private Layout() {}

    /** A run's part of a joined file (its needs log rows, or its rows per school), inside that file's folder. */
    public static String runPart(long runId) {
        return String.format("run-%08d.csv.gz", runId);
    }

    /** A run's series file, inside {@link #SERIES_DIR}. */
    public static String seriesFile(long runId) {
        return String.format("run-%08d.csv.gz", runId);
    }

    /** A run's tidy series rows, inside {@link #SERIES_DIR}: a part of {@link #SERIES_LONG}. */
    public static String longSeriesPart(long runId) {
        return String.format("run-%08d.long.csv.gz", runId);
    }
}
