package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name in a table of the report (a school, a desk, a scenario) is never broken over two lines, and
 * the page still fits a 1280 px window. Headless Chromium lays out the reports of {@link
 * LongNameReports} at 1280 px and {@link PageProbe} counts the lines each name takes (the distinct
 * tops of its text's client rectangles) in every table cell that starts with one: in the district
 * report, every school's name and the scenario's, and the first cell of every row of every table of
 * "School by school" by its place, so a name the code forgot to mark is measured too; in the
 * comparison of the two champion-leaves scenarios, their names (column heads, the survival table's
 * rows). Before names were marked, {@code school#63} was drawn as {@code school#6} above {@code 3},
 * {@code teacher leader} on two lines, {@code long-names} as {@code long-} above {@code names} and
 * {@code champion-leaves-} above {@code hierarchical}. Screenshots are kept at {@code
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
        assertEquals(List.of(), page.over("names", 1), "names broken over two lines at 1280 px");
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
    void noScenarioNameIsBrokenInAComparisonAndThePageFits1280() throws Exception {
        Path out = LongNameReports.comparison();
        PageProbe page = PageProbe.measure(out, PageProbe.anyOf(LongNameReports.SCENARIOS), null,
                DistrictReportTest.KEPT.resolve("long-names-compared.png"));
        assertEquals(List.of(), page.over("names", 1), "scenario names broken over two lines at 1280 px");
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
