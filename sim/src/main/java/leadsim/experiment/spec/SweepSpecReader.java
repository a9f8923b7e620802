package leadsim.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.experiment.design.SeriesSelection;
import leadsim.scenario.BoundYaml;
import leadsim.scenario.LocationIndex;
import leadsim.scenario.Problems;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioFiles;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioNames;
import leadsim.scenario.ScenarioOverride;

/**
 * Reads a sweep spec: bound to {@link SweepSpecFile} the way scenarios are bound (anchors and
 * merge keys, every unknown key and wrong kind of value), then checked for meaning: a usable
 * name, the base scenario, whole numbers in range, the factors' levels ({@link FactorLevels})
 * and the sampled design ({@link SamplingDesign}). Whether the factors' paths and values fit the
 * scenario is checked later, point by point, by {@link leadsim.experiment.run.ExperimentCheck}. Every problem is
 * reported at once, each with the spec's file, line and column, key path and what is allowed.
 */
public final class SweepSpecReader {
    static final String NOT_A_MAP = "a sweep spec is a map of keys (scenario:, replicates:, factors:, ...)";
    private static final int DEFAULT_REPLICATES = 10;

    private SweepSpecReader() {}

    public static SweepSpec read(Path file) throws ScenarioException {
        BoundYaml<SweepSpecFile> bound = BoundYaml.read(file, SweepSpecFile.class, NOT_A_MAP);
        SweepSpecFile keys = bound.value();
        Problems problems = bound.problems();
        String label = file.toString();
        String name = name(keys.name(), ScenarioFiles.stem(file), problems);
        Path scenario = scenario(keys.scenario(), file, problems);
        int replicates = DEFAULT_REPLICATES;
        if (keys.replicates() != null) {
            problems.positiveInt("replicates", keys.replicates());
            replicates = Math.max(1, keys.replicates());
        }
        if (keys.seed() != null && keys.seed() == 0) {
            problems.add("seed", "must not be 0; allowed: any other whole number");
        }
        SeriesSelection series = series(keys.series(), problems);
        List<ScenarioOverride> fixed = fixed(keys.set(), label, bound.index());
        FactorLevels levels = FactorLevels.of(keys.factors(), bound.tree().path("factors"), label, bound.index(), problems);
        SweepSpec.Sampling sampling = SamplingDesign.of(keys.sampling(), levels, problems);
        problems.throwIfAny();
        return new SweepSpec(name, label, ScenarioLoader.sha256(bound.text()), bound.tree(), scenario, replicates,
                keys.seed(), series, place(bound.index(), "series"), sampling, fixed, levels.factors());
    }

    /** The name becomes a directory under results/: nothing that could leave it. */
    private static String name(String given, String stem, Problems problems) {
        if (given == null) {
            return stem;
        }
        if (!ScenarioNames.allowed(given)) {
            problems.add("name", "`" + given + "` cannot be used as a name; allowed: " + ScenarioNames.RULE);
        }
        return given;
    }

    /** The base scenario, resolved against the spec's folder. */
    private static Path scenario(String given, Path file, Problems problems) {
        if (given == null || given.isBlank()) {
            problems.missing("scenario", "the base scenario file, relative to this spec, e.g. ../distributed.yaml");
            return null;
        }
        Path resolved = file.toAbsolutePath().getParent().resolve(given).normalize();
        // paths in messages and manifests read best relative to where the command was run
        Path here = Path.of("").toAbsolutePath();
        return resolved.startsWith(here) ? here.relativize(resolved) : resolved;
    }

    /** none (the default), all, or column patterns; a single word is read as a list of one, as YAML users expect. */
    private static SeriesSelection series(List<String> given, Problems problems) {
        if (given == null || given.equals(List.of("none"))) {
            return SeriesSelection.NONE;
        }
        if (given.equals(List.of("all"))) {
            return SeriesSelection.ALL;
        }
        if (given.isEmpty() || given.stream().anyMatch(p -> p == null || p.isBlank())) {
            problems.add("series", "expected none, all, or a list of series columns (* matches any text),"
                    + " e.g. [latency_mean, queue_*]");
            return SeriesSelection.NONE;
        }
        return new SeriesSelection(given);
    }

    /** {@code set:} entries, each placed at its key so that a bad path or value is reported there. */
    private static List<ScenarioOverride> fixed(Map<String, JsonNode> set, String label, LocationIndex index) {
        List<ScenarioOverride> fixed = new ArrayList<>();
        if (set != null) {
            set.forEach((path, value) -> {
                int[] at = place(index, "set." + path);
                fixed.add(new ScenarioOverride(path, value, label, at[0], at[1]));
            });
        }
        return fixed;
    }

    /** Line and column of a key path (or its nearest ancestor), {0, 0} when unknown. */
    static int[] place(LocationIndex index, String keyPath) {
        int[] at = index.find(keyPath);
        return at == null ? new int[] {0, 0} : at;
    }
}
