package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Routing, approval chains, meetings, escalation, queue discipline, quality and learning, each
 * on a small school where the right answer can be worked out by hand: 2 teams of 2 teachers,
 * a lead per team, one head; deterministic service of 0.01 days; hand-offs of half a day.
 */
class DecisionMechanismsTest {
    private static final String SCHOOL = """
            name: t
            horizon: {days: 2000}
            culture: {psychological_safety: 0.5, transparency: 0.5}
            escalation: {base: 0, fear: 0, doubt: 0}
            learning: {per_decision: 0, cap: 0.95}
            quality: {context_loss_per_hop: 0.1, pooling: 0.5}
            routing: {handoff_days: 0.5, queue_discipline: fifo}
            service: {distribution: deterministic, mean_hours: 0.1, cv: 0}
            students: 20
            roles:
              teacher: {count: 4, team_size: 2, capacity_hours: 10, expertise: {mean: 0.5, sd: 0}, reports_to: lead}
              lead: {per_team: 1, capacity_hours: 10, expertise: {mean: 0.5, sd: 0}, reports_to: head}
              head: {count: 1, capacity_hours: 10, expertise: {mean: 0.5, sd: 0}}
            bodies:
              plc: {per: team, members: [teacher, lead], mode: meeting, cadence_days: 5, items_per_meeting: 1000}
            """;

    private static RunResult run(String extra) {
        return run(SCHOOL, extra);
    }

    /** The school with {@code extra} appended; a top-level key in extra replaces the school's own. */
    private static RunResult run(String school, String extra) {
        StringBuilder text = new StringBuilder();
        for (String line : school.split("\n")) {
            String key = line.contains(":") ? line.substring(0, line.indexOf(':') + 1) : line;
            boolean replaced = !line.startsWith(" ") && extra.lines().anyMatch(l -> l.startsWith(key));
            if (!replaced) {
                text.append(line).append('\n');
            }
        }
        return Runs.replicates(Runs.fromText(text + extra), 5L, 1).get(0);
    }

    private static String studentNeedsTo(String holder) {
        return """
                decision_rights:
                  instruction: {student: %s}
                arrivals:
                  - from: student
                    rate_per_day: 0.01
                    mix: [{domain: instruction, scope: student, weight: 1, deadline_days: 100, size: 1}]
                """.formatted(holder);
    }

    @Test
    void aNeedClimbsTheReportingLineToItsHolder() {
        RunResult r = run(studentNeedsTo("head"));
        assertEquals(2.0, r.number("hops_mean"), 1e-12, "teacher -> lead -> head");
        assertEquals(1.0, r.number("decided_share_head"), 1e-12);
        // two hand-offs of 0.5 days and 0.01 days of service; at 0.2 needs a day the head rarely has a queue
        assertEquals(1.01, r.number("latency_p50"), 1e-9);
        assertTrue(r.number("latency_mean") >= 1.01 - 1e-9);
    }

    @Test
    void anApprovalChainIsServedByEveryHolderInTurn() {
        RunResult r = run(studentNeedsTo("[lead, head]"));
        assertEquals(2.0, r.number("hops_mean"), 1e-12);
        assertEquals(1.0, r.number("decided_share_head"), 1e-12, "the last holder decides");
        assertEquals(1.02, r.number("latency_p50"), 1e-9, "two hand-offs and two services");
        assertTrue(r.number("utilization_lead") > 0, "the lead's approval took time");
    }

    @Test
    void contextIsLostOnEveryHopExceptWhatTransparencyKeeps() {
        RunResult r = run(studentNeedsTo("head"));
        // expertise 0.5 x (1 - 0.1 x (1 - 0.5))^2 hops
        assertEquals(0.5 * Math.pow(0.95, 2), r.number("quality_mean"), 1e-12);
    }

    @Test
    void aBodyDecidesOnlyAtItsMeetings() {
        RunResult r = run("""
                decision_rights:
                  instruction: {team: plc}
                arrivals:
                  - from: teacher
                    rate_per_day: 0.2
                    mix: [{domain: instruction, scope: team, weight: 1, deadline_days: 100, size: 1}]
                """);
        assertEquals(1.0, r.number("decided_share_plc"), 1e-12);
        assertEquals(0.0, r.number("hops_mean"), 1e-12, "teachers are members of their own PLC");
        assertTrue(r.number("latency_p99") <= 5.0, "nothing waits longer than one cadence when capacity suffices");
        assertEquals(2.5, r.number("latency_mean"), 0.1, "on average half a cadence");
    }

    @Test
    void whatAMeetingCannotTakeWaitsForTheNextOne() {
        RunResult r = run(SCHOOL.replace("items_per_meeting: 1000", "items_per_meeting: 1"), """
                decision_rights:
                  instruction: {team: plc}
                arrivals:
                  - from: teacher
                    rate_per_day: 0.5
                    mix: [{domain: instruction, scope: team, weight: 1, deadline_days: 100, size: 1}]
                overload: {on_expiry: keep_waiting}
                """);
        // 2 PLCs meet at days 5, 10, ..., 2000 and each takes exactly one of its growing backlog
        assertEquals(2 * 400.0, r.number("needs_decided"), 0.0);
    }

