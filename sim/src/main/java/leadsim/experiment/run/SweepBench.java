package leadsim.experiment.run;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import leadsim.experiment.design.Seeds;
import leadsim.experiment.store.StoreException;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;

/**
 * Measures a sweep's throughput with different thread counts: the whole path a user pays for
 * (thread pool, store, rows, series files), not only the model. The JIT is warmed up first
 * on runs that are not timed, and each thread count is measured {@code rounds} times, best
 * kept, because on a shared machine the slowest rounds measure the neighbours.
 */
public final class SweepBench {
    private SweepBench() {}

    /** One thread count's best round. */
    public record Measurement(int threads, long runs, double seconds) {
        public double runsPerSecond() {
            return runs / seconds;
        }
    }

    public static List<Measurement> measure(CheckedExperiment checked, List<Integer> threadCounts, int rounds,
                                            int warmupRuns, Path scratch) throws IOException, StoreException,
            InterruptedException, ScenarioException {
        warmUp(checked, warmupRuns, threadCounts.stream().mapToInt(Integer::intValue).max().orElse(1));
        List<Measurement> best = new ArrayList<>();
        for (int threads : threadCounts) {
            best.add(null);
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < threadCounts.size(); i++) {
                int threads = threadCounts.get(i);
                Path dir = scratch.resolve("bench-" + threads + "-" + round);
                SweepReport report = Experiments.run(checked, dir, Shard.ALL, threads, RunFunction.MODEL,
                        Progress.silent(), List.of("sweep-bench"));
                deleteTree(dir);
                if (report.failed() > 0) {
                    throw new IllegalStateException(report.failed() + " runs failed during the benchmark");
                }
                Measurement m = new Measurement(threads, report.completed(), report.seconds());
                if (best.get(i) == null || m.seconds() < best.get(i).seconds()) {
                    best.set(i, m);
                }
            }
        }
        return best;
    }

    /** Runs of design point 0, untimed and unrecorded, so the timed rounds run compiled code. */
    private static void warmUp(CheckedExperiment checked, int runs, int threads)
            throws ScenarioException, InterruptedException {
        Scenario scenario = checked.experiment().scenario(0).scenario();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long seed = Seeds.runSeed(checked.experiment().masterSeed() + 1, 0, r);
                pending.add(pool.submit(() -> RunFunction.MODEL.run(new RunTask(-1, 0, 0, seed, scenario, checked.keepsSeries()))));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("warm-up run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The 1-minute load average, to show how busy the machine was; NaN where unknown. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
