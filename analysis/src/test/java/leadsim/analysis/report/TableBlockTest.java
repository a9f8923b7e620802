package leadsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableBlockTest {

  @Test
  void numericColumnsAreDetectedDespiteUnitsIntervalsAndGaps() {
    TableBlock table = new TableBlock(null,
        List.of("scenario", "mean", "95% CI", "p", "rank"),
        List.of(
            List.of("hierarchical", "2.1 days", "1.8 to 2.4", "< 0.001", "1st"),
            List.of("distributed", "\u22120.35", "-0.5 to -0.2", "0.21", "2nd"),
            List.of("mixed", "NaN", "\u2014", "1e-4", "3rd")));
    assertArrayEquals(new boolean[] {false, true, true, true, false}, table.numericColumns());
  }

  @Test
  void numbersGluedToLettersAreWords() {
    assertFalse(TableBlock.isNumber("3rd"));
    assertFalse(TableBlock.isNumber("12abc"));
    assertFalse(TableBlock.isNumber("2e"));
    assertTrue(TableBlock.isNumber("1.5e3"));
    assertTrue(TableBlock.isNumber("12%"));
    assertTrue(TableBlock.isNumber("1,234"));
    assertTrue(TableBlock.isNumber(".5"));
  }

  @Test
  void aColumnOfOnlyGapsIsNotNumeric() {
    TableBlock table = new TableBlock(null, List.of("x"), List.of(List.of("n/a"), List.of("")));
    assertArrayEquals(new boolean[] {false}, table.numericColumns());
  }

  @Test
  void numericCellsAreRightAlignedAndTextIsEscaped() {
    TableBlock table = new TableBlock("Results", List.of("name", "value"),
        List.of(List.of("<b>bold</b>", "3.5")));
    StringBuilder html = new StringBuilder();
    table.render(html, Path.of("."));
    String out = html.toString();
    assertTrue(out.contains("<td class=\"num\">3.5</td>"), out);
    assertTrue(out.contains("<th scope=\"col\" class=\"num\">value</th>"), out);
    assertTrue(out.contains("<td>&lt;b&gt;bold&lt;/b&gt;</td>"), out);
    assertTrue(out.contains("<caption>Results</caption>"), out);
  }

  @Test
  void nameCellsAreMarkedSoTheyAreNeverBroken() {
    TableBlock table = new TableBlock(null, List.of("School", "Note", "Rank"),
        List.of(List.of("school#103", "a long note that may wrap", "1")), TableNames.columns(0));
    StringBuilder html = new StringBuilder();
    table.render(html, Path.of("."));
    String out = html.toString();
    assertTrue(out.contains("<td class=\"name\">school#103</td><td>a long note"), out);
    assertTrue(out.contains("<td class=\"num\">1</td>"), out);
    assertTrue(out.contains("<th scope=\"col\">School</th>"), "a column of names has a word as header: " + out);
    assertTrue(ReportCss.CSS.contains("td.name, th.name { white-space: nowrap;"),
        "the style sheet keeps names whole");
    assertThrows(IllegalArgumentException.class,
        () -> new TableBlock(null, List.of("a"), List.of(List.of("x")), TableNames.columns(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new TableBlock(null, List.of("a"), List.of(List.of("x")), TableNames.NONE.headers(1)));
  }

  @Test
  void headerNamesAreMarkedAndAUnitHasALineOfItsOwn() {
    TableBlock table = new TableBlock(null,
        List.of("Measure", "champion-leaves-hierarchical\nmean (95% CI)", "Mean wait\n(days)"),
        List.of(List.of("wait", "1.2 (1.1 to 1.3)", "0.9")), TableNames.NONE.headerSpan(1, 1));
    StringBuilder html = new StringBuilder();
    table.render(html, Path.of("."));
    String out = html.toString();
    assertTrue(out.contains("<th scope=\"col\" class=\"num name\">champion-leaves-hierarchical<br>"
        + "<span class=\"unit\">mean (95% CI)</span></th>"), out);
    assertTrue(out.contains("<th scope=\"col\" class=\"num\">Mean wait<br><span class=\"unit\">(days)</span></th>"),
        out);
    assertTrue(out.contains("<td class=\"num\">1.2 (1.1 to 1.3)</td>"), "a header name marks no body cell: " + out);
    assertTrue(ReportCss.CSS.contains("th .unit { white-space: nowrap; }"), "the unit's line is kept whole");
  }

  @Test
  void raggedRowsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new TableBlock(null, List.of("a", "b"), List.of(List.of("1"))));
  }
}
