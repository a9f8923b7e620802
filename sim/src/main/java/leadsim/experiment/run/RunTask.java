package leadsim.experiment.run;

import leadsim.scenario.Scenario;

/**
 * One run to do: its id, design point, replicate and seed, the point's scenario, whether to keep
 * series, where to write its needs log (null: none), and how many threads the run itself may use
 * (a district run as lanes, when fewer runs than threads are in flight; the result is the same
 * for any number).
 */
public record RunTask(long runId, long point, int replicate, long seed, Scenario scenario, boolean keepSeries,
                      java.nio.file.Path needsFile, int threads, java.util.function.DoubleConsumer progress) {

    public RunTask(long runId, long point, int replicate, long seed, Scenario scenario, boolean keepSeries) {
        this(runId, point, replicate, seed, scenario, keepSeries, null, 1, null);
    }

    /** A fresh simulation of this task, telling {@code progress} (when set) how far it has got. */
    public leadsim.model.SchoolSim simulation() {
        leadsim.model.SchoolSim sim = new leadsim.model.SchoolSim(seed, scenario, keepSeries);
        sim.runSchoolsOn(threads);
        if (progress != null) {
            sim.onProgress(progress);
        }
        return sim;
    }
}
