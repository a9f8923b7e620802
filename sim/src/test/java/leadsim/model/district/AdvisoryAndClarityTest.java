package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioProblem;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Advisory or empowered (seed 004's first challenge): an advisory body reviews a need at its
 * meeting and never decides it; the holder's quality moves toward the body's pooled expertise
 * by the pooling share. Clarity: with probability 1 - clarity a need goes first to a wrong desk
 * and is re-routed (rework_share).
 */
class AdvisoryAndClarityTest {
    // expertise without spread and no learning, no context loss, no escalation: qualities are exact
    private static final String DISTRICT = """
            name: advisory
            horizon: {days: 200, warmup_days: 0}
            escalation: {base: 0, fear: 0, doubt: 0}
            quality: {context_loss_per_hop: 0, pooling: 0.5}
            learning: {per_decision: 0, cap: 0.95}
            overload: {on_expiry: keep_waiting}
            routing: {handoff_days: 0, queue_discipline: fifo}
            culture: {clarity: CLARITY}
            students: 0
            schools: [{name: north, copies: 1}, {name: south, copies: 1}]
            roles:
              teacher: {count: 4, team_size: 2, capacity_hours: 2, expertise: {mean: 0.5, sd: 0}, reports_to: principal}
              principal: {count: 1, capacity_hours: 4, expertise: {mean: 0.5, sd: 0}, reports_to: director}
            office:
              roles:
                director: {count: 1, capacity_hours: 6, expertise: {mean: 0.5, sd: 0}}
                partner: {count: 3, capacity_hours: 0.1, expertise: {mean: 0.9, sd: 0}}
              bodies:
                council: {per: district, members: [partner, director], mode: meeting, cadence_days: 20, items_per_meeting: 1000}
            decision_rights:
              instruction: {district: director}
              policy: {school: principal}
            ADVISORY
            arrivals:
              - from: principal
                rate_per_day: 2
                mix:
                  - {domain: instruction, scope: district, weight: 1, deadline_days: 40, size: 1}
            """;
    private static final String ADVISED = "advisory:\n  instruction: {district: [council]}";

    private static RunResult run(String clarity, String advisory, long seed) {
        String text = DISTRICT.replace("CLARITY", clarity).replace("ADVISORY", advisory);
        return new SchoolSim(seed, Runs.fromText(text), false).run();
    }

    @Test
    void anAdvisoryBodyReviewsButNeverDecidesAndRaisesQualityAsStated() {
        RunResult advised = run("1.0", ADVISED, 3);
        RunResult alone = run("1.0", "", 3);
        // council: partners 0.9 x 3 and the director 0.5: mean 0.8, best 0.9, pooled 0.85;
        // the director decides at 0.5 and moves halfway (pooling 0.5) toward the advice: 0.675
        assertEquals(0.675, advised.number("quality_mean"), 1e-12);
        assertEquals(0.5, alone.number("quality_mean"), 1e-12);
        assertEquals(0.0, advised.number("decided_share_council"), 0.0, "an advisory body never decides");
        assertEquals(1.0, advised.number("decided_share_director"), 0.0, "the holder decides every need");
        assertEquals(0.85, advised.number("advice_mean"), 1e-12);
        assertTrue(advised.number("advised_share") > 0.8, "needs raised before the last meeting are reviewed");
        // the review costs the wait for the monthly meeting (about half the 20-day cadence)
        assertTrue(advised.number("latency_mean") > 5, "advised latency " + advised.number("latency_mean"));
        assertTrue(alone.number("latency_mean") < 1, "unadvised latency " + alone.number("latency_mean"));
        assertFalse(alone.metrics().containsKey("advised_share"), "no advice columns without an advisory table");
    }

    @Test
    void unclearAuthoritySendsNeedsToAWrongDeskFirst() {
        RunResult unclear = run("0.6", ADVISED, 5);
        RunResult clear = run("1.0", ADVISED, 5);
        double raised = unclear.number("needs_raised");
        // the only wrong desk for instruction/district is the principal (the director holds it,
        // the council advises on it): each need goes there first with probability 0.4
        double se = Math.sqrt(0.4 * 0.6 / raised);
        assertEquals(0.4, unclear.number("rework_share"), 4 * se, "rework share over " + raised + " needs");
        assertEquals(0.0, unclear.number("decided_share_council"), 0.0, "misrouted or not, the council never decides");
        assertEquals(0.0, unclear.number("decided_share_principal"), 0.0, "a wrong desk passes the need on");
        assertFalse(clear.metrics().containsKey("rework_share"), "no rework column at clarity 1");
        double perSchool = 0;
        for (String school : List.of("north", "south")) {
            perSchool += unclear.number(school, "rework_share") * unclear.number(school, "needs_raised");
        }
        assertEquals(0.0, unclear.number("office", "needs_raised"), 0.0, "only principals raise needs here");
        assertEquals(unclear.number("rework_share") * raised, perSchool, 1e-6, "rework adds up over schools");
    }

    @Test
    void advisoryCellsAreCheckedWithClearMessages() {
        String text = DISTRICT.replace("CLARITY", "1.5").replace("ADVISORY", """
                advisory:
                  instruction: {district: [principal], school: [council]}
                  policy: {school: [council, nobody]}
                  manners: {school: [council]}""");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(text, "test.yaml", "test"));
        List<String> problems = e.problems().stream().map(p -> p.keyPath() + ": " + p.message()).toList();
        assertEquals(List.of(
                "culture.clarity: must be a probability in [0,1] (got 1.5)",
                "advisory.instruction.district: `principal` is a role; only a body reviews as an advisory body; allowed: council",
                "advisory.instruction.school: no decision right for instruction/school to advise on; add decision_rights.instruction.school",
                "advisory.policy.school[1]: unknown body `nobody`; allowed: council",
                "advisory.manners: unknown domain `manners`; allowed: instruction, assessment, student_support, scheduling, resources, policy"),
                problems);
        String both = DISTRICT.replace("CLARITY", "1").replace("instruction: {district: director}", "instruction: {district: council}")
                .replace("ADVISORY", ADVISED);
        ScenarioException e2 = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(both, "test.yaml", "test"));
        assertEquals(List.of("advisory.instruction.district: body `council` holds this decision right; a body is either "
                + "advisory or empowered for a cell, not both"),
                e2.problems().stream().map(p -> p.keyPath() + ": " + p.message()).toList());
    }
}
