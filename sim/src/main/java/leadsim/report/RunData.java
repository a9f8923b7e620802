package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import leadsim.analysis.table.Table;
import leadsim.experiment.store.Layout;
import leadsim.experiment.store.Manifest;
import leadsim.experiment.store.ResultDir;

/**
 * The replicates of one scenario as a report reads them: from a run directory, or one scenario of
 * a comparison directory, both read by {@link ResultDir}. Reading never writes.
 *
 * @param dir      the directory
 * @param manifest manifest.json as a tree
 * @param runs     one row per finished replicate
 * @param series   one row per replicate and day (replicate, seed, then the run's series columns),
 *                 or null when none were kept (see {@link #whyNoSeries})
 */
public record RunData(Path dir, JsonNode manifest, Table runs, Table series) {

    /** Whether {@code dir} holds the results of {@code leadsim run} (a manifest of kind "run" and runs.csv). */
    public static boolean isRunDirectory(Path dir) {
        if (!ResultDir.looksLike(dir)) {
            return false;
        }
        try {
            return "run".equals(Manifest.read(dir.resolve(Layout.MANIFEST)).kind());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads a run directory through the one result reader. */
    public static RunData read(Path dir) throws ReportInputException {
        if (!isRunDirectory(dir)) {
            throw new ReportInputException(dir + " is not a leadsim run directory (it needs a manifest.json of kind"
                    + " \"run\" and a runs.csv, as `leadsim run` writes)");
        }
        ExperimentDir results = ExperimentDir.read(dir);
        if (results.runs().rowCount() == 0) {
            throw new ReportInputException(dir.resolve(Layout.RUNS) + " has no finished replicate yet");
        }
        return results.scenarios().get(0);
    }

    /** The scenario's name as the manifest records it (else the directory's name). */
    public String scenarioName() {
        String name = manifest.path("scenario_name").asText("");
        return name.isEmpty() ? dir.getFileName().toString() : name;
    }

    public int replicates() {
        return runs.rowCount();
    }

    public List<String> seeds() {
        return runs.strings("seed");
    }

    public boolean hasSeries() {
        return series != null;
    }

    /**
     * Which command or option left the daily series out, in words ("`leadsim run --no-series` leaves
     * them out"), from the manifest's kind and command line: a report never says the user asked for
     * something they did not.
     */
    public String whyNoSeries() {
        String kind = manifest.path("kind").asText("");
        if (kind.equals("merge")) {
            kind = manifest.path("merged_kind").asText("");
        }
        boolean noSeries = false;
        for (JsonNode arg : manifest.path("command_line")) {
            noSeries |= arg.asText().equals("--no-series");
        }
        return switch (kind) {
            case "run" -> "`leadsim run --no-series` leaves them out";
            case "compare" -> noSeries ? "`leadsim compare --no-series` leaves them out"
                    : "it was made by an earlier `leadsim compare`, which kept none; `leadsim compare` now keeps them"
                    + " unless given `--no-series`";
            default -> "the command that made it kept none";
        };
    }

    public boolean hasMetric(String column) {
        return runs.hasColumn(column);
    }

    /**
     * True when a metric was measured in some replicate: a mechanism that is off leaves its
     * columns out of runs.csv, and a measure undefined in a run (nothing decided) is NaN there.
     */
    public boolean measured(String column) {
        if (!runs.hasColumn(column)) {
            return false;
        }
        for (double v : runs.numbers(column)) {
            if (!Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** True when a daily series column exists and moves away from zero on some day. */
    public boolean seriesShows(String column) {
        if (series == null || !series.hasColumn(column)) {
            return false;
        }
        for (double v : series.numbers(column)) {
            if (!Double.isNaN(v) && v != 0) {
                return true;
            }
        }
        return false;
    }

    /** A numeric metric per replicate, in runs.csv order; NaN where a cell is not a number. */
    public double[] metric(String column) {
        return runs.numbers(column);
    }

    /**
     * The roles and bodies that have a column with this prefix, in column order: for example
     * {@code roles("utilization_")} gives the people's roles (bodies have no utilisation).
     */
    public List<String> roles(Table table, String prefix) {
        List<String> roles = new ArrayList<>();
        if (table == null) {
            return roles;
        }
        for (String column : table.columns()) {
            if (column.startsWith(prefix) && column.length() > prefix.length()
                    && !(prefix.equals(MetricCatalogue.UTILIZATION) && column.equals("utilization_max"))
                    && !column.equals("utilization_max_role")) {
                roles.add(column.substring(prefix.length()));
            }
        }
        return roles;
    }

    /** The most frequent value of a text metric such as bottleneck_role, if the column exists. */
    public Optional<String> mostFrequent(String column) {
        if (!runs.hasColumn(column)) {
            return Optional.empty();
        }
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        runs.strings(column).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }
}
