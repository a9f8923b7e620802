package leadsim.demo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import leadsim.cli.Main;
import picocli.CommandLine;

/**
 * Lessons exported once per test run by {@code leadsim demo LESSON --export}, shared by the
 * tests that check their numbers and the ones that open them in a browser (an export plays
 * every branch of the lesson: seconds, not worth doing twice).
 */
final class ExportedLessons {
    private static final Map<String, Path> MADE = new HashMap<>();
    private static final Map<String, String> SAID = new HashMap<>();

    private ExportedLessons() {}

    /** The HTML file of {@code lesson} (e.g. lessons/champion-leaves.yaml). */
    static synchronized Path of(String lesson) throws Exception {
        Path made = MADE.get(lesson);
        if (made != null) {
            return made;
        }
        Path dir = Files.createTempDirectory("leadsim-export");
        dir.toFile().deleteOnExit();
        Path file = dir.resolve(Path.of(lesson).getFileName().toString().replace(".yaml", ".html"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("demo", WebTesting.scenario(lesson).toString(), "--export", file.toString()), err.toString());
        file.toFile().deleteOnExit();
        MADE.put(lesson, file);
        SAID.put(lesson, out.toString());
        return file;
    }

    /** What the command printed. */
    static synchronized String said(String lesson) throws Exception {
        of(lesson);
        return SAID.get(lesson);
    }
}
