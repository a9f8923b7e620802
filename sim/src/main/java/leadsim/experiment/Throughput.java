package leadsim.experiment;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import leadsim.model.RunResult;
import leadsim.scenario.Scenario;

/**
 * Runs per second of a scenario, for {@code leadsim bench}: a few warm-up runs (JIT), then
 * {@code runs} replicates on {@code threads} workers without series, timed by the wall clock.
 * The six-year champion scenario (scenarios/champion-leaves-hierarchical.yaml) is the one the
 * bench reports for innovation and reform.
 */
public final class Throughput {
    /** The scenario file the bench runs for the slow processes (relative to the repository root). */
    public static final String CHAMPION_SCENARIO = "scenarios/champion-leaves-hierarchical.yaml";

    private Throughput() {}

    /** What one measurement found. */
    public record Measurement(int runs, int threads, double seconds, long events) {
        public double runsPerSecond() {
            return runs / seconds;
        }

        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    public static Measurement measure(Scenario scenario, int runs, int threads, int warmupRuns) throws Exception {
        for (int r = 0; r < warmupRuns; r++) {
            ReplicateRunner.runOne(scenario, Seeds.runSeed(1, 1, r), false);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            long start = System.nanoTime();
            List<Future<RunResult>> pending = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long seed = Seeds.runSeed(2, 0, r);
                pending.add(pool.submit(() -> ReplicateRunner.runOne(scenario, seed, false)));
            }
            long events = 0;
            for (Future<RunResult> f : pending) {
                events += f.get().events();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Measurement(runs, threads, seconds, events);
        } finally {
            pool.shutdownNow();
        }
    }
}
