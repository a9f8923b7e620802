package leadsim.model.decide;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * When waiting needs run out of patience: one calendar of its own, ordered by that time (then by
 * the need's sequence, so simultaneous expiries always go in the same order), with a single event
 * on MASON's schedule at the earliest. Thousands of pending patience times would otherwise sit in
 * the schedule's heap and slow every other event; here only this calendar pays for them.
 *
 * <p>It holds the needs waiting now with a timer set: a need leaving its queue or agenda is
 * taken out at once ({@link #remove}), so the heap stays as small as the queues (a school year
 * used to carry about 135 entries of needs long served, and spent most of the calendar's time
 * dropping them). The calendar's events on MASON's schedule are the ones a calendar that keeps
 * such entries until they come up would schedule: an event is scheduled when an entry earlier
 * than the pending event arrives, and after each event at the earliest waiting need, which is
 * the earliest entry either way.
 *
 * <p>A binary heap over arrays of the keys (patience end, sequence) beside the needs, so ordering
 * compares numbers in two arrays instead of following each need's pointer; each need knows its
 * place ({@link Need#calendarAt}). Keys are unique, so needs come out in the same order however
 * the heap is laid out.
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

    /** The need's patience runs out at its {@code patienceEnd}; it is looked at then, if still waiting. */
    void add(Need need) {
        push(need);
        if (need.patienceEnd < next) {
            next = need.patienceEnd;
            schedule.scheduleOnce(next, DecisionFlow.ORDER_FLOW, this);
        }
    }

    /** The need stopped waiting before its patience ran out: its entry goes. */
    void remove(Need need) {
        int at = need.calendarAt;
        need.calendarAt = -1;
        int last = --size;
        Need moved = needs[last];
        double end = ends[last];
        long seq = sequences[last];
        needs[last] = null;
        if (at == last) {
            return;
        }
        if (at > 0 && before(end, seq, ends[(at - 1) >>> 1], sequences[(at - 1) >>> 1])) {
            siftUp(at, moved, end, seq);
        } else {
            siftDown(at, moved, end, seq, last);
        }
    }

    @Override
    public void step(SimState state) {
        double now = schedule.getTime();
        if (now != next) {
            return; // an earlier time took over from this event; that one did the work
        }
        while (size > 0 && ends[0] <= now) {
            Need head = needs[0];
            pop();
            flow.patienceRanOut(head, now);
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
        siftUp(size++, need, need.patienceEnd, need.sequence);
    }

    /** Puts the entry in the hole at {@code at}, or above it past every later entry. */
    private void siftUp(int at, Need need, double end, long seq) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(end, seq, ends[parent], sequences[parent])) {
                break;
            }
            place(at, needs[parent], ends[parent], sequences[parent]);
            at = parent;
        }
        place(at, need, end, seq);
    }

    /** Takes the head out. */
    private void pop() {
        needs[0].calendarAt = -1;
        int last = --size;
        Need need = needs[last];
        double end = ends[last];
        long seq = sequences[last];
        needs[last] = null;
        if (last > 0) {
            siftDown(0, need, end, seq, last);
        }
    }

    /**
     * Puts the entry in the hole at {@code at} of a heap of {@code n}, or below it (Floyd's way:
     * the hole first goes down along the earlier children to a leaf, then the entry climbs back
     * up: about half the comparisons, as an entry from the end usually sinks to the bottom).
     */
    private void siftDown(int at, Need need, double end, long seq, int n) {
        int top = at;
        int half = n >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < n && before(ends[right], sequences[right], ends[child], sequences[child])) {
                child = right;
            }
            place(at, needs[child], ends[child], sequences[child]);
            at = child;
        }
        while (at > top) {
            int parent = (at - 1) >>> 1;
            if (!before(end, seq, ends[parent], sequences[parent])) {
                break;
            }
            place(at, needs[parent], ends[parent], sequences[parent]);
            at = parent;
        }
        place(at, need, end, seq);
    }

    /** Entries held now (for tests of what the calendar holds). */
    int size() {
        return size;
    }

    /** The entry at heap position {@code at} (for tests). */
    Need entry(int at) {
        return needs[at];
    }

    private void place(int at, Need need, double end, long seq) {
        needs[at] = need;
        ends[at] = end;
        sequences[at] = seq;
        need.calendarAt = at;
    }
}
