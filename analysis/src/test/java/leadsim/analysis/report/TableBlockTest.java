package leadsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void nameCellsAreMarkedAsNames() {
    TableBlock table = new TableBlock(null, List.of("School", "Note", "Rank"),
        List.of(List.of("school#103", "a long note that may wrap", "1")), TableNames.columns(0));
    StringBuilder html = new StringBuilder();
    table.render(html, Path.of("."));
    String out = html.toString();
    assertTrue(out.contains("<td class=\"name\">school#103</td><td>a long note"), out);
    assertTrue(out.contains("<td class=\"num\">1</td>"), out);
    assertTrue(out.contains("<th scope=\"col\">School</th>"), "a column of names has a word as header: " + out);
    assertTrue(ReportCss.CSS.contains("td.name { white-space: nowrap; }"), "a name in a row keeps to one line");
    assertFalse(ReportCss.CSS.contains("th.name"),
        "a name heading a column may go on two lines at its hyphens (champion-leaves- / hierarchical)");
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
  void onlyLongTokensThatAreNotWordsMayBreakAnywhere() {
    assertEquals("at <span class=\"token\">../scenarios/champion-leaves-hierarchical.yaml</span> (1)",
        TableBlock.text("at ../scenarios/champion-leaves-hierarchical.yaml (1)"));
    String sha = "5019592d4795602d0ab6a1e2c207893062807e2afe1dc66c0471817d3fb590f1";
    assertEquals("<span class=\"token\">" + sha + "</span>", TableBlock.text(sha));
    assertEquals("<span class=\"token\">culture.psychological_safety,</span> bodies.plc",
        TableBlock.text("culture.psychological_safety, bodies.plc"));
    for (String words : List.of("Reform implementation at the end (0 to 1)", "not significant",
        "champion-leaves-distributed minus champion-leaves-hierarchical (pp: points)",
        "(cabrillo-high-school#17),", "in tables/points.csv", "0.127% (0.0885% to 0.166%)")) {
      assertEquals(words, TableBlock.text(words), "words break where a reader would");
    }
    assertEquals("a &lt; <span class=\"token\">&lt;b&gt;bbbbbbbbbbbbbbbbbbbbbbbbb</span>",
        TableBlock.text("a < <b>bbbbbbbbbbbbbbbbbbbbbbbbb"), "escaped");

    TableBlock table = new TableBlock("Files in tables/a-very-long-file-name.csv", List.of("Item", sha),
        List.of(List.of(sha, "note"), List.of("Spec", "a/b/c/d/e/f/g/h/i/j/k/l")), TableNames.columns(0));
    StringBuilder html = new StringBuilder();
    table.render(html, Path.of("."));
    String out = html.toString();
    assertTrue(out.contains("<caption>Files in <span class=\"token\">tables/a-very-long-file-name.csv</span>"
        + "</caption>"), out);
    assertTrue(out.contains("<th scope=\"col\"><span class=\"token\">" + sha + "</span></th>"), out);
    assertTrue(out.contains("<td class=\"name\">" + sha + "</td>"), "a name is never a token: " + out);
    assertTrue(out.contains("<td><span class=\"token\">a/b/c/d/e/f/g/h/i/j/k/l</span></td>"), out);
    assertTrue(ReportCss.CSS.contains("table .token { overflow-wrap: anywhere; }"), "a token may break anywhere");
    assertEquals(1, ReportCss.CSS.split("overflow-wrap: anywhere", -1).length - 1, "nothing else may: " + ReportCss.CSS);
  }

  @Test
  void raggedRowsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new TableBlock(null, List.of("a", "b"), List.of(List.of("1"))));
  }
}
