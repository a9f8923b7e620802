package leadsim.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.Seeds;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;

/** Test helpers: shipped scenarios by name, text scenarios, and replicates with fixed seeds. */
public final class Runs {
    private Runs() {}

    /** Tests run in sim/, so the shipped scenarios are one level up. */
    public static Scenario shipped(String relative) {
        try {
            return ScenarioLoader.load(Path.of("..", "scenarios", relative)).scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("shipped scenario must load: " + e.getMessage(), e);
        }
    }

    public static Scenario fromText(String yaml) {
        try {
            return ScenarioLoader.parse(yaml, "test.yaml", "test").scenario();
        } catch (ScenarioException e) {
            throw new AssertionError("test scenario must load: " + e.getMessage(), e);
        }
    }

    public static List<RunResult> replicates(Scenario scenario, long master, int count) {
        List<RunResult> results = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            results.add(new SchoolSim(Seeds.runSeed(master, 0, r), scenario, false).run());
        }
        return results;
    }

    public static double[] metric(List<RunResult> runs, String name) {
        return runs.stream().mapToDouble(r -> r.number(name)).toArray();
    }

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
