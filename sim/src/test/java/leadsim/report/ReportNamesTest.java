package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name in a table of the report (a school, a desk, a scenario) goes on a new line only right after
 * one of its hyphens, and only when it heads a column ({@code champion-leaves-} above {@code
 * hierarchical}, as a reader would break it); in a row it keeps to one line, and it is never cut
 * inside a word or a number ({@code school#6} above {@code 3}); the page still fits a 1280 px window.
 * Headless Chromium lays out the reports of {@link LongNameReports} at 1280 px and {@link PageProbe}
 * finds where each name's characters go on a new line (a change of the top of their client
 * rectangles) in every table cell that starts with one: in the district report, every school's name
 * and the scenario's, and the lines of the first cell of every row of every table of "School by
 * school" by its place, so that a name the code forgot to mark is measured too; in the comparison of
 * the two champion-leaves scenarios, their names (column heads, the survival table's rows). Before
 * names were marked, {@code school#63} was drawn as {@code school#6} above {@code 3} and {@code
 * teacher leader} on two lines in School by school. Screenshots are kept at {@code
 * sim/target/district-reports/long-names.png} (the section) and {@code long-names-compared.png} (the
 * comparison's top).
 */
class ReportNamesTest {

    @Test
    void noSchoolOrDeskNameIsBrokenAndThePageFits1280() throws Exception {
        Path out = LongNameReports.district();
        PageProbe page = PageProbe.measure(out, "cabrillo-high-school#\\d+|school#\\d+|"
                        + PageProbe.anyOf(List.of(LongNameReports.DISTRICT_NAME)),
                "School by school", DistrictReportTest.KEPT.resolve("long-names.png"));
        assertEquals(List.of(), page.over("firstCells", 1), "first cells of School by school broken over lines");
        assertEquals(List.of(), page.namesCutButAfterAHyphen(), "names cut but after a hyphen at 1280 px");
        assertEquals(List.of(), page.inRowsOver("names", 1), "names in rows on two lines at 1280 px");
        assertTrue(page.result().path("names").findValuesAsText("splits").stream().anyMatch(
                n -> n.matches("school#\\d\\d")), "a school#NN measured whole");
        // 12 schools and the gap row, 6 desks, the survival table's row
        assertTrue(page.count("firstCells") >= 12 + 1 + 6 + 1, "first cells measured: " + page.count("firstCells"));
        // the 12 schools of the schools table, the scenario in the survival table and the manifest
        assertTrue(page.count("names") >= 12 + 2, "names measured: " + page.count("names"));
        page.assertFits("the district report");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td class=\"name\">school#"), "the schools' names are marked as names");
        assertTrue(html.contains("<td class=\"name\">teacher leader</td>"), "the desks' names are marked as names");
        assertTrue(html.contains("Reform survival, school by school"), "the survival table is in the section");
    }

    @Test
    void noScenarioNameIsCutButAfterAHyphenInAComparisonAndThePageFits1280() throws Exception {
        Path out = LongNameReports.comparison();
        PageProbe page = PageProbe.measure(out, PageProbe.anyOf(LongNameReports.SCENARIOS), null,
                DistrictReportTest.KEPT.resolve("long-names-compared.png"));
        assertEquals(List.of(), page.namesCutButAfterAHyphen(), "scenario names cut but after a hyphen at 1280 px");
        assertEquals(List.of(), page.inRowsOver("names", 1), "scenario names in rows on two lines at 1280 px");
        // each name heads a column of the paired differences, of each scenario's measures, of the
        // decision rights and the other settings that differ, and of the manifest, and has a row of
        // the survival table
        assertTrue(page.count("names") >= 2 * 6, "names measured: " + page.count("names"));
        page.assertFits("the comparison report");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td class=\"name\">" + LongNameReports.SCENARIOS.get(0) + "</td>"),
                "a scenario's name in a cell is marked as a name");
        assertTrue(html.contains("class=\"num name\">" + LongNameReports.SCENARIOS.get(1) + "<br>"),
                "a scenario's name heading a column is marked as a name");
    }
}
