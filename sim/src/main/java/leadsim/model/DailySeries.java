package leadsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Named daily columns that the slow processes fill (adoption, implementation, staff counts),
 * appended to the decision flow's series. Row d holds the state at the end of day d+1.
 */
public final class DailySeries implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int days;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    public DailySeries(int days) {
        this.days = days;
    }

    /** Registers a column (NaN until set) and returns its index. */
    public int column(String name) {
        names.add(name);
        double[] values = new double[days];
        java.util.Arrays.fill(values, Double.NaN);
        columns.add(values);
        return names.size() - 1;
    }

    /** Sets the value of a column at the end of school day {@code day} (1-based, as the clock ticks). */
    public void set(int column, int day, double value) {
        if (day >= 1 && day <= days) {
            columns.get(column)[day - 1] = value;
        }
    }

    public double get(int column, int day) {
        return columns.get(column)[day - 1];
    }

    public List<String> names() {
        return names;
    }

    public int days() {
        return days;
    }

    public double value(int column, int row) {
        return columns.get(column)[row];
    }

    /** {@code columns} followed by these columns' names: a run's series header with these appended. */
    public List<String> appendedTo(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(names);
        return all;
    }

    /** Each day's row of {@code rows} followed by these columns' values that day. */
    public double[][] appendedTo(double[][] rows) {
        double[][] all = new double[rows.length][];
        for (int d = 0; d < rows.length; d++) {
            double[] row = java.util.Arrays.copyOf(rows[d], rows[d].length + names.size());
            for (int c = 0; c < names.size(); c++) {
                row[rows[d].length + c] = value(c, d);
            }
            all[d] = row;
        }
        return all;
    }
}
