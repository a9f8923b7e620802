package leadsim.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import leadsim.experiment.design.Seeds;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.model.Steps;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;

/**
 * {@code leadsim bench --ladder}: districts of 1, 10, 100, ... copies of one school, each run a
 * school year (one replicate, no series), timed run by run against a bare MASON schedule
 * stepped right after through the same number of events (steppables stepped, each one heap
 * entry; several of the model's can share an event time) while holding as many pending events as
 * the model had on average (sampled during its run). A rung repeats its run until
 * {@code minSeconds} of model time are measured, with a new replicate each time. Start-up is
 * timed apart, on a simulation of its own; the heap is read from the collector's reports during
 * the first run and from a collection after it, outside its timing. Rungs that the heap cannot
 * hold stop the ladder with the -Xmx to give instead ({@link HeapShortfall}).
 */
public final class Ladder {
    private static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /**
     * @param school     the school to copy (one {@code schools:} entry)
     * @param rungs      schools per rung, ascending
     * @param threads    threads a run may use (only 1 until the engine has a setting: {@link EngineThreads})
     * @param days       school days per run, or null for the file's horizon
     * @param minSeconds model time measured per rung at least (a rung runs at least once)
     * @param warmupRuns untimed runs of 1- and 2-school districts before the first rung
     */
    public record Plan(Path school, List<Integer> rungs, int threads, Double days, double minSeconds, int warmupRuns) {
        public Plan {
            rungs = List.copyOf(rungs);
            if (rungs.isEmpty() || rungs.stream().anyMatch(n -> n < 1)) {
                throw new IllegalArgumentException("--rungs must be one or more school counts, each >= 1 (got " + rungs + ")");
            }
            for (int i = 1; i < rungs.size(); i++) {
                if (rungs.get(i) <= rungs.get(i - 1)) {
                    throw new IllegalArgumentException("--rungs must go up (got " + rungs + ")");
                }
            }
            String threadsProblem = EngineThreads.supported(threads);
            if (threadsProblem != null) {
                throw new IllegalArgumentException(threadsProblem);
            }
            if (!(minSeconds >= 0) || warmupRuns < 0) {
                throw new IllegalArgumentException("--min-seconds and --warmup must be >= 0");
            }
        }
    }

    /** The rungs measured, and the rung the heap could not hold (null if every rung ran). */
    public record Result(List<Rung> rungs, HeapShortfall shortfall) {
        public boolean complete() {
            return shortfall == null;
        }

        /** Why the ladder stopped and the -Xmx to give, or null. */
        public String shortfallMessage() {
            return shortfall == null ? null : shortfall.message();
        }

        /** The rungs as CSV, one row each (the README's table is made from it). */
        public String csv() {
            return LadderTable.csv(rungs);
        }
    }

    private final Plan plan;
    private final DistrictCopies district;
    private final long master;

    private Ladder(Plan plan, DistrictCopies district) {
        this.plan = plan;
        this.district = district;
        Long seed = district.school().seed();
        this.master = seed == null ? 1 : seed;
    }

    /** Runs the ladder, printing the table to {@code out} a rung at a time. */
    public static Result run(Plan plan, PrintWriter out) throws ScenarioException {
        Ladder ladder = new Ladder(plan, DistrictCopies.of(plan.school(), plan.days()));
        LadderTable table = new LadderTable(out);
        table.preamble(plan, ladder.district, Runtime.getRuntime().maxMemory());
        long baseline = HeapWatch.usedAfterGc();
        ladder.warmUp();
        List<Rung> done = new ArrayList<>();
        HeapShortfall shortfall = null;
        for (int schools : plan.rungs()) {
            Rung basis = done.isEmpty() ? null : done.get(done.size() - 1);
            long projected = basis == null ? 0 : HeapShortfall.project(baseline, done, schools);
            long max = Runtime.getRuntime().maxMemory();
            if (projected > max) {
                shortfall = new HeapShortfall(schools, max, projected, basis.schools(), false);
                break;
            }
            try {
                done.add(ladder.measure(schools));
            } catch (OutOfMemoryError e) {
                shortfall = new HeapShortfall(schools, max, projected, basis == null ? 0 : basis.schools(), true);
                HeapWatch.usedAfterGc(); // what the rung held is garbage now
                break;
            }
            table.row(done.get(done.size() - 1), done.get(0));
        }
        table.footer(done);
        return new Result(List.copyOf(done), shortfall);
    }

