package leadsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a reform starts (mandate or vote) is checked with clear messages, file, line and column. */
class ReformStartValidationTest {
    private static final String TEXT = """
            name: v
            students: 40
            schools: [{name: a, copies: 2}]
            roles:
              teacher: {count: 4, team_size: 2, capacity_hours: 2, expertise: {mean: 0.5, sd: 0}, reports_to: principal}
              principal: {count: 1, capacity_hours: 4, expertise: {mean: 0.6, sd: 0}}
            decision_rights:
              instruction: {student: teacher}
            reform: {by: decree, vote: {inquiry_days: -1, initial_commitment: 2, ownership_share: 0.3}}
            events:
              - {at_day: 5, type: leader_departs, role: principal, by: vote}
              - {at_day: 6, type: reform_start, by: ballot}
            arrivals:
              - from: student
                rate_per_day: 0.05
                mix:
                  - {domain: instruction, scope: student, weight: 1, deadline_days: 3, size: 1}
            """;

    @Test
    void reformStartsAreCheckedWithClearMessages() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(TEXT, "v.yaml", "v"));
        assertEquals(List.of(
                "v.yaml:9:10: reform.by: unknown value `decree`; allowed: mandate, vote",
                "v.yaml:9:29: reform.vote.inquiry_days: must be >= 0 (got -1.0)",
                "v.yaml:9:47: reform.vote.initial_commitment: must be a probability in [0,1] (got 2.0)",
                "v.yaml:11:56: events[0].by: only a reform_start takes `by` (mandate or vote)",
                "v.yaml:12:37: events[1].by: unknown value `ballot`; allowed: mandate, vote"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
    }
}
