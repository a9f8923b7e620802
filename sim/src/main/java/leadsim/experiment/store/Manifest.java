package leadsim.experiment.store;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.scenario.ScenarioMapper;

/**
 * A result directory's {@code manifest.json}, the one type it is written from and read into
 * (keys in docs/result-directory.md). It is flat JSON in groups: provenance, the experiment, what
 * its kind adds, the scenarios, how the attempts ended and, for a merge, what was merged. A key
 * a kind does not use is null and left out of the file.
 *
 * <p>Jackson writes the groups unwrapped into one object; it cannot bind unwrapped groups of a
 * record back, so {@link #read} binds each group from the same object itself.
 *
 * @param provenance versions, command line, start time
 * @param setup      the experiment: its size, shard, seeds and columns
 * @param details    what the kind of experiment adds (a sweep's spec, a run's seeds, ...)
 * @param scenarios  the scenarios: every point of a run or comparison, point 0 of a sweep
 * @param attempts   how the latest attempt ended, and earlier starts
 * @param merge      for a merge, what was merged; else null
 */
public record Manifest(@JsonUnwrapped Provenance provenance, @JsonUnwrapped Setup setup,
                       @JsonUnwrapped Details details, List<Scenario> scenarios,
                       @JsonUnwrapped Attempts attempts, @JsonUnwrapped Merge merge) {

    public Manifest {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    private static final ObjectMapper JSON = ScenarioMapper.json();
    /** Manifests of other versions may lack keys or have more; a reader takes what it knows. */
    private static final ObjectMapper BINDER = JSON.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    /**
     * Where the results come from, first in every manifest.
     *
     * @param kind        run, compare, sweep or merge
     * @param commandLine the command's arguments
     * @param started     when the first attempt started
     */
    public record Provenance(String kind, String leadsimVersion, String gitCommit, String masonVersion, String jvm,
                             List<String> commandLine, String started) {}

    /**
     * The experiment every kind has.
     *
     * @param designSha256  hash of what decides the results; resume and merge compare it
     * @param points        design points
     * @param replicates    replicates per point
     * @param runs          runs of the whole experiment
     * @param shard         which shard this directory holds (null for a merge)
     * @param shards        how many shards the experiment was split into
     * @param shardRuns     runs of this shard
     * @param threads       worker threads of the latest attempt
     * @param factorColumns columns of runs.csv that say what a point is
     * @param metricColumns the measure columns of runs.csv
     * @param seriesColumns the columns of each run's daily series (empty: none kept)
     * @param warnings      distinct warnings over all points
     */
    public record Setup(String name, String designSha256, long points, int replicates, long runs, Integer shard,
                        int shards, Long shardRuns, Integer threads, long masterSeed, String seedRule, String runIdRule,
                        List<String> factorColumns, List<String> metricColumns, List<String> seriesColumns,
                        List<String> warnings) {}

    /**
     * What a kind of experiment adds: a sweep its spec and design, a run its scenario and seeds,
     * a comparison its baseline. Null where the kind has none.
     *
     * @param spec     a sweep's spec as read (aliases expanded): what {@code leadsim rerun} runs again
     * @param seeds    a run's replicate seeds
     * @param series   whether a run or comparison kept its daily series
     * @param needsLog whether a run wrote its needs log (absent otherwise)
     * @param factors  a sweep's factor paths
     * @param sampling a sweep's sampled design
     * @param baseline a comparison's first scenario
     */
    public record Details(String specFile, String specSha256, JsonNode spec, String scenarioFile, String scenarioName,
                          String scenarioSha256, List<Long> seeds, Boolean series, Boolean needsLog,
                          List<String> factors, Sampling sampling, String baseline) {

        public static Details ofSweep(String specFile, String specSha256, JsonNode spec, String scenarioFile,
                               List<String> factors, Sampling sampling) {
            return new Details(specFile, specSha256, spec, scenarioFile, null, null, null, null, null, factors,
                    sampling, null);
        }

        public static Details ofRun(String scenarioFile, String scenarioName, String scenarioSha256, List<Long> seeds,
                             boolean series, boolean needsLog) {
            // needs_log only when kept, so that the manifests of runs without it are unchanged
            return new Details(null, null, null, scenarioFile, scenarioName, scenarioSha256, seeds, series,
                    needsLog ? Boolean.TRUE : null, null, null, null);
        }

        public static Details ofComparison(String baseline, boolean series) {
            return new Details(null, null, null, null, null, null, null, series, null, null, null, baseline);
        }
    }

    /**
     * A sampled design as recorded; for Saltelli and Morris designs enough to rebuild it, so that
     * a report can tell which design point is which row (A, B, AB_i; trajectory, step).
     *
     * @param factors the sampled factors' paths (Saltelli, Morris)
     * @param blocks  the Saltelli blocks in order
     * @param rowRule which row of the design a point is
     */
    public record Sampling(String method, int points, Integer baseSamples, Integer trajectories, Integer levels,
                           Long designSeed, List<String> factors, List<String> blocks, String rowRule) {}

    /**
     * One scenario as recorded.
     *
     * @param point        its design point
     * @param label        its name in tables
     * @param file         the file it was loaded from
     * @param sha256       hash of its resolved text
     * @param resolved     the resolved scenario as a tree
     * @param resolvedYaml the resolved scenario, as validated: what {@code leadsim rerun} loads
     */
    public record Scenario(long point, String label, String file, String sha256, JsonNode resolved,
                           String resolvedYaml) {}

    /**
     * How the attempts went: the starts of attempts that resumed, and how the latest ended
     * (null while it runs).
     */
    public record Attempts(List<String> resumed, String finished, Long runsDone, Long runsFailed, Double seconds,
                           Long peakRssMb) {}

    /** What a merge put together: the shards' kind, when, and each shard's directory and attempt. */
    public record Merge(String mergedKind, String mergedAt, List<MergedShard> mergedFrom) {}

    public record MergedShard(String dir, int shard, String started, String finished, List<String> commandLine) {}

    // --- reading and writing --------------------------------------------------------------

    public static Manifest read(Path file) throws IOException {
        JsonNode tree = JSON.readTree(file.toFile());
        if (tree == null || !tree.isObject()) {
            throw new IOException(file + " is not a JSON object");
        }
        List<Scenario> scenarios = tree.hasNonNull("scenarios")
                ? BINDER.convertValue(tree.get("scenarios"), new TypeReference<List<Scenario>>() {}) : null;
        Merge merge = tree.has("merged_kind") ? BINDER.treeToValue(tree, Merge.class) : null;
        return new Manifest(BINDER.treeToValue(tree, Provenance.class), BINDER.treeToValue(tree, Setup.class),
                BINDER.treeToValue(tree, Details.class), scenarios, BINDER.treeToValue(tree, Attempts.class), merge);
    }

    /** The manifest as the file holds it. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a manifest's records always serialise", e);
        }
    }

    /** The manifest as a tree, for reports that show it or look up a key by name. */
    public JsonNode tree() {
        return JSON.valueToTree(this);
    }

    // --- after an attempt, and merged ----------------------------------------------------

    /** This attempt resumes {@code earlier}: the first start is kept and this one listed with the other resumes. */
    Manifest resuming(Manifest earlier) {
        List<String> resumes = new ArrayList<>();
        if (earlier.attempts() != null && earlier.attempts().resumed() != null) {
            resumes.addAll(earlier.attempts().resumed());
        }
        resumes.add(provenance.started());
        Provenance p = provenance;
        Provenance first = new Provenance(p.kind(), p.leadsimVersion(), p.gitCommit(), p.masonVersion(), p.jvm(),
                p.commandLine(), earlier.provenance().started());
        return new Manifest(first, setup, details, scenarios, new Attempts(resumes, null, null, null, null, null), merge);
    }

    /** How this attempt ended. */
    Manifest ended(String finished, long runsDone, long runsFailed, double seconds, long peakRssMb) {
        List<String> resumed = attempts == null ? null : attempts.resumed();
        return new Manifest(provenance, setup, details, scenarios,
                new Attempts(resumed, finished, runsDone, runsFailed, seconds, peakRssMb), merge);
    }

    /** The shards' manifest (this) as a merge: what belongs to one shard's attempt is dropped. */
    Manifest merged(String mergedAt, List<MergedShard> from) {
        Provenance p = provenance;
        Setup s = setup;
        return new Manifest(new Provenance("merge", p.leadsimVersion(), p.gitCommit(), p.masonVersion(), p.jvm(), null, null),
                new Setup(s.name(), s.designSha256(), s.points(), s.replicates(), s.runs(), null, s.shards(), null, null,
                        s.masterSeed(), s.seedRule(), s.runIdRule(), s.factorColumns(), s.metricColumns(),
                        s.seriesColumns(), s.warnings()),
                details, scenarios, null, new Merge(p.kind(), mergedAt, from));
    }

    // --- what readers ask ----------------------------------------------------------------

    /** run, compare, sweep or merge ("" when the file does not say). */
    public String kind() {
        return provenance.kind() == null ? "" : provenance.kind();
    }

    /** The kind of experiment the results are of: a merge is of the kind it merged. */
    public String experimentKind() {
        return kind().equals("merge") && merge != null && merge.mergedKind() != null ? merge.mergedKind() : kind();
    }

    public String name() {
        return setup.name();
    }

    public long masterSeed() {
        return setup.masterSeed();
    }

    public long points() {
        return setup.points();
    }

    public int replicates() {
        return setup.replicates();
    }

    public long runs() {
        return setup.runs();
    }

    public int shards() {
        return Math.max(1, setup.shards());
    }

    public List<String> factorColumns() {
        return orEmpty(setup.factorColumns());
    }

    public List<String> metricColumns() {
        return orEmpty(setup.metricColumns());
    }

    public List<String> seriesColumns() {
        return orEmpty(setup.seriesColumns());
    }

    /** Whether a run kept its daily series. */
    public boolean series() {
        return Boolean.TRUE.equals(details.series());
    }

    /** Whether each run wrote its needs log (needs/ and needs.csv.gz). */
    public boolean needsLog() {
        return Boolean.TRUE.equals(details.needsLog());
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

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
