package leadsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;

/**
 * Runs replicates of one scenario on a thread pool. Each replicate has its own SimState and
 * seed, so results do not depend on the thread count; they are handed on in replicate order
 * as soon as every earlier replicate is done, so a crash loses only unfinished work.
 */
public final class ReplicateRunner {
    private ReplicateRunner() {}

    public static List<ReplicateRun> run(Scenario scenario, long masterSeed, long point, int replicates,
                                         int threads, boolean keepSeries, Consumer<ReplicateRun> inOrder)
            throws InterruptedException, ExecutionException {
        return run(scenario, masterSeed, point, replicates, java.util.Set.of(), threads, keepSeries, inOrder);
    }

    /** As {@link #run}, skipping the replicates {@code alreadyDone} (a resumed run). */
    public static List<ReplicateRun> run(Scenario scenario, long masterSeed, long point, int replicates,
                                         java.util.Set<Integer> alreadyDone, int threads, boolean keepSeries,
                                         Consumer<ReplicateRun> inOrder)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), daemonThreads());
        try {
            List<Future<ReplicateRun>> pending = new ArrayList<>();
            for (int r = 0; r < replicates; r++) {
                if (alreadyDone.contains(r)) {
                    continue;
                }
                int replicate = r;
                long seed = Seeds.runSeed(masterSeed, point, replicate);
                pending.add(pool.submit(() -> new ReplicateRun(replicate, seed, runOne(scenario, seed, keepSeries))));
            }
            List<ReplicateRun> done = new ArrayList<>();
            for (Future<ReplicateRun> future : pending) {
                ReplicateRun run = future.get();
                inOrder.accept(run);
                done.add(run);
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    public static RunResult runOne(Scenario scenario, long seed, boolean keepSeries) {
        return new SchoolSim(seed, scenario, keepSeries).run();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return task -> {
            Thread thread = new Thread(task, "leadsim-run");
            thread.setDaemon(true);
            return thread;
        };
    }
}
