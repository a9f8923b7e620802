package leadsim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The new keys are data: checked with key paths and what is allowed, unknown keys refused. */
class DynamicsValidatorTest {
    private static final String SCHOOL = """
            roles:
              teacher: {count: 10, team_size: 5, capacity_hours: 0.5, expertise: {mean: 0.5, sd: 0.1}, reports_to: principal}
              principal: {count: 1, capacity_hours: 2, expertise: {mean: 0.6, sd: 0.1}}
            decision_rights:
              instruction: {classroom: teacher, student: teacher}
            arrivals:
              - from: teacher
                rate_per_day: 0.1
                mix:
                  - {domain: instruction, scope: classroom, weight: 1, deadline_days: 5, size: 1}
            """;

    private static List<String> problems(String extra) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(SCHOOL + extra, "test.yaml", "test"));
        return e.problems().stream().map(ScenarioProblem::toString).collect(Collectors.toList());
    }

    private static void assertProblem(List<String> found, String keyPath, String words) {
        assertTrue(found.stream().anyMatch(p -> p.contains(keyPath + ": ") && p.contains(words)),
                "expected a problem at " + keyPath + " saying `" + words + "`; got " + found);
    }

    @Test
    void aPlainSchoolWithEverythingOffIsValid() {
        assertDoesNotThrow(() -> ScenarioLoader.parse(SCHOOL, "test.yaml", "test"));
    }

    @Test
    void networkTopologyAndContagion() {
        List<String> found = problems("""
                network:
                  topology: torus
                  contagion: {rule: epidemic, threshold: 2, threshold_type: share, thresholds: [1, 2], seeds: [0, 99]}
                """);
        assertProblem(found, "network.topology", "allowed: school, complete, ring");
        assertProblem(found, "network.contagion.rule", "allowed: threshold, hazard");
        assertProblem(found, "network.contagion.threshold", "threshold_type: count");
        assertProblem(found, "network.contagion.thresholds", "one threshold per staff member: 10 (got 2)");
        assertProblem(found, "network.contagion.seeds[1]", "staff index in 0..9");
    }

    @Test
    void unknownKeysAreRefused() {
        List<String> found = problems("innovation: {enabled: true, invention_rate: 2}\n");
        assertProblem(found, "innovation.invention_rate", "unknown key");
    }

    @Test
    void innovationReformAndPeople() {
        List<String> found = problems("""
                innovation: {enabled: true, trial: {domain: policy, scope: school, refusal: 1.5}}
                reform: {enabled: true, champion_role: superintendent, ownership: {roles: [coach]}}
                people:
                  turnover: {enabled: true, per_year: {teacher: 1.0, janitor: 0.1}}
                  coaching: {shares: {principal: 1.0}}
                """);
        assertProblem(found, "innovation.trial", "no decision right for policy/school");
        assertProblem(found, "innovation.trial.refusal", "probability in [0,1]");
        assertProblem(found, "reform.champion_role", "unknown role `superintendent`");
        assertProblem(found, "reform.ownership.roles[0]", "unknown role `coach`");
        assertProblem(found, "people.turnover.per_year.teacher", "annual probability in [0,1)");
        assertProblem(found, "people.turnover.per_year.janitor", "unknown role `janitor`");
        assertProblem(found, "people.coaching.shares.principal", "must be < 1");
    }

    @Test
    void events() {
        List<String> found = problems("""
                horizon: {days: 100}
                events:
                  - {at_day: 10, type: earthquake}
                  - {at_day: 20, type: leader_departs}
                  - {at_day: 200, type: turnover_wave, share: 0.2}
                  - {at_day: 30, type: mandate}
                  - {at_day: 40, type: regime_change, decision_rights: {instruction: {classroom: nobody}}}
                  - {at_day: 50, type: leader_departs, person: 11}
                """);
        assertProblem(found, "events[0].type", "allowed: leader_departs, mandate, turnover_wave, regime_change, reform_start");
        assertProblem(found, "events[1]", "either role");
        assertProblem(found, "events[2].at_day", "before horizon.days");
        assertProblem(found, "events[3].type", "needs innovation.enabled: true");
        assertProblem(found, "events[4].decision_rights.instruction.classroom", "no role or body");
        assertProblem(found, "events[5].person", "staff id in 0..10");
    }

    @Test
    void theShippedScenariosAreValid() throws Exception {
        for (String name : List.of("champion-leaves-hierarchical", "champion-leaves-distributed", "innovation",
                "validation/bass-complete", "validation/ring-threshold", "validation/ring-threshold-3",
                "validation/granovetter-100", "validation/granovetter-100-moved", "validation/principal-tenure",
                "validation/champion-reform")) {
            ScenarioLoader.load(java.nio.file.Path.of("..", "scenarios", name + ".yaml"));
        }
    }
}
