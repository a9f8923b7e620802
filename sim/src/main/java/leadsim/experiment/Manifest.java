package leadsim.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import leadsim.scenario.ScenarioMapper;

/**
 * A result directory's {@code manifest.json} as read back, typed: what readers need to know
 * about how the results were made. Fields a reader does not need stay in {@link #tree()}.
 *
 * @param kind           run, compare, sweep or merge
 * @param mergedKind     for a merge, the kind of the shards merged
 * @param name           the experiment's name (the scenario's, for a run)
 * @param masterSeed     the master seed
 * @param points         design points
 * @param replicates     replicates per point
 * @param runs           runs of the whole experiment
 * @param shard          which shard this directory holds
 * @param shards         how many shards the experiment was split into
 * @param factorColumns  columns of runs.csv that say what a point is
 * @param metricColumns  the measure columns of runs.csv
 * @param seriesColumns  the columns of each run's daily series (empty: none kept)
 * @param scenarios      the scenarios: every point of a run or comparison, point 0 of a sweep
 * @param seeds          a run's replicate seeds
 * @param series         whether a run kept its daily series
 * @param specFile       a sweep's spec file
 * @param commandLine    the command's arguments
 * @param leadsimVersion leadsim's version
 * @param started        when the first attempt started
 * @param finished       when the latest attempt ended (null while running)
 * @param tree           the whole manifest
 */
public record Manifest(String kind, String mergedKind, String name, long masterSeed, long points, int replicates,
                       long runs, int shard, int shards, List<String> factorColumns, List<String> metricColumns,
                       List<String> seriesColumns, List<Scenario> scenarios, List<Long> seeds, boolean series,
                       String specFile, List<String> commandLine, String leadsimVersion, String started,
                       String finished, JsonNode tree) {

    /**
     * One scenario as recorded.
     *
     * @param point        its design point
     * @param label        its name in tables
     * @param file         the file it was loaded from
     * @param sha256       hash of its resolved text
     * @param resolvedYaml the resolved scenario, as validated: what {@code leadsim rerun} loads
     * @param resolved     the resolved scenario as a tree
     */
    public record Scenario(long point, String label, String file, String sha256, String resolvedYaml,
                           JsonNode resolved) {}

    private static final ObjectMapper BINDER = ScenarioMapper.json().copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /** The shape the fields bind from, before the tree is attached. */
    private record Fields(String kind, String mergedKind, String name, long masterSeed, long points, int replicates,
                          long runs, int shard, int shards, List<String> factorColumns, List<String> metricColumns,
                          List<String> seriesColumns, List<Scenario> scenarios, List<Long> seeds, boolean series,
                          String specFile, List<String> commandLine, String leadsimVersion, String started,
                          String finished) {}

    public static Manifest read(Path file) throws IOException {
        JsonNode tree = ScenarioMapper.json().readTree(file.toFile());
        if (tree == null || !tree.isObject()) {
            throw new IOException(file + " is not a JSON object");
        }
        Fields f = BINDER.treeToValue(tree, Fields.class);
        return new Manifest(f.kind() == null ? "" : f.kind(), f.mergedKind(), f.name(), f.masterSeed(), f.points(),
                f.replicates(), f.runs(), f.shard(), Math.max(1, f.shards()), list(f.factorColumns()),
                list(f.metricColumns()), list(f.seriesColumns()), list(f.scenarios()), list(f.seeds()), f.series(),
                f.specFile(), list(f.commandLine()), f.leadsimVersion(), f.started(), f.finished(), tree);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Whether each run wrote its needs log (needs/ and needs.csv.gz). */
    public boolean needsLog() {
        return tree.path("needs_log").asBoolean(false);
    }

    /** The kind of experiment the results are of: a merge is of the kind it merged. */
    public String experimentKind() {
        return kind.equals("merge") && mergedKind != null ? mergedKind : kind;
    }

    /** The scenario recorded for a point, or point 0's (a sweep records only its base). */
    public Scenario scenarioOf(long point) {
        for (Scenario s : scenarios) {
            if (s.point() == point) {
                return s;
            }
        }
        return scenarios.isEmpty() ? null : scenarios.get(0);
    }
}
