package leadsim.model.decide;

import java.util.Comparator;
import java.util.PriorityQueue;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * When waiting needs run out of patience: one calendar of its own, ordered by that time (then by
 * the need's sequence, so simultaneous expiries always go in the same order), with a single event
 * on MASON's schedule at the earliest. Thousands of pending patience times would otherwise sit in
 * the schedule's heap and slow every other event; here only this calendar pays for them. Entries
 * of needs decided meanwhile are dropped when they come up (the flow checks each need).
 */
final class PatienceCalendar implements Steppable {
    private static final long serialVersionUID = 1L;
    /** By patience end, then sequence; written out rather than composed, as it runs for every waiting need. */
    private static final Comparator<Need> ORDER = new ByPatienceEnd();

    private static final class ByPatienceEnd implements Comparator<Need>, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Need a, Need b) {
            int byTime = Double.compare(a.patienceEnd, b.patienceEnd);
            return byTime != 0 ? byTime : Long.compare(a.sequence, b.sequence);
        }
    }

    private final PriorityQueue<Need> due = new PriorityQueue<>(ORDER);
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
        due.add(need);
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
        while (!due.isEmpty()) {
            Need head = due.peek();
            if (head.patienceEnd <= now) {
                flow.patienceRanOut(due.poll(), now);
            } else if (head.waitingIn == null) {
                // served, deciding or travelling: no event for it now; if it queues again it is
                // armed again, and gives up at once should its patience have run out by then
                due.poll();
                head.timerSet = false;
            } else {
                break;
            }
        }
        next = due.isEmpty() ? Double.POSITIVE_INFINITY : due.peek().patienceEnd;
        if (!due.isEmpty()) {
            schedule.scheduleOnce(next, DecisionFlow.ORDER_FLOW, this);
        }
    }
}
