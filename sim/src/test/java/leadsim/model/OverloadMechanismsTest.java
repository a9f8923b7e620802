package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * What meetings and overload do, on a small school worked out by hand: 2 teams of 2 teachers
 * (1 hour a day each), a lead per team, one head; needs from students to one holder, who is
 * made hopelessly slow where a test wants overload.
 */
class OverloadMechanismsTest {
    private static final String SCHOOL = """
            name: t
            horizon: {days: 2000}
            escalation: {base: 0, fear: 0, doubt: 0}
            learning: {per_decision: 0, cap: 0.95}
            routing: {handoff_days: 0, queue_discipline: fifo}
            students: 20
            roles:
              teacher: {count: 4, team_size: 2, capacity_hours: 1, expertise: {mean: 0.5, sd: 0}, reports_to: lead}
              lead: {per_team: 1, capacity_hours: 1, expertise: {mean: 0.7, sd: 0}, reports_to: head}
              head: {count: 1, capacity_hours: 1, expertise: {mean: 0.9, sd: 0}}
            """;

    private static RunResult run(String extra) {
        return Runs.replicates(Runs.fromText(SCHOOL + extra), 7L, 1).get(0);
    }

    /** Student needs, all to {@code holder}, with a one-day deadline (the default patience). */
    private static String needsTo(String holder, double hoursEach) {
        return """
                service: {distribution: deterministic, mean_hours: %s, cv: 0}
                decision_rights:
                  instruction: {student: %s}
                arrivals:
                  - from: student
                    rate_per_day: 0.05
                    mix: [{domain: instruction, scope: student, weight: 1, deadline_days: 1, size: 1}]
                """.formatted(hoursEach, holder);
    }

    @Test
    void aMeetingClosesEveryMembersDeskForItsHours() {
        RunResult r = run("""
                bodies:
                  plc: {per: team, members: [teacher, lead], mode: meeting, cadence_days: 5, items_per_meeting: 10, meeting_hours: 2}
                """ + needsTo("teacher", 0.01));
        // meetings at days 5, 10, ..., 1995 each take 2 hours of a 1-hour day (2 days of desk
        // time); the one at day 2000 falls outside the window: 399 x 2 / 2000
        assertEquals(399 * 2 / 2000.0, r.number("meeting_share_teacher"), 1e-9);
        assertEquals(399 * 2 / 2000.0, r.number("meeting_share_lead"), 1e-9);
        assertEquals(0.0, r.number("meeting_share_head"), 0.0, "the head sits on no body");
        assertTrue(r.number("utilization_teacher") > r.number("meeting_share_teacher"), "deciding comes on top");
    }

    @Test
    void needsThatOutwaitTheirPatienceAreDecidedByDefault() {
        // the head takes 100 days a need: after the first, every need's one-day patience runs out
        RunResult r = run(needsTo("head", 100));
        assertTrue(r.number("default_share") > 0.95, "defaults " + r.number("default_share"));
        assertEquals(0.5 * (1 - 0.2), r.number("default_quality_mean"), 1e-12,
                "the raising teacher's expertise less the default 20% penalty");
        assertEquals(r.number("default_share"), r.number("default_share_at_head"), 1e-12, "they gave up at the head");
        // the queue stays bounded: needs wait at most their one-day patience
        assertTrue(r.number("queue_mean_head") <= 20 * 0.05 * 1.0 + 1e-9, "queue " + r.number("queue_mean_head"));
        assertEquals(1.0, r.number("latency_p50"), 1e-9, "a default comes at the end of patience");
        assertAllCounted(r);
    }

    @Test
    void lapsedNeedsAreLateAndNeverDecided() {
        RunResult r = run(needsTo("head", 100) + "overload: {on_expiry: lapse}\n");
        assertTrue(r.number("lapse_share") > 0.95, "lapses " + r.number("lapse_share"));
        assertTrue(r.number("on_time_share") < 0.05, "a lapse is late");
        assertTrue(Double.isNaN(r.number("latency_km_median")), "most needs never decided: the median is not reached");
        assertFalse(r.metrics().containsKey("default_share_at_head"), "the lapse rule's own columns only");
        assertAllCounted(r);
    }

    @Test
    void reroutedNeedsGoToAPeerOnceThenDefault() {
        // both leads are hopelessly slow: a need gives up at one, goes to the other, gives up again
        RunResult r = run(needsTo("lead", 100) + "overload: {on_expiry: reroute}\n");
        assertTrue(r.number("reroute_share") > 0.9, "reroutes " + r.number("reroute_share"));
        assertEquals(r.number("reroute_share"), r.number("reroute_share_at_lead"), 1e-12);
        assertTrue(r.number("default_share") > 0.9, "after the reroute, a default: " + r.number("default_share"));
        assertAllCounted(r);
    }

    @Test
    void keepWaitingIsTheTextbookQueue() {
        RunResult r = run(needsTo("head", 100) + "overload: {on_expiry: keep_waiting}\n");
        assertFalse(r.metrics().containsKey("default_share"), "no give-up columns when nobody gives up");
        assertTrue(r.number("open_share") > 0.95, "the queue grows for ever");
    }

    /** Every need raised ends one way: by its holder, by default, by lapse, or still open. */
    private static void assertAllCounted(RunResult r) {
        double sum = r.number("holder_share") + r.number("default_share") + r.number("lapse_share") + r.number("open_share");
        assertEquals(1.0, sum, 1e-12);
        assertEquals(r.number("needs_raised"), r.number("needs_decided") + r.number("needs_lapsed") + r.number("needs_open"), 0.0);
    }
}
