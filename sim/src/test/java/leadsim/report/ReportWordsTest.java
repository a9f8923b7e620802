package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No word of a table is broken over two lines at 1280 px: not a measure ("implementatio" above "n"),
 * not a verdict ("significa" above "nt"), not a number ("0.08" above "28"), in a caption, a head or a
 * cell. Headless Chromium lays out the three reports of {@link LongNameReports} (a district of 160
 * schools with long names, the comparison of the two champion-leaves scenarios, a small sweep) and
 * {@link PageProbe} takes, in every text of every table, each word (a run of letters and digits) and
 * the distinct tops of its characters' client rectangles: one top, one line. Only the long tokens that
 * are not words (a path, a hash, a command line, marked {@code class="token"}) may break anywhere, so
 * that the page still fits. When table cells could break anywhere, the comparison drew "implementatio"
 * above "n" and "significa" above "nt" in its Summary table. Screenshots of each report's top are
 * kept at {@code sim/target/district-reports/*-words.png}.
 */
class ReportWordsTest {

    @Test
    void noWordOfTheDistrictReportIsBroken() throws Exception {
        check(LongNameReports.district(), "district report", "long-names-words.png", 500);
    }

    @Test
    void noWordOfAComparisonIsBroken() throws Exception {
        check(LongNameReports.comparison(), "comparison report", "long-names-compared-words.png", 500);
    }

    @Test
    void noWordOfASweepIsBroken() throws Exception {
        Path out = LongNameReports.sweep();
        PageProbe page = check(out, "sweep report", "safety-by-cadence-words.png", 500);
        assertTrue(page.number("tokens") >= 3, "the manifest's paths and hashes are tokens: "
                + page.number("tokens"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<span class=\"token\">"),
                "a token is marked in its cell");
    }

    private static PageProbe check(Path out, String what, String screenshot, int words) throws Exception {
        PageProbe page = PageProbe.measure(out, null, null, DistrictReportTest.KEPT.resolve(screenshot));
        assertEquals(List.of(), page.splitWords(), "words broken over two lines at " + PageProbe.WINDOW + " px in the "
                + what);
        assertTrue(page.number("words") >= words, "words measured in the " + what + ": " + page.number("words"));
        page.assertFits("the " + what);
        return page;
    }
}
