package leadsim.analysis.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which cells of a table hold names: a school, a desk, a role, a person, a scenario. Their cells
 * get {@code class="name"}: a name in a row keeps to one line ({@code school#103}, {@code teacher
 * leader}); a name heading a column may go on a new line at a space or after a hyphen ({@code
 * champion-leaves-} above {@code hierarchical}), so that it leaves room for the other columns, but
 * like all text of a table never inside a word or a number. A long name is never taken for a
 * token that may break anywhere (a path, a hash: see {@link TableBlock#TOKEN}).
 *
 * @param columns the columns (0 the first) whose body cells are names, such as the schools of a
 *     table with a row per school
 * @param headers the columns whose header cell is a name, such as a table with a column per
 *     scenario; a header may add its unit on a line of its own ("distributed\nmean (95% CI)")
 */
public record TableNames(Set<Integer> columns, Set<Integer> headers) {

  /** A table without names. */
  public static final TableNames NONE = new TableNames(Set.of(), Set.of());

  public TableNames {
    columns = Set.copyOf(columns);
    headers = Set.copyOf(headers);
  }

  /** The body cells of these columns are names. */
  public static TableNames columns(Integer... columns) {
    return new TableNames(Set.of(columns), Set.of());
  }

  /** The body cells of {@code count} columns from {@code first} on are names. */
  public static TableNames columnSpan(int first, int count) {
    return NONE.with(first, count, false);
  }

  /** These names, and the header cells of these columns too. */
  public TableNames headers(Integer... more) {
    Set<Integer> all = new HashSet<>(headers);
    all.addAll(List.of(more));
    return new TableNames(columns, all);
  }

  /** These names, and the header cells of {@code count} columns from {@code first} on too. */
  public TableNames headerSpan(int first, int count) {
    return with(first, count, true);
  }

  private TableNames with(int first, int count, boolean header) {
    Set<Integer> span = new HashSet<>(header ? headers : columns);
    for (int c = first; c < first + count; c++) {
      span.add(c);
    }
    return header ? new TableNames(columns, span) : new TableNames(span, headers);
  }

  /** Refuses a column that the table does not have. */
  void check(int width) {
    for (Set<Integer> set : List.of(columns, headers)) {
      for (int c : set) {
        if (c < 0 || c >= width) {
          throw new IllegalArgumentException(
              "name column " + c + " is not one of the header's " + width + " columns");
        }
      }
    }
  }
}
