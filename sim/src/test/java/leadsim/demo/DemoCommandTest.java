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
        assertTrue(out.toString().contains("hierarchical-day3.png"), out.toString());
        assertTrue(Files.exists(dir.resolve("distributed-day3.png")));
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
}
