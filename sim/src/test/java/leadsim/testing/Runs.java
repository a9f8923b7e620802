package leadsim.testing;

import java.nio.file.Path;
import java.util.List;
import leadsim.experiment.design.Seeds;
import leadsim.model.SchoolSim;
import leadsim.model.RunResult;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;

/** Test helper: scenario files of the repository and paired replicates (common seeds). */
public final class Runs {
    private Runs() {}

    /** A scenario file under the repository's scenarios/ directory (tests run in sim/). */
    public static Scenario load(String relative) {
        try {
            return ScenarioLoader.load(Path.of("..", "scenarios", relative)).scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("scenario " + relative + " must load: " + e.getMessage(), e);
        }
    }

    /** A scenario written out in the test itself. */
    public static Scenario fromText(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, "test.yaml", "test").scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("test scenario must load: " + e.getMessage(), e);
        }
    }

    /**
     * A scenario file with some text replaced and a YAML fragment laid over it (maps merge key
     * by key, as presets do): a variant for a comparison.
     */
    public static Scenario variant(String relative, String from, String to, String overlay) {
        try {
            String text = java.nio.file.Files.readString(Path.of("..", "scenarios", relative));
            if (from != null) {
                if (!text.contains(from)) {
                    throw new AssertionError(relative + " no longer contains `" + from + "`");
                }
                text = text.replace(from, to);
            }
            if (overlay != null) {
                var yaml = leadsim.scenario.ScenarioMapper.yaml();
                var merged = merge(yaml.readTree(text), yaml.readTree(overlay));
                text = yaml.writeValueAsString(merged);
            }
            LoadedScenario loaded = ScenarioLoader.parse(text, relative, "variant");
            return loaded.scenario();
        } catch (java.io.IOException | ScenarioException e) {
            throw new AssertionError("variant of " + relative + " must load: " + e.getMessage(), e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode merge(com.fasterxml.jackson.databind.JsonNode lower,
                                                                 com.fasterxml.jackson.databind.JsonNode upper) {
        if (!(lower instanceof com.fasterxml.jackson.databind.node.ObjectNode base) || !upper.isObject()) {
            return upper.deepCopy();
        }
        var out = base.deepCopy();
        upper.fields().forEachRemaining(f -> out.set(f.getKey(),
                out.has(f.getKey()) ? merge(out.get(f.getKey()), f.getValue()) : f.getValue().deepCopy()));
        return out;
    }

    /** Replicates without daily series. */
    public static List<RunResult> replicates(Scenario scenario, long master, int n) {
        return replicates(scenario, master, n, false);
    }

    /** Replicates 0..n-1 of a scenario with the master seed: replicate k gets the same seed in every scenario. */
    public static List<RunResult> replicates(Scenario scenario, long master, int n, boolean series) {
        // each replicate its own SimState and seed: the order they run in changes nothing
        return java.util.stream.IntStream.range(0, n).parallel()
                .mapToObj(r -> new SchoolSim(Seeds.runSeed(master, 0, r), scenario, series).run())
                .collect(java.util.stream.Collectors.toList());
    }

    public static double[] metric(List<RunResult> runs, String name) {
        return runs.stream().mapToDouble(r -> r.number(name)).toArray();
    }

    public static double mean(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public static double median(double[] values) {
        double[] sorted = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Index of a series column. */
    public static int column(RunResult run, String name) {
        int at = run.seriesColumns().indexOf(name);
        if (at < 0) {
            throw new AssertionError("no series column " + name + " in " + run.seriesColumns());
        }
        return at;
    }
}
