package leadsim.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code leadsim bench --copies K}: {@link Bench#measure} in K copies of this build, each loaded in
 * a class loader of its own and so compiled by the JIT apart, one after the other in this
 * process, and their figures combined. How well the JIT compiles the model, and MASON's heap for
 * the bare load, varies from one compiled copy to the next by a few percent either way (see
 * {@link BuildComparison}); one process is one draw of each, and the ratio moves with it. Copies
 * average that out.
 */
public final class BenchCopies {
    private BenchCopies() {}

    /**
     * @param copies              each copy's figures, in order
     * @param modelEventsPerSecond all copies' model events over all their model time
     * @param bareEventsPerSecond  the same for bare MASON
     */
    public record Combined(List<Bench.Figures> copies, double modelEventsPerSecond, double bareEventsPerSecond) {
        /** The model's events per second over bare MASON's, over every copy. */
        public double ratio() {
            return modelEventsPerSecond / bareEventsPerSecond;
        }
    }

    /**
     * Measures {@code scenarioFile} in {@code copies} copies and prints each copy's ratio and the
     * combined figures to {@code out}.
     */
    public static Combined measure(Path scenarioFile, int warmupRuns, int measuredRuns, double target, int copies,
                                   PrintWriter out) {
        if (copies < 1) {
            throw new IllegalArgumentException("--copies must be >= 1 (got " + copies + ")");
        }
        List<Bench.Figures> figures = new ArrayList<>();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        for (int k = 0; k < copies; k++) {
            figures.add(inCopy(scenarioFile, warmupRuns, measuredRuns, target, quiet));
        }
        Combined combined = combine(figures);
        Bench.Figures first = figures.get(0);
        out.printf(Locale.ROOT, "%s: %d events at %d event times per run, %d runs after %d warm-up runs, in each of %d"
                        + " copies of this build compiled apart%n", scenarioFile, first.eventsPerRun(),
                first.eventTimesPerRun(), measuredRuns, warmupRuns, copies);
        for (int k = 0; k < copies; k++) {
            Bench.Figures f = figures.get(k);
            out.printf(Locale.ROOT, "  copy %d     model %,12.0f events/s   bare MASON %,12.0f events/s   ratio %.3f%n",
                    k + 1, f.modelEventsPerSecond(), f.bareEventsPerSecond(), f.ratio());
        }
        out.printf(Locale.ROOT, "  all copies model %,12.0f events/s   bare MASON %,12.0f events/s   (same events, %d pending:"
                + " the model's mean)%n", combined.modelEventsPerSecond(), combined.bareEventsPerSecond(), first.pending());
        // three decimals: 0.699 is not 0.70 beside a target of 0.70
        out.printf(Locale.ROOT, "  ratio      %14.3f   (target >= %.2f)%n", combined.ratio(), target);
        out.flush();
        return combined;
    }

    /**
     * Every copy measures as many runs of as many events, so all events over all time is the
     * harmonic mean of the copies' rates.
     */
    static Combined combine(List<Bench.Figures> figures) {
        double modelSecondsPerEvent = 0;
        double bareSecondsPerEvent = 0;
        for (Bench.Figures f : figures) {
            modelSecondsPerEvent += 1 / f.modelEventsPerSecond();
            bareSecondsPerEvent += 1 / f.bareEventsPerSecond();
        }
        int n = figures.size();
        return new Combined(List.copyOf(figures), n / modelSecondsPerEvent, n / bareSecondsPerEvent);
    }

    /** {@link Bench#measure} in a fresh copy of this build, its figures read back into this one's. */
    private static Bench.Figures inCopy(Path scenarioFile, int warmupRuns, int measuredRuns, double target,
                                        PrintWriter out) {
        try {
            ClassLoader copy = LoadedBuild.thisProcessLoader();
            Object scenario = LoadedBuild.scenario(copy, scenarioFile);
            Class<?> bench = copy.loadClass(Bench.class.getName());
            Method measure = bench.getMethod("measure", copy.loadClass("leadsim.scenario.Scenario"), int.class,
                    int.class, double.class, PrintWriter.class);
            Object f = LoadedBuild.call(measure, null, scenario, warmupRuns, measuredRuns, target, out);
            return new Bench.Figures((int) read(f, "pending"), (double) read(f, "modelEventsPerSecond"),
                    (double) read(f, "bareEventsPerSecond"), (double) read(f, "ratio"),
                    (double) read(f, "bareModelScheduleEventsPerSecond"), (double) read(f, "secondsPerRun"),
                    (long) read(f, "eventsPerRun"), (long) read(f, "eventTimesPerRun"),
                    (double) read(f, "heapMegabytesPerRun"));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a copy of this build could not be measured: " + e, e);
        }
    }

    private static Object read(Object record, String component) throws ReflectiveOperationException {
        return LoadedBuild.call(record.getClass().getMethod(component), record);
    }
}
