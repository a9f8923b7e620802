package leadsim.model.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The patience calendar holds exactly the needs waiting now with a timer set, each where it
 * says it is, in heap order: a need that stops waiting (served, taken at a meeting, given up,
 * rerouted) leaves it at once. Checked every 200 event times of overloaded school years, where
 * needs give up, are rerouted and are worked around.
 */
class PatienceCalendarTest {

    @Test
    void holdsTheWaitingNeedsWithTimersWhenNeedsAreRerouted() {
        check(Runs.variant("hierarchical.yaml", null, null,
                "{workload_multiplier: 1.6, overload: {on_expiry: reroute}}"));
    }

    @Test
    void holdsTheWaitingNeedsWithTimersWhenNeedsLapse() {
        check(Runs.variant("distributed.yaml", null, null,
                "{workload_multiplier: 1.6, overload: {on_expiry: lapse}}"));
    }

    private static void check(Scenario scenario) {
        SchoolSim sim = new SchoolSim(20261206L, scenario, false);
        sim.start();
        PatienceCalendar calendar = sim.decisionFlow().patienceCalendar();
        int checks = 0;
        for (long step = 1; sim.stepOnce(); step++) {
            if (step % 200 != 0) {
                continue;
            }
            checks++;
            for (int at = 0; at < calendar.size(); at++) {
                Need need = calendar.entry(at);
                assertEquals(at, need.calendarAt, "a need knows its place");
                assertTrue(need.timerSet(), "an entry's need has its timer set");
                assertNotNull(need.waitingIn, "an entry's need is waiting");
                if (at > 0) {
                    Need parent = calendar.entry((at - 1) / 2);
                    boolean beforeParent = need.patienceEnd < parent.patienceEnd
                            || need.patienceEnd == parent.patienceEnd && need.sequence < parent.sequence;
                    assertFalse(beforeParent, "heap order at " + at);
                }
            }
            double horizon = scenario.horizon().days();
            for (Need need : sim.recorder().openNeeds()) {
                boolean shouldWait = need.waitingIn != null && need.patienceEnd < horizon;
                assertEquals(shouldWait, need.timerSet(), "a need has a timer exactly while it waits");
                if (need.timerSet()) {
                    assertSame(need, calendar.entry(need.calendarAt), "a need with a timer is in the calendar, where it says");
                }
            }
        }
        assertTrue(checks > 50, "checked through the year: " + checks);
        long ended = sim.recorder().result(leadsim.model.Steps.NONE).metrics().entrySet().stream()
                .filter(e -> e.getKey().equals("needs_defaulted") || e.getKey().equals("needs_lapsed"))
                .mapToLong(e -> Math.round((Double) e.getValue())).sum();
        assertTrue(ended > 100, "needs gave up, so the calendar was exercised: " + ended);
    }
}
