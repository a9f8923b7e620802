package leadsim.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Seeds;
import leadsim.model.SchoolSim;
import leadsim.model.Steps;
import leadsim.scenario.Scenario;

/**
 * {@code leadsim bench}: events per second of a scenario's runs against a bare MASON schedule
 * driven through the same number of events (steppables stepped, each one entry taken from the
 * heap, not event times: several of the model's events can share a time) while holding as many
 * pending events as the model does on average ({@link #meanPending}), in the same process,
 * after the same warm-up; the
 * wall time and runs per second; and the live heap of a running simulation at mid-horizon.
 * The model steps MASON's order on its own faster schedule ({@code PrimitiveHeapSchedule}), so
 * a bare load of that schedule is timed too: the model's ratio to it is its own work per event.
 */
public final class Bench {
    private Bench() {}

    public record Figures(int pending, double modelEventsPerSecond, double bareEventsPerSecond, double ratio,
                          double bareModelScheduleEventsPerSecond,
                          double secondsPerRun, long eventsPerRun, long eventTimesPerRun,
                          double heapMegabytesPerRun) {
        /** Model events per second over a bare load of the schedule the model itself runs on. */
        public double ratioToModelSchedule() {
            return modelEventsPerSecond / bareModelScheduleEventsPerSecond;
        }

        public double runsPerSecond() {
            return 1.0 / secondsPerRun;
        }
    }

    /**
     * Measures one scenario (a school year, or the six-year champion scenario).
     *
     * @param target the ratio to bare MASON asked for, printed beside the ratio measured
     */
    public static Figures measure(Scenario schoolYear, int warmupRuns, int measuredRuns, double target, PrintWriter out) {
        int pending = meanPending(schoolYear, PENDING_PROBES);
        for (int i = 0; i < warmupRuns; i++) {
            long eventsPerRun = runModel(schoolYear, i).events();
            BareScheduleLoad.run(i + 1, eventsPerRun, pending);
            BareScheduleLoad.run(BareScheduleLoad.Engine.MODEL, i + 1, eventsPerRun, pending);
        }
        Steps stepped = Steps.NONE;
        long modelNanos = 0;
        long bareEvents = 0;
        long bareNanos = 0;
        long ownEvents = 0;
        long ownNanos = 0;
        // interleaved, so that any drift in machine speed hits both sides alike
        for (int i = 0; i < measuredRuns; i++) {
            long t0 = System.nanoTime();
            Steps steps = runModel(schoolYear, 1000 + i);
            long t1 = System.nanoTime();
            long events = steps.events();
            long bare = BareScheduleLoad.run(1000 + i, events, pending);
            long t2 = System.nanoTime();
            long own = BareScheduleLoad.run(BareScheduleLoad.Engine.MODEL, 1000 + i, events, pending);
            long t3 = System.nanoTime();
            stepped = stepped.plus(steps);
            modelNanos += t1 - t0;
            bareEvents += bare;
            bareNanos += t2 - t1;
            ownEvents += own;
            ownNanos += t3 - t2;
        }
        double model = stepped.events() / (modelNanos / 1e9);
        double bare = bareEvents / (bareNanos / 1e9);
        double heap = heapPerRunMegabytes(schoolYear, 4);
        double ownBare = ownEvents / (ownNanos / 1e9);
        Figures f = new Figures(pending, model, bare, model / bare, ownBare, modelNanos / 1e9 / measuredRuns,
                stepped.events() / measuredRuns, stepped.eventTimes() / measuredRuns, heap);
        double years = schoolYear.horizon().days() / schoolYear.horizon().daysPerYear();
        out.printf("%s (%.0f school year%s): %d events at %d event times per run, %d runs after %d warm-up runs%n",
                schoolYear.name(), years, years == 1 ? "" : "s", f.eventsPerRun(), f.eventTimesPerRun(), measuredRuns,
                warmupRuns);
        out.printf("  model      %,14.0f events/s   %.4f s per run, %.1f runs/s (one thread)%n",
                f.modelEventsPerSecond(), f.secondsPerRun(), f.runsPerSecond());
        out.printf("  bare MASON %,14.0f events/s   (same events, %d pending: the model's mean)%n", f.bareEventsPerSecond(),
                f.pending());
        // three decimals: 0.699 is not 0.70 beside a target of 0.70
        out.printf("  ratio      %14.3f   (target >= %.2f)%n", f.ratio(), target);
        out.printf("  bare own   %,14.0f events/s   (the model's schedule: MASON's order on a primitive heap; same events, %d pending)%n",
                f.bareModelScheduleEventsPerSecond(), f.pending());
        out.printf("  own ratio  %14.2f   (model / bare own)%n",
                f.ratioToModelSchedule());
        out.printf("  live heap  %14.1f MB per running simulation (target < 50)%n", f.heapMegabytesPerRun());
        out.flush();
        return f;
    }

    /** Untimed runs whose pending events are averaged: seeds of their own, before the warm-up's. */
    private static final int PENDING_PROBES = 3;

    /**
     * The events the model's schedule holds pending, averaged over every event time of
     * {@code runs} untimed runs (rounded, at least 1). A heap's cost per event grows with what it
     * holds, so a bare load holding this many does the model's heap work per event; a run is a
     * few milliseconds, too short for the ladder's sampling thread.
     */
    static int meanPending(Scenario scenario, int runs) {
        double sum = 0;
        long times = 0;
        for (int r = 0; r < runs; r++) {
            SchoolSim sim = new SchoolSim(Seeds.runSeed(3, 0, r), scenario, true); // as measured: the series samples are events too
            sim.start();
            while (sim.stepOnce()) {
                sum += sim.pendingEvents();
                times++;
            }
            sim.finish();
        }
        return times == 0 ? 1 : (int) Math.max(1, Math.round(sum / times));
    }

    private static Steps runModel(Scenario scenario, long replicate) {
        return new SchoolSim(Seeds.runSeed(1, 0, replicate), scenario, true).run().steps();
    }

    /** Heap held by {@code count} simulations alive at mid-year, after a full GC, per simulation. */
    private static double heapPerRunMegabytes(Scenario scenario, int count) {
        long before = usedAfterGc();
        List<SchoolSim> alive = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SchoolSim sim = new SchoolSim(Seeds.runSeed(2, 0, i), scenario, true);
            sim.start();
            while (sim.schedule.getTime() < scenario.horizon().days() / 2 && sim.stepOnce()) {
                // run to mid-year
            }
            alive.add(sim);
        }
        long after = usedAfterGc();
        double perRun = (after - before) / (double) count / (1024 * 1024);
        alive.clear();
        return Math.max(0, perRun);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
