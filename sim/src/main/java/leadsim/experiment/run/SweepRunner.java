package leadsim.experiment.run;

import leadsim.analysis.table.Csv;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import leadsim.experiment.design.Cells;
import leadsim.experiment.design.Experiment;
import leadsim.experiment.store.Layout;
import leadsim.experiment.store.ResultStore;
import leadsim.experiment.store.SchoolRows;
import leadsim.experiment.store.SeriesFiles;
import leadsim.model.RunResult;
import leadsim.scenario.Scenario;

/**
 * Runs an experiment's runs (one shard's) on a fixed pool of threads and hands each finished
 * run to the store as soon as it is done.
 *
 * <p>Memory stays bounded however many runs there are: at most a few tasks per thread are
 * pending or finished-but-unwritten at any time (the next is submitted only when one has been
 * written), and rows are streamed, never collected. Results arrive in completion order;
 * {@code merge} sorts. A run that throws becomes a failure row and the others carry on.
 */
public final class SweepRunner {
    /** Tasks in flight per thread: enough that no thread waits for the writer, few enough to bound memory. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    private final CheckedExperiment checked;
    private final RunFunction function;
    private final ThreadLocal<PointScenario> lastScenario = new ThreadLocal<>();
    /** Threads each run may use itself: the pool's threads not taken by other runs. */
    private volatile int threadsPerRun = 1;
    private volatile boolean alone;
    private volatile Progress progress = Progress.silent();

    /** The scenario a worker resolved last, with the columns it measures: consecutive runs of one point share it. */
    private record PointScenario(long point, Scenario scenario, java.util.Set<String> measured) {}

    public SweepRunner(CheckedExperiment checked, RunFunction function) {
        this.checked = checked;
        this.function = function;
    }

    /** Runs the shard's runs not yet in the store; returns once every one is written. */
    public SweepReport run(ResultStore store, Shard shard, int threads, Progress progress)
            throws IOException, InterruptedException {
        long total = checked.experiment().runs();
        long mine = shard.runsOf(total);
        long skipped = store.resumedRuns();
        progress.start(mine, skipped);
        long began = System.nanoTime();
        long completed = 0;
        long failed = 0;
        long toDo = Math.max(1, mine - skipped);
        threadsPerRun = (int) Math.max(1, threads / Math.min(threads, toDo));
        // a lone run (a big district) tells the progress line how far it has got within itself
        alone = toDo == 1;
        this.progress = progress;
        ExecutorService pool = Executors.newFixedThreadPool(threads, workers());
        try {
            CompletionService<RunOutcome> finished = new ExecutorCompletionService<>(pool);
            int limit = threads * IN_FLIGHT_PER_THREAD;
            int inFlight = 0;
            long next = shard.index();
            while (true) {
                while (inFlight < limit && next < total) {
                    long runId = next;
                    next += shard.count();
                    if (!store.isDone(runId)) {
                        finished.submit(() -> execute(runId, store));
                        inFlight++;
                    }
                }
                if (inFlight == 0) {
                    break;
                }
                RunOutcome outcome = finished.take().get();
                inFlight--;
                store.record(outcome);
                if (outcome.failed()) {
                    failed++;
                } else {
                    completed++;
                }
                progress.finished(!outcome.failed());
            }
        } catch (ExecutionException e) {
            // execute() catches everything a run throws; reaching here is a bug in leadsim itself
            throw new IllegalStateException("a sweep worker crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.end();
        return new SweepReport(mine, skipped, completed, failed, (System.nanoTime() - began) / 1e9, store.dir());
    }

    /** One run, start to finish, on a worker thread: nothing it throws escapes. */
    private RunOutcome execute(long runId, ResultStore store) {
        Experiment experiment = checked.experiment();
        long point = runId / experiment.replicates();
        int replicate = (int) (runId % experiment.replicates());
        long seed = experiment.seed(point, replicate);
        try {
            java.nio.file.Path needs = experiment.keepsNeeds() ? store.dir().resolve(Layout.NEEDS_DIR) : null;
            RunResult result = function.run(new RunTask(runId, point, replicate, seed, scenario(point), checked.keepsSeries(),
                    needs == null ? null : needs.resolve(Layout.runPart(runId)), threadsPerRun, alone ? progress::partly : null));
            String row = row(runId, point, replicate, seed, result.metrics(), lastScenario.get().measured());
            if (checked.keepsSeries()) {
                SeriesFiles.write(store.seriesDir(), runId, result.seriesColumns(), result.series(), checked.seriesColumns(),
                        lastScenario.get().scenario().horizon().warmupDays(), result.schoolSeries());
            }
            if (!result.schools().isEmpty()) {
                SchoolRows.write(store.dir().resolve(SchoolRows.DIR), runId, result.schools());
            }
            return new RunOutcome(runId, point, replicate, seed, row, null);
        } catch (Throwable t) { // a broken run must not stop the sweep, whatever it threw
            return new RunOutcome(runId, point, replicate, seed, null, describe(t));
        }
    }

    private Scenario scenario(long point) throws Exception {
        PointScenario last = lastScenario.get();
        if (last == null || last.point() != point) {
            Scenario scenario = checked.experiment().scenario(point).scenario();
            java.util.Set<String> measured = new java.util.HashSet<>();
            for (String column : checked.metricColumns()) {
                if (leadsim.metrics.Catalogue.measured("runs", column, scenario)) {
                    measured.add(column);
                }
            }
            last = new PointScenario(point, scenario, measured);
            lastScenario.set(last);
        }
        return last.scenario();
    }

    private String row(long runId, long point, int replicate, long seed, Map<String, Object> metrics,
                       java.util.Set<String> measured) {
        for (String metric : metrics.keySet()) {
            if (!measured.contains(metric) && leadsim.metrics.Catalogue.measured("runs", metric, scenarioOf(point))) {
                throw new IllegalStateException("the run reported metric `" + metric
                        + "`, which is not among the columns found before the sweep started");
            }
        }
        List<Object> cells = new ArrayList<>(4 + checked.metricColumns().size());
        cells.add(runId);
        cells.add(point);
        cells.add(replicate);
        cells.add(seed);
        cells.addAll(checked.experiment().factorCells(point));
        for (String column : checked.metricColumns()) {
            Object value = measured.contains(column) ? metrics.get(column) : null; // its mechanism is off here
            cells.add(value == null ? "" : value instanceof String text ? Cells.oneLine(text) : value);
        }
        return Csv.row(cells);
    }

    private Scenario scenarioOf(long point) {
        return lastScenario.get().scenario();
    }

    /** The error in one line: type, message and where it was thrown. */
    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            text.append(": ").append(t.getMessage());
        }
        StackTraceElement[] trace = t.getStackTrace();
        if (trace.length > 0) {
            text.append(" (at ").append(trace[0]).append(')');
        }
        return Cells.oneLine(text.toString());
    }

    private static ThreadFactory workers() {
        return task -> {
            Thread thread = new Thread(task, "leadsim-sweep");
            thread.setDaemon(true);
            return thread;
        };
    }
}
