package leadsim.cli;

import static leadsim.cli.CliTest.leadsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import leadsim.scenario.RunSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of hostile scenario files (src/test/resources/hostile/, each the valid base with one
 * thing wrong) fed to {@code leadsim validate} as a user would: every file gets its exact
 * message, one line per problem, exit code 2, nothing on standard output, no stack trace and
 * no name of a library class; {@code run} on a refused file writes nothing at all.
 */
class HostileInputTest {
    private static final String DIR = "src/test/resources/hostile/";
    private static final String TOP_LEVEL_KEYS = "advisory, arrivals, bodies, culture, decision_rights, description, escalation, "
            + "events, garbage_can, horizon, innovation, learning, name, network, office, overload, people, preset, quality, "
            + "reform, roles, routing, schools, seed, service, student_growth, students, workload_multiplier";
    private static final String TEXT = "a scenario is YAML text in UTF-8 (or UTF-16 with a byte-order mark)";

    @TempDir
    Path tmp;


    static Stream<Arguments> corpus() {
        String limit = RunSize.bytes(RunSize.memoryLimit());
        return Stream.of(
                refused("empty.yaml", ": file is empty; a scenario needs at least a `preset:` or `roles:`"),
                refused("only-comments.yaml", ": file is empty (only comments); a scenario needs at least a `preset:` or `roles:`"),
                refused("top-level-list.yaml", ":1:1: a scenario must be a map of keys (name:, preset:, roles:, ...), not a list"),
                refused("top-level-text.yaml", ":1:1: a scenario must be a map of keys (name:, preset:, roles:, ...), not a single value"),
                refused("deeply-nested.yaml", ":1:70: name" + "[0]".repeat(63) + ": nested more than 64 levels deep; a scenario needs a handful"),
                refused("huge-number.yaml", ":4:11: students: expected a whole number from -2147483648 to 2147483647, got 99999999999999999999"),
                refused("very-long-number.yaml", ":4:11: students: expected a whole number, got a number of 2000 characters, too long to be read as one"),
                refused("duplicate-keys.yaml", ":5:1: students: duplicate key `students`; each key may appear only once in a map"),
                refused("tabs.yaml", ":6:1: not valid YAML: a tab character where YAML expects indentation or a value; YAML indents with spaces only"),
                refused("unclosed-list.yaml", ":13:1: not valid YAML: expected ',' or ']', but got <stream end> "
                        + "(while parsing a flow sequence that starts at line 12, column 10)"),
                refused("two-documents.yaml", ":14:1: the file holds more than one YAML document (a second `---`); a scenario file holds one"),
                refused("wrong-types.yaml",
                        ":2:17: horizon.days: expected a number, got text",
                        ":2:23: horizon.warmup_days: expected a number, got a list",
                        ":4:11: students: expected a whole number, got 12.5",
                        ":6:20: roles.teacher.count: expected a whole number, got text",
                        ":6:39: roles.teacher.capacity_hours: expected a number, got a map"),
                refused("unknown-keys.yaml",
                        ":2:1: colour: unknown key `colour`; allowed here: " + TOP_LEVEL_KEYS,
                        ":14:87: arrivals[0].mix[0].urgency: unknown key `urgency`; allowed here: deadline_days, domain, scope, size, weight",
                        ":10:3: decision_rights.lunch: unknown domain `lunch`; allowed: instruction, assessment, student_support, scheduling, resources, policy"),
                refused("several-problems.yaml",
                        ":2:1: horizn: unknown key `horizn`; allowed here: " + TOP_LEVEL_KEYS,
                        ":7:20: roles.teacher.count: expected a whole number, got text",
                        ":7:73: roles.teacher.expertise.mean: must be a probability in [0,1] (got 1.5)",
                        ":12:5: arrivals[0].rate_per_day: must be >= 0 needs per day (got -0.05)"),
                refused("binary.yaml", ": not a text file: it contains a NUL byte (at byte 8), as binary files and UTF-16 "
                        + "without a byte-order mark do; " + TEXT),
                refused("utf16-no-bom.yaml", ": not a text file: it contains a NUL byte (at byte 1), as binary files and UTF-16 "
                        + "without a byte-order mark do; " + TEXT),
                refused("latin-1.yaml", ": not UTF-8 text: byte 9 (0xE9, line 1, column 10) is not valid UTF-8; save the file as UTF-8 text"),
                refused("control-character.yaml", ": not a text file: control character U+0007 at line 1, column 11; " + TEXT),
                refused("nan.yaml", ":6:77: roles.teacher.expertise.mean: `.nan` (not a number) is valid YAML but not a value "
                        + "a scenario can use; give a finite number"),
                refused("inf.yaml", ":2:17: horizon.days: `.inf` (infinity) is valid YAML but not a value a scenario can use; "
                        + "give a finite number"),
                refused("unknown-alias.yaml", ":6:70: roles.teacher.expertise: alias *even names no anchor (&even) on a map or list "
                        + "earlier in the file; anchors may mark maps and lists (not single values) and must come before their aliases"),
                refused("merge-of-text.yaml", ":6:17: roles.teacher.<<: a merge key (<<) takes a map or a list of maps, usually "
                        + "aliases such as *base; got a single value"),
                refused("anchor-problem.yaml",
                        ":12:7: roles.teacher.expertise.mean: must be a probability in [0,1] (got 1.5)",
                        ":12:7: roles.coach.expertise.mean: must be a probability in [0,1] (got 1.5)"),
                refused("billion-laughs.yaml", ":7:12: f[1]: aliases expand to more than 200000 values; a scenario needs a few "
                        + "hundred (is an alias nested in its own expansion many times?)"),
                refused("name-escapes.yaml", ":1:1: name: `../../escaped` cannot be used as a name; allowed: letters, digits, '.', "
                        + "'_' and '-', starting with a letter or digit, at most 100 characters (the name is used as a directory name)"),
                refused("escape-sequence.yaml", ":1:1: name: `\\u001B[2Jhostile` cannot be used as a name; allowed: letters, "
                        + "digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters (the name is used "
                        + "as a directory name)"),
                refused("key-not-text.yaml", ":13:4: a key that is not plain text (a list, a map or an alias); scenario keys are names"),
                refused("huge-students.yaml",
                        ": about 10,000,000,000 needs expected in one replicate (100,000,000 a day for 100 days), "
                                + "more than the limit of 50,000,000 (about a minute of work); lower students, rate_per_day or horizon.days",
                        ": one replicate would need about 1,557.2 GB of memory (2,000,000,010 people, 10,000,000,000 needs, 100 days), "
                                + "more than the limit of " + limit + " (half of this Java's maximum heap; raise it with "
                                + "LEADSIM_JAVA_OPTS=-Xmx...)"),
                refused("absurd-rate.yaml",
                        ": about 1.0e+16 needs expected in one replicate (100,000,000,000,000 a day for 100 days), "
                                + "more than the limit of 50,000,000 (about a minute of work); lower students, rate_per_day or horizon.days",
                        ": one replicate would need about 1.5e+09 GB of memory (110 people, 1.0e+16 needs, 100 days), "
                                + "more than the limit of " + limit + " (half of this Java's maximum heap; raise it with "
                                + "LEADSIM_JAVA_OPTS=-Xmx...)"),
                refused("huge-horizon.yaml",
                        ": about 5,000,000,000,000 needs expected in one replicate (5 a day for 1,000,000,000,000 days), "
                                + "more than the limit of 50,000,000 (about a minute of work); lower students, rate_per_day or horizon.days",
                        ": one replicate would need about 1.1e+06 GB of memory (110 people, 5,000,000,000,000 needs, "
                                + "1,000,000,000,000 days), more than the limit of " + limit + " (half of this Java's maximum heap; "
                                + "raise it with LEADSIM_JAVA_OPTS=-Xmx...)"));
    }

