package leadsim.analysis.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, column-oriented table with ordered, uniquely named columns.
 *
 * <p>Every cell is kept as the exact string it was read or given as; {@link #numbers(String)}
 * parses on demand. Keeping the text means a table read from CSV and written back is
 * unchanged byte for byte (apart from quoting normalised to RFC 4180), so no number is ever
 * reformatted or rounded by passing through here.
 *
 * <p>Errors name the table's {@linkplain #source() source} (the file it was read from, or
 * "rows" for a table built in memory) so that a message about a missing column says where
 * the column was expected.
 */
public final class Table {

    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    /** Column-major cells: {@code cells.get(c).get(r)}. Each inner list is unmodifiable. */
    private final List<List<String>> cells;
    private final int rowCount;

    private Table(String source, List<String> columns, List<List<String>> cells, int rowCount) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.cells = cells;
        this.rowCount = rowCount;
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (index.put(columns.get(c), c) != null) {
                throw new IllegalArgumentException(source + ": column '" + columns.get(c)
                        + "' appears more than once");
            }
        }
        this.columnIndex = index;
    }

    /**
     * Builds a table from rows given in memory.
     *
     * @param columns column names, unique, at least one
     * @param rows    each row must have exactly one (non-null) cell per column
     * @throws IllegalArgumentException naming the 1-based row that is ragged or holds null
     */
    public static Table fromRows(List<String> columns, List<List<String>> rows) {
        return build("rows", columns, rows, null);
    }

    /**
     * Reads an RFC 4180 CSV file (UTF-8, first record is the header). LF and CRLF line ends
     * are both accepted; blank lines are skipped when the table has more than one column
     * (with one column a blank line is an empty cell).
     *
     * @throws IllegalArgumentException naming the file and line of a ragged row, an unclosed
     *                                  quote, or an empty file
     */
    public static Table readCsv(Path file) throws IOException {
        return parseCsv(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** As {@link #readCsv}, from text already read; {@code name} says where it came from in messages. */
    public static Table parseCsv(String text, String name) {
        List<Csv.Record> records = Csv.parse(text, name);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + ": the file is empty, expected a header line");
        }
        List<String> header = records.get(0).fields();
        List<List<String>> rows = new ArrayList<>(records.size() - 1);
        List<Integer> lines = new ArrayList<>(records.size() - 1);
        for (Csv.Record record : records.subList(1, records.size())) {
            boolean blank = record.fields().size() == 1 && record.fields().get(0).isEmpty();
            if (blank && header.size() > 1) {
                continue;
            }
            rows.add(record.fields());
            lines.add(record.line());
        }
        return build(name, header, rows, lines);
    }

    private static Table build(String source, List<String> columns, List<List<String>> rows,
            List<Integer> lines) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(rows, "rows");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(source + ": a table needs at least one column");
        }
        List<List<String>> byColumn = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c) == null) {
                throw new IllegalArgumentException(source + ": column name " + (c + 1) + " is null");
            }
            byColumn.add(new ArrayList<>(rows.size()));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = lines == null ? source + " row " + (r + 1) : source + " line " + lines.get(r);
            if (row == null || row.size() != columns.size()) {
                throw new IllegalArgumentException(where + ": expected " + columns.size()
                        + " fields (" + String.join(", ", columns) + ") but found "
                        + (row == null ? 0 : row.size()));
            }
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell == null) {
                    throw new IllegalArgumentException(where + ": cell for column '"
                            + columns.get(c) + "' is null");
                }
                byColumn.get(c).add(cell);
            }
        }
        return fromColumns(source, columns, byColumn, rows.size());
    }

    private static Table fromColumns(String source, List<String> columns, List<List<String>> byColumn,
            int rowCount) {
        List<List<String>> frozen = new ArrayList<>(byColumn.size());
        for (List<String> column : byColumn) {
            frozen.add(Collections.unmodifiableList(column));
        }
        return new Table(source, columns, Collections.unmodifiableList(frozen), rowCount);
    }

    /** Where this table came from: a file path, or "rows" for one built in memory. */
    public String source() {
        return source;
    }

    /** Column names in order. */
    public List<String> columns() {
        return columns;
    }

    /** Number of data rows (the header is not a row). */
    public int rowCount() {
        return rowCount;
    }

    /** Whether a column of this name exists. */
    public boolean hasColumn(String column) {
        return columnIndex.containsKey(column);
    }

    /** The cells of a column as given, in row order (unmodifiable). */
    public List<String> strings(String column) {
        return cells.get(indexOf(column));
    }

    /**
     * The cells of a column parsed as doubles. Empty, "NA" and otherwise non-numeric cells give
     * NaN, so a column with gaps can go straight into the NaN-ignoring statistics.
     */
    public double[] numbers(String column) {
        List<String> values = strings(column);
        double[] out = new double[values.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = NumberCells.parse(values.get(r));
        }
        return out;
    }

    /** One cell as given. */
    public String get(int row, String column) {
        Objects.checkIndex(row, rowCount);
        return strings(column).get(row);
    }

    /** One row's cells in column order. */
    public List<String> row(int row) {
        Objects.checkIndex(row, rowCount);
        List<String> out = new ArrayList<>(columns.size());
        for (List<String> column : cells) {
            out.add(column.get(row));
        }
        return Collections.unmodifiableList(out);
    }

    /** The rows whose cell in {@code column} equals {@code value} exactly, in their original order. */
    public Table filter(String column, String value) {
        List<String> key = strings(column);
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            if (key.get(r).equals(value)) {
                keep.add(r);
            }
        }
        return subset(source, keep);
    }

    /**
     * Splits the rows by the value in {@code column}. Groups come in the order their value is
     * first seen (not sorted), and rows keep their order within each group.
     */
    public Map<String, Table> groupBy(String column) {
        List<String> key = strings(column);
        Map<String, List<Integer>> rowsByValue = new LinkedHashMap<>();
        for (int r = 0; r < rowCount; r++) {
            rowsByValue.computeIfAbsent(key.get(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, Table> groups = new LinkedHashMap<>();
        rowsByValue.forEach((value, rows) -> groups.put(value, subset(source, rows)));
        return Collections.unmodifiableMap(groups);
    }

    private Table subset(String newSource, List<Integer> rows) {
        List<List<String>> byColumn = new ArrayList<>(columns.size());
        for (List<String> column : cells) {
            List<String> picked = new ArrayList<>(rows.size());
            for (int r : rows) {
                picked.add(column.get(r));
            }
            byColumn.add(picked);
        }
        return fromColumns(newSource, columns, byColumn, rows.size());
    }

    /** The table as RFC 4180 CSV: header first, fields quoted only when needed, "\n" line ends. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        Csv.appendRecord(out, columns);
        for (int r = 0; r < rowCount; r++) {
            Csv.appendRecord(out, row(r));
        }
        return out.toString();
    }

    /**
     * Writes {@link #toCsv()} as UTF-8. The text goes to a temporary file beside the target that
     * is then moved into place, so a reader (or a crash) never sees a half-written file.
     */
    public void writeCsv(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, toCsv(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int indexOf(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException(source + ": no column '" + column
                    + "'; the columns are: " + String.join(", ", columns));
        }
        return index;
    }

    @Override
    public String toString() {
        return "Table[" + source + ", " + rowCount + " rows, columns " + columns + "]";
    }
}
