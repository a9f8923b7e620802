package leadsim.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of strings whose numeric columns are right-aligned, so digits line up for comparison.
 *
 * <p>A column counts as numeric when every non-blank cell starts with a number, optionally after
 * a comparison sign ("&lt; 0.001") and followed by anything (a unit, "(1.8 to 2.4)"); cells such
 * as "NaN", "n/a" or a dash are ignored when deciding.
 */
record TableBlock(String caption, List<String> header, List<List<String>> rows) implements Block {

  /** A number at the start of the cell, not glued to letters ("3rd" is a word, "3 days" a value). */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "^[<>\u2264\u2265~\u2248]?[\\s\u00a0]*[+\\-\u2212]?"
              + "(\\d[\\d,]*+(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][+-]?\\d++)?+(?!\\p{L}).*",
          Pattern.DOTALL);
  private static final List<String> NOT_A_VALUE =
      List.of("", "nan", "n/a", "na", "-", "\u2013", "\u2014", "inf", "-inf", "\u221e");

  TableBlock {
    header = List.copyOf(header);
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
        out.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
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
