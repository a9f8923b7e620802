package leadsim.model.garbagecan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.RunResult;
import leadsim.scenario.Scenario;

/** A run of a Garbage Can scenario as leadsim's runs report it: the statistics, no daily series. */
public final class GarbageCanRun {
    private GarbageCanRun() {}

    public static RunResult run(Scenario scenario, long seed) {
        GarbageCanHistory history = GarbageCanModel.run(GarbageCanSetup.of(scenario, seed));
        return new RunResult(GarbageCanStatistics.metrics(history), List.of(), new double[0][], leadsim.model.Steps.single(history.periods()));
    }

    /** The columns a run reports, without running (for the header of runs.csv). */
    public static RunResult columns() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        GarbageCanStatistics.NAMES.forEach(name -> metrics.put(name, 0L));
        return new RunResult(metrics, List.of(), new double[0][], leadsim.model.Steps.NONE);
    }
}
