package leadsim.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of strings whose numeric columns are right-aligned, so digits line up for comparison,
 * and whose names ({@link TableNames}: a school, a desk, a role, a scenario) are never broken
 * inside a name: their cells get {@code class="name"}, which the style sheet keeps on one line,
 * while other text cells may still wrap anywhere so a wide table fits the page. A header cell may
 * put its unit on a line of its own after a line break ({@code "Mean wait\n(days)"}); that line
 * is kept whole.
 *
 * <p>A column counts as numeric when every non-blank cell starts with a number, optionally after
 * a comparison sign ("&lt; 0.001") and followed by anything (a unit, "(1.8 to 2.4)"); cells such
 * as "NaN", "n/a" or a dash are ignored when deciding.
 */
record TableBlock(
    String caption, List<String> header, List<List<String>> rows, TableNames names)
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
    this(caption, header, rows, TableNames.NONE);
  }

  TableBlock {
    header = List.copyOf(header);
    names.check(header.size());
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
      out.append("<th scope=\"col\"").append(classes(numeric[c], names.headers().contains(c)))
          .append('>').append(headerText(header.get(c))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append("<td").append(classes(numeric[c], names.columns().contains(c))).append('>')
            .append(Html.escape(row.get(c))).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table></div>\n");
  }

  /** The class attribute of a cell: " class=\"num name\"", " class=\"num\"", ..., or nothing. */
  private static String classes(boolean numeric, boolean name) {
    if (numeric && name) {
      return " class=\"num name\"";
    }
    return numeric ? " class=\"num\"" : name ? " class=\"name\"" : "";
  }

  /** A header's text, each line after the first (its unit) on a line of its own, kept whole. */
  private static String headerText(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(Html.escape(lines[0]));
    for (int i = 1; i < lines.length; i++) {
      out.append("<br><span class=\"unit\">").append(Html.escape(lines[i])).append("</span>");
    }
    return out.toString();
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
