package leadsim.model.decide;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * When waiting needs run out of patience: one calendar of its own, ordered by that time (then by
 * the need's sequence, so simultaneous expiries always go in the same order), with a single event
 * on MASON's schedule at the earliest. Thousands of pending patience times would otherwise sit in
 * the schedule's heap and slow every other event; here only this calendar pays for them. Entries
 * of needs decided meanwhile are dropped when they come up (the flow checks each need).
 *
 * <p>The calendar is a binary heap over arrays of the keys (patience end, sequence) beside the
 * needs, so ordering compares numbers in two arrays instead of following each need's pointer.
 */
final class PatienceCalendar implements Steppable {
    private static final long serialVersionUID = 1L;

    private Need[] needs = new Need[64];
    private double[] ends = new double[64];
    private long[] sequences = new long[64];
    private int size;
    private final Schedule schedule;
    private final DecisionFlow flow;
    /** The time of the calendar's next event on the schedule; infinite when none is pending. */
    private double next = Double.POSITIVE_INFINITY;

    PatienceCalendar(Schedule schedule, DecisionFlow flow) {
        this.schedule = schedule;
        this.flow = flow;
    }

    /** The need's patience runs out at its {@code patienceEnd}; it is looked at then. */
    void add(Need need) {
        push(need);
        if (need.patienceEnd < next) {
            next = need.patienceEnd;
            schedule.scheduleOnce(next, DecisionFlow.ORDER_FLOW, this);
        }
    }

    @Override
    public void step(SimState state) {
        double now = schedule.getTime();
        if (now != next) {
            return; // an earlier time took over from this event; that one did the work
        }
        while (size > 0) {
            Need head = needs[0];
            if (ends[0] <= now) {
                pop();
                flow.patienceRanOut(head, now);
            } else if (head.waitingIn == null) {
                // served, deciding or travelling: no event for it now; if it queues again it is
                // armed again, and gives up at once should its patience have run out by then
                pop();
                head.timerSet = false;
            } else {
                break;
            }
        }
        next = size == 0 ? Double.POSITIVE_INFINITY : ends[0];
        if (size > 0) {
            schedule.scheduleOnce(next, DecisionFlow.ORDER_FLOW, this);
        }
    }

    /** Ends are times, never NaN nor -0.0, so plain comparisons order them as Double.compare does. */
    private static boolean before(double endA, long seqA, double endB, long seqB) {
        return endA < endB || (endA == endB && seqA < seqB);
    }

    private void push(Need need) {
        if (size == needs.length) {
            needs = java.util.Arrays.copyOf(needs, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
            sequences = java.util.Arrays.copyOf(sequences, size * 2);
        }
        double end = need.patienceEnd;
        long seq = need.sequence;
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(end, seq, ends[parent], sequences[parent])) {
                break;
            }
            needs[at] = needs[parent];
            ends[at] = ends[parent];
            sequences[at] = sequences[parent];
            at = parent;
        }
        needs[at] = need;
        ends[at] = end;
        sequences[at] = seq;
    }

    /**
     * Takes the head out (Floyd's way: the hole goes down along the earlier children to a leaf,
     * then the last entry climbs back into it), about half the comparisons of sifting the last
     * entry down from the top, which usually sinks to the bottom anyway. Keys are unique (the
     * sequence breaks ties), so the entries come out in the same order however the heap is laid out.
     */
    private void pop() {
        int last = --size;
        Need need = needs[last];
        double end = ends[last];
        long seq = sequences[last];
        needs[last] = null;
        if (last == 0) {
            return;
        }
        int at = 0;
        int half = last >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < last && before(ends[right], sequences[right], ends[child], sequences[child])) {
                child = right;
            }
            needs[at] = needs[child];
            ends[at] = ends[child];
            sequences[at] = sequences[child];
            at = child;
        }
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(end, seq, ends[parent], sequences[parent])) {
                break;
            }
            needs[at] = needs[parent];
            ends[at] = ends[parent];
            sequences[at] = sequences[parent];
            at = parent;
        }
        needs[at] = need;
        ends[at] = end;
        sequences[at] = seq;
    }
}
