package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quote of a sweep report is what the quoted command prints: the sweep of
 * {@code scenarios/sweeps/safety-by-cadence.yaml} as shipped, then its report, holds the quoted
 * sentences word for word, and the replicates the README names are the spec's.
 */
class ReadmeQuoteTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SPEC = Path.of("..", "scenarios", "sweeps", "safety-by-cadence.yaml");

    @TempDir
    Path work;

    @Test
    void theSafetyByCadenceQuoteIsWhatTheSweepReports() throws IOException {
        String readme = Files.readString(README).replaceAll("\\s+", " ");
        Matcher quote = Pattern.compile("safety-by-cadence\\.yaml` \\((\\d+) replicates[^\"]*\"(How much days between PLC"
                + " meetings[^\"]*)\"").matcher(readme);
        assertTrue(quote.find(), "the README quotes the safety-by-cadence sweep");
        Matcher replicates = Pattern.compile("(?m)^replicates:\\s*(\\d+)").matcher(Files.readString(SPEC));
        assertTrue(replicates.find(), "the spec names its replicates");
        assertEquals(replicates.group(1), quote.group(1), "the README names the spec's replicates");

        Path dir = work.resolve("safety-by-cadence");
        ReportCommandTest.Outcome sweep = ReportCommandTest.leadsim("sweep", SPEC.toString(), "--threads", "2",
                "--quiet", "--out", dir.toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        ReportCommandTest.Outcome report = ReportCommandTest.leadsim("report", dir.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(dir.resolve("report.html")).replaceAll("\\s+", " ");
        assertTrue(html.contains(quote.group(2)), "the report says, word for word:\n" + quote.group(2) + "\nbut it says:\n"
                + sentence(html));
    }

    private static String sentence(String html) {
        int at = html.indexOf("How much days between PLC meetings");
        return at < 0 ? "(no such sentence)" : html.substring(at, Math.min(html.length(), at + 600));
    }
}
