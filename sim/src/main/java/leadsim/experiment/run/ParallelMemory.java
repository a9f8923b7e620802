package leadsim.experiment.run;

import java.util.Locale;
import leadsim.scenario.RunSize;

/**
 * Whether the runs a command would hold at once fit this Java's heap. Each worker thread runs
 * one simulation, and each simulation holds its whole school until it ends, so the memory
 * needed is the estimate of one run ({@link RunSize}, of the largest design point) times the runs
 * in flight: the threads, or fewer when there are fewer runs. Validation already refuses a
 * single run beyond half the heap; this catches the many-core machine whose threads together
 * would run out of memory hours into a sweep, after its first results were written.
 *
 * @param bytesPerRun the estimate of one run
 * @param maxHeap     this Java's maximum heap ({@link Runtime#maxMemory()})
 */
public record ParallelMemory(double bytesPerRun, long maxHeap) {

    public static ParallelMemory of(CheckedExperiment checked) {
        return new ParallelMemory(checked.largestRunBytes(), Runtime.getRuntime().maxMemory());
    }

    /** Runs in flight with {@code threads} workers and {@code runs} to do. */
    static long inFlight(int threads, long runs) {
        return Math.max(1, Math.min(threads, runs));
    }

    public boolean fits(int threads, long runs) {
        return bytesPerRun * inFlight(threads, runs) <= maxHeap;
    }

    /** The most threads whose runs fit together (at least one: a single run is validated to fit). */
    public int mostThreads() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(maxHeap / bytesPerRun)));
    }

    /** Why {@code --threads} as asked cannot be used, and what to do instead. */
    public String refusal(int threads, long runs) {
        return "--threads " + threads + ": " + tooMuch(threads, runs) + "; use --threads " + mostThreads()
                + " or fewer, or give Java more heap (" + moreHeap(threads, runs) + "); nothing was written";
    }

    /** What is said when fewer threads than the default are used. */
    public String note(int threads, long runs) {
        return "using " + mostThreads() + " thread" + (mostThreads() == 1 ? "" : "s") + ", not " + threads + ": "
                + tooMuch(threads, runs) + "; for more threads give Java more heap (" + moreHeap(threads, runs) + ")";
    }

    private String tooMuch(int threads, long runs) {
        long together = inFlight(threads, runs);
        return together + " runs at once would need about " + RunSize.bytes(bytesPerRun * together) + " of memory (about "
                + RunSize.bytes(bytesPerRun) + " each), more than this Java's maximum heap of " + RunSize.bytes(maxHeap);
    }

    /** The launcher's way to a heap that holds them all, with a tenth to spare for the rest of the program. */
    private String moreHeap(int threads, long runs) {
        double needed = bytesPerRun * inFlight(threads, runs) * 1.1;
        long gigabytes = (long) Math.ceil(needed / (1024.0 * 1024 * 1024));
        return String.format(Locale.ROOT, "LEADSIM_JAVA_OPTS=-Xmx%dg ./leadsim ...", gigabytes);
    }
}
