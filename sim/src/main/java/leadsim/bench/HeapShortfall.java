package leadsim.bench;

import java.util.List;
import java.util.Locale;
import leadsim.scenario.RunSize;

/**
 * A rung the heap cannot hold, and the -Xmx to give it instead. Before a rung starts, its live
 * heap above the JVM's baseline is projected from the rungs that ran: along the power law through
 * the last two (never flatter than linear: heap that grows faster than the schools is seen), or
 * in proportion to the schools from a single rung. A rung projected beyond the maximum heap is not
 * started, and is given the projection with half as much again for the collector to work in. A
 * rung that ran out anyway proved the projection low: it is given at least twice the heap it had.
 *
 * @param schools        the rung that did not fit
 * @param maxHeapBytes   this JVM's maximum heap
 * @param projectedBytes live heap projected for the rung, or 0 when no rung ran to project from
 * @param basisSchools   the largest rung projected from, or 0
 * @param ranOut         true if the rung ran out of memory, false if it was not started
 */
record HeapShortfall(int schools, long maxHeapBytes, long projectedBytes, int basisSchools, boolean ranOut) {
    private static final double GIB = 1024.0 * 1024 * 1024;

    /** Live heap of {@code schools} schools, from the rungs that ran (ascending; at least one). */
    static long project(long baselineBytes, List<Rung> done, int schools) {
        Rung last = done.get(done.size() - 1);
        double above = Math.max(0, last.heap().liveBytes() - baselineBytes);
        double growth = 1;
        if (done.size() >= 2) {
            Rung before = done.get(done.size() - 2);
            double aboveBefore = before.heap().liveBytes() - baselineBytes;
            if (aboveBefore > 0 && above > aboveBefore) {
                growth = Math.max(1, Math.log(above / aboveBefore) / Math.log((double) last.schools() / before.schools()));
            }
        }
        return baselineBytes + Math.round(above * Math.pow((double) schools / last.schools(), growth));
    }

    /** Whole gigabytes of -Xmx to give. */
    int suggestedGigabytes() {
        double wanted = Math.max(projectedBytes * 1.5, ranOut ? maxHeapBytes * 2.0 : 0);
        return (int) Math.max(1, Math.ceil(wanted / GIB));
    }

    String message() {
        String what = ranOut
                ? String.format(Locale.ROOT, "the %,d-school rung ran out of memory (maximum heap %s).",
                        schools, RunSize.bytes(maxHeapBytes))
                : String.format(Locale.ROOT, "the %,d-school rung was not started: it would keep about %s live"
                        + " (projected from the rungs up to %,d schools), more than the maximum heap of %s.",
                        schools, RunSize.bytes(projectedBytes), basisSchools, RunSize.bytes(maxHeapBytes));
        int g = suggestedGigabytes();
        return what + String.format(Locale.ROOT, " Give Java -Xmx%dg: LEADSIM_JAVA_OPTS=-Xmx%dg ./leadsim bench --ladder ..."
                + " (or java -Xmx%dg -jar sim/target/leadsim.jar bench --ladder ...)", g, g, g);
    }
}