    @Test
    void certainEscalationCarriesEveryNeedToTheTop() {
        RunResult r = run(studentNeedsTo("teacher") + "escalation: {base: 1, fear: 0, doubt: 0}\n");
        assertEquals(1.0, r.number("decided_share_head"), 1e-12);
        assertEquals(2.0, r.number("escalations_per_need"), 0.01, "teacher and lead both pass it up");
    }

    @Test
    void escalationGrowsAsSafetyFalls() {
        RunResult safe = run(studentNeedsTo("teacher") + "escalation: {base: 0, fear: 1, doubt: 0}\n"
                + "culture: {psychological_safety: 1.0, transparency: 0.5}\n");
        RunResult afraid = run(studentNeedsTo("teacher") + "escalation: {base: 0, fear: 1, doubt: 0}\n"
                + "culture: {psychological_safety: 0.0, transparency: 0.5}\n");
        assertEquals(1.0, safe.number("decided_share_teacher"), 1e-12);
        assertEquals(0.0, safe.number("escalations_per_need"), 1e-12);
        assertEquals(1.0, afraid.number("decided_share_head"), 1e-12);
        assertEquals(1.0, afraid.number("escalations_per_need"), 1e-12, "fear goes straight to the top");
        assertEquals(2.0, afraid.number("hops_mean"), 1e-12, "teacher -> lead -> head in one escalation");
    }

    @Test
    void partialEscalationMatchesItsProbability() {
        RunResult r = run(studentNeedsTo("teacher").replace("rate_per_day: 0.01", "rate_per_day: 0.2")
                + "escalation: {base: 0.25, fear: 0, doubt: 0}\n");
        // a teacher keeps 3/4; of the quarter passed up the lead keeps 3/4 and passes 1/4 to the head
        assertEquals(0.75, r.number("decided_share_teacher"), 0.02);
        assertEquals(0.1875, r.number("decided_share_lead"), 0.02);
        assertEquals(0.0625, r.number("decided_share_head"), 0.01);
        assertEquals(0.25 + 0.0625, r.number("escalations_per_need"), 0.02);
    }

    /**
     * The head works at utilisation 0.9 (3.6 needs a day of 0.25 days each): under FIFO the
     * mean wait (M/D/1, about 1.1 days) exceeds the short deadline, while nearest-deadline-first
     * lets the short ones pass the long ones, which have 30 days to spare.
     */
    @Test
    void urgencyFirstKeepsMoreDeadlinesUnderLoad() {
        String busyHead = """
                decision_rights:
                  instruction: {student: head}
                arrivals:
                  - from: student
                    rate_per_day: 0.18
                    mix:
                      - {domain: instruction, scope: student, weight: 1, deadline_days: 0.6, size: 1}
                      - {domain: instruction, scope: student, weight: 1, deadline_days: 30, size: 1}
                service: {distribution: deterministic, mean_hours: 2.5, cv: 0}
                """;
        RunResult fifo = run(busyHead);
        RunResult urgent = run(busyHead + "routing: {handoff_days: 0.1, queue_discipline: urgency}\n");
        RunResult fifoSameHandoff = run(busyHead + "routing: {handoff_days: 0.1, queue_discipline: fifo}\n");
        assertTrue(fifo.number("needs_decided") > 0);
        assertTrue(urgent.number("on_time_share") > fifoSameHandoff.number("on_time_share") + 0.05,
                "urgency " + urgent.number("on_time_share") + " vs fifo " + fifoSameHandoff.number("on_time_share"));
    }

    @Test
    void decidingBuildsExpertise() {
        RunResult learning = run(studentNeedsTo("teacher").replace("rate_per_day: 0.01", "rate_per_day: 0.2")
                + "learning: {per_decision: 0.01, cap: 0.95}\n");
        RunResult none = run(studentNeedsTo("teacher"));
        assertEquals(0.5, none.number("quality_mean"), 1e-12, "no learning: quality is the starting expertise");
        assertTrue(learning.number("quality_mean") > 0.9, "hundreds of decisions each bring a teacher near the cap");
        assertTrue(learning.number("quality_mean") < 0.95);
    }

    @Test
    void aStageAlreadyDecidedThroughEscalationIsNotQueuedAgain() {
        // the lead holds the first stage but always escalates: the head decides it, and the
        // head's own stage of the chain is then already done
        RunResult r = run(studentNeedsTo("[lead, head]") + "escalation: {base: 1, fear: 0, doubt: 0}\n");
        assertEquals(1.0, r.number("decided_share_head"), 1e-12);
        assertEquals(1.01, r.number("latency_p50"), 1e-9, "two hand-offs, one service");
    }

    @Test
    void needsStillOpenPastTheirDeadlineCountAsLate() {
        RunResult r = run(studentNeedsTo("head").replace("deadline_days: 100", "deadline_days: 1")
                + "service: {distribution: deterministic, mean_hours: 10000, cv: 0}\n"
                + "overload: {on_expiry: keep_waiting}\n");
        // the first need takes 1000 days at the head; everything else waits past its deadline
        assertEquals(0.0, r.number("on_time_share"), 1e-12);
        assertTrue(r.number("open_share") > 0.99);
        assertEquals("head", r.metrics().get("bottleneck_role"), "waits still running at the end count");
    }
}
