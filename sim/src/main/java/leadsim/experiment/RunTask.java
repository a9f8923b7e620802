package leadsim.experiment;

import leadsim.scenario.Scenario;

/**
 * One run to do: its id, design point, replicate and seed, the point's scenario, whether to keep
 * series, and where to write its needs log (null: none).
 */
public record RunTask(long runId, long point, int replicate, long seed, Scenario scenario, boolean keepSeries,
                      java.nio.file.Path needsFile) {

    public RunTask(long runId, long point, int replicate, long seed, Scenario scenario, boolean keepSeries) {
        this(runId, point, replicate, seed, scenario, keepSeries, null);
    }
}