    private static Arguments refused(String file, String... problems) {
        return Arguments.of(file, Arrays.stream(problems).map(p -> "error: " + DIR + file + p).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileGetsItsExactMessageAndExitCode2(String file, List<String> expected) {
        CliTest.Result result = leadsim("validate", DIR + file);
        assertEquals(2, result.code(), result.err());
        assertEquals(expected, result.err().lines().toList());
        assertEquals("", result.out());
        assertNoInternals(result.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void runOnAHostileFileWritesNothing(String file, List<String> expected) {
        Path out = tmp.resolve("out");
        CliTest.Result result = leadsim("run", DIR + file, "--replicates", "1", "--threads", "1", "--out", out.toString());
        assertEquals(2, result.code(), result.err());
        assertEquals(expected, result.err().lines().toList());
        assertFalse(Files.exists(out), "run must refuse before creating " + out);
    }

    @Test
    void aNameThatWouldEscapeResultsCreatesNoDirectory() {
        // Without --out the name would form results/<name>/...: ../../escaped climbs out of it.
        CliTest.Result result = leadsim("run", DIR + "name-escapes.yaml", "--replicates", "1", "--threads", "1");
        assertEquals(2, result.code(), result.err());
        assertFalse(Files.exists(Path.of("../escaped")));
        assertFalse(Files.exists(Path.of("results/../../escaped")));
    }

    @Test
    void validatePrintsTheSizeOfAReplicateAndTheLimits() {
        CliTest.Result result = leadsim("validate", DIR + "valid.yaml");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("one replicate: 110 people (100 students, 10 staff), 500 needs expected over "
                + "100 days, about 16 MB of memory\n"), result.out());
        assertTrue(result.out().contains("limits per replicate: 50,000,000 needs, " + RunSize.bytes(RunSize.memoryLimit())
                + " of memory (half of this Java's maximum heap)\n"), result.out());
    }

    private static void assertNoInternals(String err) {
        for (String internal : List.of("Exception", "\tat ", "com.fasterxml", "jackson", "snakeyaml", "StreamReadConstraints",
                "java.", "Input length")) {
            assertFalse(err.contains(internal), "leaks `" + internal + "`: " + err);
        }
    }
}
