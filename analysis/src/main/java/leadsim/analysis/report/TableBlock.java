package leadsim.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of strings whose numeric columns are right-aligned, so digits line up for comparison,
 * and whose name columns (a school, a desk, a role, a person: {@code nameColumns}) are never
 * broken inside a name: their cells get {@code class="name"}, which the style sheet keeps on one
 * line, while other text cells may still wrap anywhere so a wide table fits the page.
 *
 * <p>A column counts as numeric when every non-blank cell starts with a number, optionally after
 * a comparison sign ("&lt; 0.001") and followed by anything (a unit, "(1.8 to 2.4)"); cells such
 * as "NaN", "n/a" or a dash are ignored when deciding.
 */
record TableBlock(
    String caption, List<String> header, List<List<String>> rows, Set<Integer> nameColumns)
    implements Block {

  /** A number at the start of the cell, not glued to letters ("3rd" is a word, "3 days" a value). */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "^[<>\u2264\u2265~\u2248]?[\\s\u00a0]*[+\\-\u2212]?"
              + "(\\d[\\d,]*+(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][+-]?\\d++)?+(?!\\p{L}).*",
          Pattern.DOTALL);
  private static final List<String> NOT_A_VALUE =
      List.of("", "nan", "n/a", "na", "-", "\u2013", "\u2014", "inf", "-inf", "\u221e");

  TableBlock(String caption, List<String> header, List<List<String>> rows) {
    this(caption, header, rows, Set.of());
  }

  TableBlock {
    header = List.copyOf(header);
    nameColumns = Set.copyOf(nameColumns);
    for (int c : nameColumns) {
      if (c < 0 || c >= header.size()) {
        throw new IllegalArgumentException(
            "name column " + c + " is not one of the header's " + header.size() + " columns");
      }
    }
    List<List<String>> copied = new ArrayList<>();
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "table row has " + row.size() + " cells but the header has " + header.size() + ": "
                + row);
      }
      copied.add(List.copyOf(row));
    }
    rows = List.copyOf(copied);
  }

  @Override
  public void render(StringBuilder out, Path reportDir) {
    boolean[] numeric = numericColumns();
    out.append("<div class=\"table-wrap\"><table>\n");
    if (caption != null && !caption.isBlank()) {
      out.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      out.append(numeric[c] ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
          .append(Html.escape(header.get(c))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append(cellTag(numeric[c], nameColumns.contains(c))).append(Html.escape(row.get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  private static String cellTag(boolean numeric, boolean name) {
    if (numeric && name) {
      return "<td class=\"num name\">";
    }
    return numeric ? "<td class=\"num\">" : name ? "<td class=\"name\">" : "<td>";
  }

  /** Which columns to right-align. */
  boolean[] numericColumns() {
    boolean[] numeric = new boolean[header.size()];
    for (int c = 0; c < header.size(); c++) {
      boolean sawNumber = false;
      boolean allNumbers = true;
      for (List<String> row : rows) {
        String cell = row.get(c) == null ? "" : row.get(c).strip();
        if (NOT_A_VALUE.contains(cell.toLowerCase(java.util.Locale.ROOT))) {
          continue;
        }
        if (isNumber(cell)) {
          sawNumber = true;
        } else {
          allNumbers = false;
          break;
        }
      }
      numeric[c] = sawNumber && allNumbers;
    }
    return numeric;
  }

  static boolean isNumber(String cell) {
    return NUMERIC.matcher(cell).matches();
  }
}
