package leadsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenario written in the forms YAML and editors allow (a byte-order mark, UTF-16,
 * anchors, aliases and merge keys) reads as the same scenario, to the byte of its resolved
 * YAML. The hostile forms are in {@code leadsim.cli.HostileInputTest}.
 */
class ScenarioFileFormsTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    @Test
    void byteOrderMarksAndUtf16ReadAsTheUtf8File() throws Exception {
        LoadedScenario plain = ScenarioLoader.load(CORPUS.resolve("valid.yaml"));
        for (String form : List.of("utf8-bom.yaml", "utf16-bom.yaml", "utf16-be-bom.yaml")) {
            LoadedScenario other = ScenarioLoader.load(CORPUS.resolve(form));
            assertEquals(plain.scenario(), other.scenario(), form);
            assertEquals(plain.sha256(), other.sha256(), form);
        }
    }

    @Test
    void anchorsAliasesAndMergeKeysReadAsTheSpelledOutFile() throws Exception {
        LoadedScenario plain = ScenarioLoader.load(CORPUS.resolve("valid.yaml"));
        LoadedScenario shared = ScenarioLoader.load(CORPUS.resolve("anchors.yaml"));
        assertEquals(plain.resolvedYaml(), shared.resolvedYaml());
    }

    @Test
    void explicitKeysWinOverMergedOnesAndTheEarlierMergeWins() throws Exception {
        Path file = write("shared.yaml", """
                name: shared
                horizon: {days: 100, warmup_days: 10}
                students: 100
                roles:
                  teacher: &t {count: 10, team_size: 5, capacity_hours: 1.0, expertise: &e {mean: 0.5, sd: 0}}
                  coach:
                    <<: [*t, {capacity_hours: 9.0, reports_to: teacher}]
                    team_size: ~
                    count: 2
                decision_rights:
                  instruction: {student: teacher}
                arrivals:
                  - from: student
                    rate_per_day: 0.05
                    mix: [{domain: instruction, scope: student, weight: 1, deadline_days: 5, size: 1}]
                """);
        Scenario.Role coach = ScenarioLoader.load(file).scenario().roles().get("coach");
        assertEquals(new Scenario.Role(2, null, null, 1.0, new Scenario.Expertise(0.5, 0.0), "teacher"), coach);
    }

    @Test
    void aFileWithoutANameIsNamedAfterItsStemMadeSafe() throws Exception {
        Path file = write("my school (draft).yaml", Files.readString(CORPUS.resolve("valid.yaml")).replace("name: hostile\n", ""));
        assertEquals("my-school-draft", ScenarioLoader.load(file).scenario().name());
    }

    @Test
    void aDirectoryIsNotAScenario() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
        assertEquals(List.of(dir + ": is a directory, not a scenario file"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
    }

    @Test
    void aFileOverAMegabyteIsRefusedBeforeReading() throws Exception {
        Path file = write("big.yaml", "# " + "x".repeat((int) ScenarioFiles.MAX_BYTES) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
        assertEquals(List.of(file + ": file is 1048579 bytes; a scenario file is at most 1048576 bytes (1 MB), so this is not one"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
    }

    @Test
    void theSizeEstimateCountsPeopleNeedsAndMemory() throws Exception {
        RunSize size = RunSize.of(ScenarioLoader.load(Path.of("../scenarios/distributed.yaml")).scenario());
        assertEquals(600, size.students());
        assertEquals(51, size.staff()); // 40 teachers, 8 teacher leaders, 2 assistant principals, a principal
        // 600 x 0.06 x (0.8 + 0.2 x 3) + 40 x 0.1 + 8 x 0.2 + 2 x 0.3 = 56.6 needs a day, for 180 days
        assertEquals(56.6 * 180, size.needs(), 1e-6);
        assertEquals("651 people (600 students, 51 staff), 10,188 needs expected over 180 days, about 18 MB of memory",
                size.describe());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
