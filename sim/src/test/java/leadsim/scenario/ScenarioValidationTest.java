package leadsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad scenario gives {@code file:line:column: key.path: message} naming what is
 * allowed. Each case is the valid scenario {@link #BASE} with one thing changed; the expected
 * line and column were counted by hand in the changed text (lines and columns are 1-based).
 */
class ScenarioValidationTest {

    /** scenarios/validation/mm1.yaml in block style, so that every key has a line of its own. */
    static final String BASE = """
            name: mm1
            horizon:
              days: 2000
              warmup_days: 100
            escalation:
              base: 0
              fear: 0
              doubt: 0
            routing:
              handoff_days: 0
              queue_discipline: fifo
            service:
              distribution: exponential
              mean_hours: 1.0
              cv: 1.0
            roles:
              decider:
                count: 1
                capacity_hours: 1.0
                expertise:
                  mean: 0.5
                  sd: 0
            decision_rights:
              policy:
                school: decider
            arrivals:
              - from: decider
                rate_per_day: 0.8
                mix:
                  - domain: policy
                    scope: school
                    weight: 1
                    deadline_days: 10
                    size: 1
            """;

    /** Line 23 of BASE, where roles end: lines inserted before it become lines 23, 24, ... */
    private static final String RIGHTS = "decision_rights:\n";

    @TempDir
    Path dir;

    // --- the list ---------------------------------------------------------------

    @Test
    void unknownKeyNamesItsPathAndTheAllowedKeys() throws IOException {
        Path file = write(change("    count: 1\n", "    count: 1\n    colour: red\n"));
        assertProblems(file, file + ":19:5: roles.decider.colour: unknown key `colour`; allowed here: "
                + "capacity_hours, count, expertise, per_team, reports_to, team_size");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        Path file = write(change("name: mm1\n", "name: mm1\nhorizn: 3\n"));
        assertProblems(file, file + ":2:1: horizn: unknown key `horizn`; allowed here: advisory, arrivals, bodies, culture, "
                + "decision_rights, description, escalation, events, garbage_can, horizon, innovation, learning, name, "
                + "network, office, overload, people, preset, quality, reform, roles, routing, schools, seed, service, "
                + "student_growth, students, workload_multiplier");
    }

    @Test
    void textWhereAWholeNumberBelongs() throws IOException {
        Path file = write(change("    count: 1\n", "    count: many\n"));
        assertProblems(file, file + ":18:12: roles.decider.count: expected a whole number, got text");
    }

    @Test
    void aWrongTypeIsPlacedAtTheValueWhereAnUnknownKeyIsPlacedAtTheKey() throws IOException {
        String shipped = Files.readString(Path.of("..", "scenarios", "hierarchical.yaml"));
        String text = shipped.replace("\nstudents: 600\n", "\nstudents: many\n");
        assertTrue(!text.equals(shipped), "the test changes the shipped school's students");
        int line = text.substring(0, text.indexOf("\nstudents: many")).split("\n", -1).length + 1;
        Path file = write(text);
        // "students: many": the key at column 1, the value at column 11, where the reader must change it
        assertProblems(file, file + ":" + line + ":11: students: expected a whole number, got text");
        Path unknown = write(shipped.replace("\nstudents: 600\n", "\nstudnets: 600\n"));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(unknown));
        assertTrue(e.problems().get(0).toString().startsWith(unknown + ":" + line + ":1: studnets: unknown key `studnets`"),
                e.problems().toString());
    }

    @Test
    void fractionWhereAWholeNumberBelongs() throws IOException {
        Path file = write(change("    count: 1\n", "    count: 1.5\n"));
        assertProblems(file, file + ":18:12: roles.decider.count: expected a whole number, got 1.5");
    }

    @Test
    void textWhereANumberBelongs() throws IOException {
        Path file = write(change("  days: 2000\n", "  days: soon\n"));
        assertProblems(file, file + ":3:9: horizon.days: expected a number, got text");
    }

    @Test
    void listWhereTextBelongs() throws IOException {
        Path file = write(change("  - from: decider\n", "  - from: [decider]\n"));
        assertProblems(file, file + ":27:5: arrivals[0].from: expected text, got a list");
    }

    @Test
    void negativeRate() throws IOException {
        Path file = write(change("rate_per_day: 0.8", "rate_per_day: -0.8"));
        assertProblems(file, file + ":28:5: arrivals[0].rate_per_day: must be >= 0 needs per day (got -0.8)");
    }

    @Test
    void negativeCapacity() throws IOException {
        Path file = write(change("capacity_hours: 1.0", "capacity_hours: -1.0"));
        assertProblems(file, file
                + ":19:5: roles.decider.capacity_hours: must be > 0 hours of decision work per day (got -1.0)");
    }

    @Test
    void negativeMeetingCapacity() throws IOException {
        Path file = write(change(RIGHTS, """
                bodies:
                  panel:
                    per: school
                    members: [decider]
                    mode: meeting
                    cadence_days: 5
                    items_per_meeting: -3
                """ + RIGHTS));
        assertProblems(file, file + ":29:5: bodies.panel.items_per_meeting: must be >= 1 (got -3)");
    }

    @Test
    void negativeHeadcount() throws IOException {
        Path file = write(change("    count: 1\n", "    count: -1\n"));
        assertProblems(file, file + ":18:5: roles.decider.count: must be >= 0 (got -1)");
    }

    @Test
    void probabilityAboveOne() throws IOException {
        Path file = write(change("  fear: 0\n", "  fear: 1.5\n"));
        assertProblems(file, file + ":7:3: escalation.fear: must be a probability in [0,1] (got 1.5)");
    }

    @Test
    void probabilityBelowZero() throws IOException {
        Path file = write(change("      mean: 0.5\n", "      mean: -0.1\n"));
        assertProblems(file, file + ":21:7: roles.decider.expertise.mean: must be a probability in [0,1] (got -0.1)");
    }

    @Test
    void reportingCycle() throws IOException {
        Path file = write(change("      sd: 0\n", """
                      sd: 0
                    reports_to: deputy
                  deputy:
                    count: 1
                    capacity_hours: 1.0
                    expertise: {mean: 0.5, sd: 0}
                    reports_to: decider
                """));
        assertProblems(file, file + ":23:5: roles.decider.reports_to: reporting line forms a cycle: "
                + "decider -> deputy -> decider; reports_to must end at a role that reports to no one");
    }

    @Test
    void decisionRightHeldByNoRoleOrBody() throws IOException {
        Path file = write(change("    school: decider\n", "    school: dean\n"));
        assertProblems(file, file + ":25:5: decision_rights.policy.school: decision right held by `dean`, "
                + "which is no role or body; allowed: decider");
    }

    @Test
    void approvalChainNamingAMissingRole() throws IOException {
        Path file = write(change("    school: decider\n", "    school: [decider, dean]\n"));
        assertProblems(file, file + ":25:23: decision_rights.policy.school[1]: decision right held by `dean`, "
                + "which is no role or body; allowed: decider");
    }

    @Test
    void bodyWithAnEmptyMemberList() throws IOException {
        Path file = write(change(RIGHTS, """
                bodies:
                  panel:
                    per: school
                    mode: pool
                    members: []
                """ + RIGHTS));
        assertProblems(file, file + ":27:5: bodies.panel.members: a body needs members: a list of role names, "
                + "e.g. [teacher, teacher_leader]");
    }

    @Test
    void bodyWithoutAMembersKey() throws IOException {
        Path file = write(change(RIGHTS, """
                bodies:
                  panel:
                    per: school
                    mode: pool
                """ + RIGHTS));
        // Reported at the body, the nearest key that is in the file.
        assertProblems(file, file + ":24:3: bodies.panel.members: missing; expected a list of role names, "
                + "e.g. [teacher, teacher_leader]");
    }

    @Test
    void bodyWhoseRolesHaveNoPeople() throws IOException {
        Path file = write(change(RIGHTS, """
                  spare:
                    count: 0
                    capacity_hours: 1.0
                    expertise: {mean: 0.5, sd: 0}
                bodies:
                  panel: {per: school, mode: pool, members: [spare]}
                """ + RIGHTS));
        assertProblems(file, file + ":28:36: bodies.panel.members: body has no members: every listed role has 0 people");
    }

    @Test
    void bodyWithAnUnknownMemberIsNotAlsoCalledEmpty() throws IOException {
        Path file = write(change(RIGHTS, """
                bodies:
                  panel: {per: school, mode: pool, members: [ghost]}
                """ + RIGHTS));
        assertProblems(file, file + ":24:46: bodies.panel.members[0]: unknown role `ghost`; allowed: decider");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.yaml");
        assertProblems(file, file + ": file not found");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("");
        assertProblems(file, file + ": file is empty; a scenario needs at least a `preset:` or `roles:`");
    }

    @Test
    void fileWithOnlyComments() throws IOException {
        Path file = write("# nothing here yet\n\n");
        assertProblems(file, file + ": file is empty (only comments); a scenario needs at least a `preset:` or `roles:`");
    }

    // --- more cases ---------------------------------------------------------------------

    @Test
    void unknownPreset() throws IOException {
        Path file = write(change("name: mm1\n", "name: mm1\npreset: flat\n"));
        assertProblems(file, file + ":2:1: preset: unknown preset \"flat\"; "
                + "allowed: hierarchical, distributed, espoused-distributed, weak-plc");
    }

    @Test
    void perTeamRoleWithoutATeamFormingRole() throws IOException {
        Path file = write(change(RIGHTS, """
                  helper:
                    per_team: 1
                    capacity_hours: 1.0
                    expertise: {mean: 0.5, sd: 0}
                """ + RIGHTS));
        assertProblems(file, file + ":24:5: roles.helper.per_team: no role forms teams: give one role a team_size");
    }

    @Test
    void arrivalFromNoRole() throws IOException {
        Path file = write(change("  - from: decider\n", "  - from: dean\n"));
        assertProblems(file, file + ":27:5: arrivals[0].from: unknown source `dean`; allowed: student, decider");
    }

    @Test
    void needTypeWithoutADecisionRight() throws IOException {
        Path file = write(change("scope: school", "scope: team"));
        // The need type is the map that starts at `domain:` (line 30, after "      - ").
        assertProblems(file, file + ":30:9: arrivals[0].mix[0]: no decision right for policy/team; "
                + "add decision_rights.policy.team");
    }

    @Test
    void needTypeInFlowStyleIsPlacedAtItsBrace() throws IOException {
        Path file = write(change("""
                      - domain: policy
                        scope: school
                """, """
                      - {domain: policy, scope: team, weight: 1, deadline_days: 10, size: 1}
                      - domain: policy
                        scope: school
                """));
        assertProblems(file, file + ":30:9: arrivals[0].mix[0]: no decision right for policy/team; "
                + "add decision_rights.policy.team");
    }

    @Test
    void duplicateKey() throws IOException {
        Path file = write(change("    count: 1\n", "    count: 1\n    count: 2\n"));
        assertProblems(file, file + ":19:5: roles.decider.count: duplicate key `count`; each key may appear only once in a map");
    }

    @Test
    void wrongValueFromAPresetSaysSo() throws IOException {
        // weak-plc sits on distributed, whose table gives resources/team to assistant_principal;
        // this school has none. The user's file overrides other cells of the table only, so the
        // problem is placed at the nearest key in the file: decision_rights (line 10).
        Path file = write("""
                preset: weak-plc
                students: 100
                roles:
                  teacher: {count: 10, team_size: 5, capacity_hours: 0.5, expertise: {mean: 0.5, sd: 0.1}, reports_to: teacher_leader}
                  teacher_leader: {per_team: 1, capacity_hours: 1.0, expertise: {mean: 0.6, sd: 0.1}, reports_to: principal}
                  principal: {count: 1, capacity_hours: 3.0, expertise: {mean: 0.6, sd: 0.1}}
                bodies:
                  plc: {per: team, members: [teacher, teacher_leader]}
                  leadership_team: {per: school, members: [principal, teacher_leader]}
                decision_rights:
                  policy: {student: principal, classroom: principal}
                arrivals:
                  - from: student
                    rate_per_day: 0.05
                    mix:
                      - {domain: instruction, scope: student, weight: 1, deadline_days: 3, size: 1}
                """);
        assertProblems(file, file + ":10:1: decision_rights.resources.team: decision right held by "
                + "`assistant_principal`, which is no role or body; allowed: leadership_team, plc, principal, teacher, "
                + "teacher_leader (value from preset distributed <- weak-plc or the defaults)");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        Path file = write(BASE.replace("capacity_hours: 1.0", "capacity_hours: -1.0")
                .replace("  fear: 0\n", "  fear: 1.5\n")
                .replace("rate_per_day: 0.8", "rate_per_day: -0.8"));
        assertProblems(file,
                file + ":7:3: escalation.fear: must be a probability in [0,1] (got 1.5)",
                file + ":19:5: roles.decider.capacity_hours: must be > 0 hours of decision work per day (got -1.0)",
                file + ":28:5: arrivals[0].rate_per_day: must be >= 0 needs per day (got -0.8)");
    }

    @Test
    void unknownKeysWrongTypesAndRangesAreReportedTogether() throws IOException {
        Path file = write(BASE.replace("    count: 1\n", "    count: 1\n    colour: red\n")
                .replace("  days: 2000\n", "  days: soon\n")
                .replace("  fear: 0\n", "  fear: 1.5\n")
                .replace("rate_per_day: 0.8", "rate_per_day: -0.8"));
        assertProblems(file,
                file + ":3:9: horizon.days: expected a number, got text",
                file + ":19:5: roles.decider.colour: unknown key `colour`; allowed here: "
                        + "capacity_hours, count, expertise, per_team, reports_to, team_size",
                // days is missing once its text is refused: only the refusal is reported for it
                file + ":7:3: escalation.fear: must be a probability in [0,1] (got 1.5)",
                file + ":29:5: arrivals[0].rate_per_day: must be >= 0 needs per day (got -0.8)");
    }

    @Test
    void aNameThatIsNoSafeDirectoryName() throws IOException {
        Path file = write(change("name: mm1\n", "name: ../mm1\n"));
        assertProblems(file, file + ":1:1: name: `../mm1` cannot be used as a name; allowed: letters, digits, '.', '_' "
                + "and '-', starting with a letter or digit, at most 100 characters (the name is used as a directory name)");
    }

    // --- valid scenarios ----------------------------------------------------------------

    @Test
    void theBaseOfTheseTestsIsValid() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(write(BASE));
        assertEquals("mm1", loaded.scenario().name());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void everyShippedScenarioLoads() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../scenarios"))) {
            // lessons (scenarios/lessons) and sweep specs (scenarios/sweeps, sweep-*.yaml) are other kinds of file
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.startsWith(Path.of("../scenarios/lessons")) && !p.startsWith(Path.of("../scenarios/sweeps")))
                    .filter(p -> !p.getFileName().toString().startsWith("sweep-"))
                    .sorted().toList();
        }
        List<String> names = files.stream().map(p -> Path.of("../scenarios").relativize(p).toString()).toList();
        assertTrue(names.containsAll(List.of("distributed.yaml", "hierarchical.yaml", "validation/mm1.yaml",
                "validation/mm2-pooled-body.yaml", "validation/tandem-three.yaml")), names.toString());
        for (Path file : files) {
            LoadedScenario loaded = ScenarioLoader.load(file); // throws, with every problem, if invalid
            assertFalse(loaded.scenario().name().isBlank(), file.toString());
        }
    }

    @Test
    void resolvedDistributedScenarioReloadsToTheSameScenario() throws Exception {
        LoadedScenario original = ScenarioLoader.load(Path.of("../scenarios/distributed.yaml"));
        Scenario s = original.scenario();
        // The preset really is expanded: cadences and the rights table come from it.
        assertEquals(5.0, s.bodies().get("plc").cadenceDays());
        assertEquals(6, s.bodies().get("plc").itemsPerMeeting());
        assertEquals(List.of("plc"), s.decisionRights().get("instruction").get("team"));
        assertEquals(0.8, s.culture().psychologicalSafety());
        assertTrue(original.resolvedYaml().contains("cadence_days: 5.0"), original.resolvedYaml());

        Path resolved = dir.resolve("resolved.yaml");
        Files.writeString(resolved, original.resolvedYaml());
        LoadedScenario again = ScenarioLoader.load(resolved);
        assertEquals(s, again.scenario());
        assertEquals(original.resolvedYaml(), again.resolvedYaml());
        assertEquals(original.sha256(), again.sha256());
    }

    @Test
    void deciderAboveCapacityIsAWarningNotAnError() throws Exception {
        Path file = write(change("rate_per_day: 0.8", "rate_per_day: 1.2"));
        LoadedScenario loaded = ScenarioLoader.load(file);
        assertEquals(List.of(file + ":17:3: roles.decider: expected load is 1.20 times its deciding hours (with expected "
                        + "escalation): needs there will run out of patience (overload.workaround)"),
                loaded.warnings().stream().map(ScenarioProblem::toString).toList());
    }

    // --- helpers ------------------------------------------------------------------------

    /** BASE with one exact piece of text replaced; the piece must occur exactly once. */
    private static String change(String from, String to) {
        int at = BASE.indexOf(from);
        assertTrue(at >= 0 && BASE.indexOf(from, at + 1) < 0, "must occur once in BASE: " + from);
        return BASE.replace(from, to);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static void assertProblems(Path file, String... expected) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(List.of(expected), e.problems().stream().map(ScenarioProblem::toString).toList());
    }
}
