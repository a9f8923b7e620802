package leadsim.model.decide;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A waiting line: first come first served, or the nearest deadline first. */
abstract class NeedQueue implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    abstract void add(Need need);

    abstract Need poll();

    abstract Need peek();

    abstract int size();

    /** Takes out a need that gave up waiting (linear in the queue's length; expiries are rare beside services). */
    abstract void remove(Need need);

    /** True when {@code a} should be served before {@code b} under this discipline. */
    abstract boolean before(Need a, Need b);

    static NeedQueue of(String discipline) {
        return "urgency".equals(discipline) ? new UrgencyFirst() : new Fifo();
    }

    private static final class Fifo extends NeedQueue {
        private final ArrayDeque<Need> line = new ArrayDeque<>();

        void add(Need need) { line.addLast(need); }
        Need poll() { return line.pollFirst(); }
        Need peek() { return line.peekFirst(); }
        int size() { return line.size(); }
        void remove(Need need) { line.removeFirstOccurrence(need); }

        boolean before(Need a, Need b) {
            return a.enqueuedAt < b.enqueuedAt || (a.enqueuedAt == b.enqueuedAt && a.sequence < b.sequence);
        }
    }

    private static final class UrgencyFirst extends NeedQueue {
        // The sequence number breaks ties so the order never depends on the heap's layout.
        private static final Comparator<Need> ORDER =
                Comparator.comparingDouble((Need n) -> n.deadline).thenComparingLong(n -> n.sequence);
        private final PriorityQueue<Need> line = new PriorityQueue<>(ORDER);

        void add(Need need) { line.add(need); }
        Need poll() { return line.poll(); }
        Need peek() { return line.peek(); }
        int size() { return line.size(); }
        void remove(Need need) { line.remove(need); }
        boolean before(Need a, Need b) { return ORDER.compare(a, b) < 0; }
    }
}
