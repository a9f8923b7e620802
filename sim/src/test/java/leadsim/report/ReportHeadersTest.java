package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No header of the report's tables takes more than {@link #MOST_LINES} lines at 1280 px, and the page
 * still fits. Headless Chromium lays out the reports of {@link LongNameReports} (the district of 160
 * schools with long names and the comparison of the two champion-leaves scenarios) and {@link
 * PageProbe} counts the lines of every table header (the distinct tops of its text's client
 * rectangles). Three lines are two of words and one for the unit ("Mean wait" over "(days)"). Before
 * the schools table had short heads, its number columns were headed by the catalogue's labels and
 * "Time to decision counting every need, mean up to one school year (days)" took ten lines.
 */
class ReportHeadersTest {
    static final int MOST_LINES = 3;

    @Test
    void noHeaderOfTheDistrictReportTakesMoreThanThreeLines() throws Exception {
        check(LongNameReports.district(), "district report", "long-names.png");
    }

    @Test
    void noHeaderOfAComparisonOfLongNamesTakesMoreThanThreeLines() throws Exception {
        check(LongNameReports.comparison(), "comparison report", "long-names-compared.png");
    }

    private static void check(Path out, String what, String screenshot) throws Exception {
        PageProbe page = PageProbe.measure(out, null, "School by school", DistrictReportTest.KEPT.resolve(screenshot));
        assertEquals(List.of(), page.over("heads", MOST_LINES), "table headers over " + MOST_LINES + " lines at "
                + PageProbe.WINDOW + " px in the " + what);
        assertTrue(page.count("heads") >= 20, "table headers measured in the " + what + ": " + page.count("heads"));
        page.assertFits("the " + what);
    }
}