    /** Untimed runs of one school and of two, so that the district's code paths are compiled. */
    private void warmUp() {
        Scenario one = district.copies(1);
        Scenario two = district.copies(2);
        for (int i = 0; i < plan.warmupRuns(); i++) {
            Timed run = timeRun(i % 2 == 0 ? one : two, Seeds.runSeed(master, 1, i), null);
            long pending = run.samples() == 0 ? 64 : Math.round(run.pendingSum() / run.samples());
            BareScheduleLoad.run(i + 1, run.steps().events(), (int) Math.max(1, pending));
        }
    }

    private Rung measure(int schools) {
        Scenario scenario = district.copies(schools);
        HeapWatch.usedAfterGc(); // the previous rung's garbage is not this rung's start-up
        // a district run as lanes starts each school inside the run, on the lanes' threads: its
        // start-up apart is one school's (the first lane's), and so is the pending count at start
        boolean lanes = leadsim.scenario.SchoolsApart.of(scenario);
        int threadsUsed = lanes ? Math.min(plan.threads(), schools) : 1;
        long t0 = System.nanoTime();
        SchoolSim probe = EngineThreads.simulation(Seeds.runSeed(master, 0, 0), lanes ? district.copies(1) : scenario,
                plan.threads());
        probe.start();
        long startupNanos = System.nanoTime() - t0;
        long pendingAtStart = probe.pendingEvents();
        probe.finish();
        probe = null;

        try (HeapWatch watch = HeapWatch.start()) {
            HeapWatch.Heap heap = null;
            Steps steps = Steps.NONE;
            long modelNanos = 0;
            long bareEvents = 0;
            long bareNanos = 0;
            long samples = 0;
            double pendingSum = 0;
            long pendingMax = pendingAtStart;
            int runs = 0;
            while (runs == 0 || modelNanos < plan.minSeconds() * 1e9) {
                Timed run = timeRun(scenario, Seeds.runSeed(master, 0, runs), heap == null ? watch : null);
                if (heap == null) {
                    heap = run.heap();
                }
                steps = steps.plus(run.steps());
                modelNanos += run.nanos();
                samples += run.samples();
                pendingSum += run.pendingSum();
                pendingMax = Math.max(pendingMax, run.pendingMax());
                // the bare schedule holds the rung's mean so far; before any sample, what start-up left pending
                long pending = samples == 0 ? pendingAtStart : Math.round(pendingSum / samples);
                long c = System.nanoTime();
                bareEvents += BareScheduleLoad.run(runs + 1, run.steps().events(), (int) Math.max(1, pending));
                bareNanos += System.nanoTime() - c;
                runs++;
            }
            double pendingMean = samples == 0 ? pendingAtStart : pendingSum / samples;
            return new Rung(schools, district.schoolYears(schools), threadsUsed, runs, steps, modelNanos / 1e9,
                    startupNanos / 1e9, pendingMean, pendingMax, bareEvents, bareNanos / 1e9, heap);
        }
    }

    /** One run, with its pending events sampled; with a watch, the heap is read while the run's objects are held. */
    private Timed timeRun(Scenario scenario, long seed, HeapWatch watch) {
        SchoolSim sim = EngineThreads.simulation(seed, scenario, plan.threads());
        PendingSampler sampler = PendingSampler.start(sim::pendingPerSchedule, SAMPLE_NANOS);
        RunResult result;
        long nanos;
        try {
            long a = System.nanoTime();
            result = sim.run();
            nanos = System.nanoTime() - a;
        } finally {
            sampler.close();
        }
        HeapWatch.Heap heap = watch == null ? null : watch.stop(new Object[] {sim, result});
        return new Timed(result.steps(), nanos, sampler.samples(), sampler.sum(), sampler.max(), heap);
    }

    private record Timed(Steps steps, long nanos, long samples, double pendingSum, long pendingMax, HeapWatch.Heap heap) {}
}
