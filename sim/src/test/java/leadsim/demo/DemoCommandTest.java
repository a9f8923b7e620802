package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import leadsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `leadsim demo` on the command line: snapshots, and clear refusals (exit code 2). */
class DemoCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aSnapshotOfALessonWritesItsPictures() {
        int code = run("demo", Scenarios.file("lessons/side-by-side.yaml").toString(),
                "--snapshot", dir.toString(), "--days", "3", "--colour", "expertise");
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("hierarchical-school-day3.png"), out.toString());
        assertTrue(Files.exists(dir.resolve("distributed-school-day3.png")));
    }

    @Test
    void withoutADisplayTheWindowIsRefusedWithAHint() {
        // the build runs headless: opening the Console must fail politely, not crash
        int code = run("demo", Scenarios.file("hierarchical.yaml").toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--snapshot DIR --days N"), err.toString());
    }

    @Test
    void badOptionsAreInputErrors() {
        assertEquals(2, run("demo", Scenarios.file("hierarchical.yaml").toString(), "--snapshot", dir.toString()));
        assertTrue(err.toString().contains("--snapshot needs --days"), err.toString());
        assertEquals(2, run("demo", Scenarios.file("hierarchical.yaml").toString(), "--days", "3"));
        assertEquals(2, run("demo", Scenarios.file("hierarchical.yaml").toString(), "--colour", "mood",
                "--snapshot", dir.toString(), "--days", "2"));
        assertTrue(err.toString().contains("allowed: queue, expertise, adoption, commitment"), err.toString());
        assertEquals(2, run("demo", "no-such-file.yaml", "--snapshot", dir.toString(), "--days", "2"));
    }

    @Test
    void checkSaysOfEveryClaimWhetherItHolds() throws Exception {
        int code = run("demo", Scenarios.file("lessons/safety-and-escalation.yaml").toString(), "--check");
        assertEquals(0, code, err.toString() + out);
        assertTrue(out.toString().contains("cues[2] (day 35), distributed: `escalations rising over days 16-35` holds"), out.toString());
        assertTrue(out.toString().matches("(?s).*\\n(\\d+) of \\1 claims hold\\s*"), out.toString());

        Files.copy(Scenarios.file("hierarchical.yaml"), dir.resolve("hierarchical.yaml"));
        Path untrue = dir.resolve("untrue.yaml");
        Files.writeString(untrue, """
                scenario: hierarchical.yaml
                days: 10
                cues:
                  - {day: 10, caption: All is calm., expect: {measure: queue_principal, below: 1}}
                """);
        assertEquals(1, run("demo", untrue.toString(), "--check"));
        assertTrue(out.toString().contains("`queue_principal below 1 on day 10` does NOT hold"), out.toString());
        assertTrue(out.toString().contains("0 of 1 claims hold"), out.toString());

        assertEquals(2, run("demo", Scenarios.file("hierarchical.yaml").toString(), "--check"));
        assertTrue(err.toString().contains("--check needs a lesson"), err.toString());
    }
}
