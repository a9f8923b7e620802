package leadsim.analysis.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of strings whose numeric columns are right-aligned, so digits line up for comparison,
 * and whose text goes on a new line only where a reader would break it: at a space or after a
 * hyphen, never inside a word or a number ("implementatio" above "n"). Names ({@link TableNames}:
 * a school, a desk, a role, a scenario) get {@code class="name"}: in a row a name keeps to one
 * line, heading a column {@code champion-leaves-hierarchical} may go on two at its hyphens. Only a
 * long token that is not a word ({@link #TOKEN}: a path, a hash, a time stamp) outside a name is
 * put in a {@code <span class="token">}, which may break anywhere, so that a table of them still
 * fits the page. A header cell may put its unit on a line of its own after a line break ({@code
 * "Mean wait\n(days)"}); that line is kept whole.
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
  /**
   * A token that may break anywhere: a run of at least 20 characters without a space that is not
   * words joined by hyphens ({@code ../scenarios/distributed.yaml}, a SHA-256, {@code
   * 2026-12-06T04:10:55Z}, {@code culture.psychological_safety}), but not {@code
   * champion-leaves-hierarchical} or {@code cabrillo-high-school#17}, which break at their hyphens,
   * nor a shorter word.
   */
  static final Pattern TOKEN = Pattern.compile("[^ \t\n]{20,}+");
  private static final Pattern HYPHENATED_WORDS =
      Pattern.compile("[(\\[\"']?+[\\p{L}\\p{N}#]++(?:-[\\p{L}\\p{N}#]++)++[)\\]\"'.,;:!?]*+");
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
      out.append("<caption>").append(text(caption)).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      boolean name = names.headers().contains(c);
      out.append("<th scope=\"col\"").append(classes(numeric[c], name)).append('>')
          .append(headerText(header.get(c), name)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        boolean name = names.columns().contains(c);
        out.append("<td").append(classes(numeric[c], name)).append('>')
            .append(name ? Html.escape(row.get(c)) : text(row.get(c))).append("</td>");
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

  /**
   * A header's text, each line after the first (its unit) on a line of its own, kept whole; a name
   * as it is.
   */
  private static String headerText(String header, boolean name) {
    String[] lines = header.split("\n", -1);
    StringBuilder out = new StringBuilder(name ? Html.escape(lines[0]) : text(lines[0]));
    for (int i = 1; i < lines.length; i++) {
      out.append("<br><span class=\"unit\">").append(Html.escape(lines[i])).append("</span>");
    }
    return out.toString();
  }

  /** Text for the page, escaped, each long token that is not a word in a span of class token. */
  static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (m.find()) {
      if (HYPHENATED_WORDS.matcher(m.group()).matches()) {
        continue;
      }
      out.append(Html.escape(text.substring(at, m.start()))).append("<span class=\"token\">")
          .append(Html.escape(m.group())).append("</span>");
      at = m.end();
    }
    return out.append(Html.escape(text.substring(at))).toString();
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
