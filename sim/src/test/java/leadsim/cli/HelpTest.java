package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, the commands found from picocli's own tree so a new command
 * is checked without editing this test: it renders without a picocli warning, its summary is a
 * whole sentence shown whole in {@code leadsim --help}, its description is whole sentences,
 * and no word, file name or path is broken across lines ("runs. csv").
 */
class HelpTest {
    /** A line ending inside a token (after '.', '-' or '/' that follows a letter or digit)... */
    private static final Pattern ENDS_INSIDE_TOKEN = Pattern.compile(".*[\\p{Alnum}][.\\-/]$");
    /** ...continued by a lowercase letter or digit on the next line is a broken word. */
    private static final Pattern CONTINUES_TOKEN = Pattern.compile("^\\s*[\\p{Ll}\\p{N}].*");

    @Test
    void everyCommandsHelpIsWhole() {
        String rootHelp = help(List.of("--help"));
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(), commands);
        assertTrue(commands.size() >= 10, "commands found: " + commands.size());
        for (CommandLine command : commands) {
            List<String> path = new ArrayList<>();
            for (CommandLine c = command; c.getParent() != null; c = c.getParent()) {
                path.add(0, c.getCommandName());
            }
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            String text = help(args);
            String name = String.join(" ", path);
            assertWhole(name.isEmpty() ? "leadsim" : name, text);
            if (command.getParent() == null || command.getCommandName().equals("help")) {
                continue; // the root's summary is its title; picocli's own help command is its text
            }
            String[] description = command.getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, name + " has no description");
            for (String sentence : description) {
                assertTrue(sentence.endsWith("."), name + ": description cut mid-sentence: " + sentence);
            }
            String summary = String.format(description[0]);
            Pattern row = Pattern.compile("^\\s+" + Pattern.quote(command.getCommandName()) + "\\s+" + Pattern.quote(summary) + "$",
                    Pattern.MULTILINE);
            assertTrue(row.matcher(rootHelp).find(), name + ": summary not shown whole in leadsim --help: " + summary
                    + "\n" + rootHelp);
        }
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }

    /** The help as users see it; fails if anything reaches stderr, picocli's warnings included. */
    private static String help(List<String> args) {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            code = cli.execute(args.toArray(String[]::new));
        } finally {
            System.setErr(systemErr);
        }
        assertEquals(0, code, args + ": " + err);
        assertEquals("", err.toString(), args + " wrote to stderr");
        assertEquals("", warnings.toString(StandardCharsets.UTF_8), args + " made picocli warn");
        return out.toString();
    }

    /**
     * Whether {@code next} continues {@code line}'s text: in the description both start at
     * column 0; in the command and option lists a new row starts within 6 columns and a
     * continuation is indented under the text column.
     */
    private static boolean continues(String line, String next) {
        int indent = indent(next);
        return indent == 0 ? indent(line) == 0 : indent > 6;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static void assertWhole(String name, String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(line.length() <= 80, name + ": line over 80 columns: " + line);
            assertTrue(!line.contains("%n") && !line.contains("${"), name + ": unformatted text: " + line);
            if (i + 1 < lines.size() && ENDS_INSIDE_TOKEN.matcher(line).matches()
                    && continues(line, lines.get(i + 1)) && CONTINUES_TOKEN.matcher(lines.get(i + 1)).matches()) {
                throw new AssertionError(name + ": a word is broken across lines:\n" + line + "\n" + lines.get(i + 1)
                        + "\n\n" + text);
            }
        }
    }
}
