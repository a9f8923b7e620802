package leadsim.experiment;

import java.util.ArrayList;
import java.util.List;

/** Splits one line written by {@link Csv} back into its cells (quotes undone). */
final class CsvLine {
    private CsvLine() {}

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The run id: the first cell of a runs.csv or failures.csv row. */
    static long runId(String line) {
        int comma = line.indexOf(',');
        return Long.parseLong(comma < 0 ? line : line.substring(0, comma));
    }
}
