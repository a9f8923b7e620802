package leadsim.model;

import java.util.List;

/**
 * Every school seen, day by day: for a district run that keeps its daily series, one set of daily
 * columns per school and for the office (the units, in school order, the office last), beside the
 * district's own series in {@link RunResult}. Values are {@code values[unit][column][day]}, day 0
 * being the end of the first school day, as the district's rows are.
 *
 * <p>The columns ({@link #WAITING}, {@link #DECISIONS}, and where their mechanisms run
 * {@code gave_up}, {@code latency_mean}, {@code implementation}, {@code reform_alive}) are measured
 * over a unit's own needs (by where they were raised, wherever they waited) and, for the reform,
 * its own staff; the counts of all units add up to the district's exactly.
 *
 * @param units   school names, then {@link SchoolNames#OFFICE} when the office has people
 * @param columns the daily measures, the same for every unit
 * @param values  {@code values[unit][column][day]}
 */
public record SchoolSeries(List<String> units, List<String> columns, double[][][] values) {
    /** Needs of the unit waiting in a queue or on an agenda at the end of the day, at any desk. */
    public static final String WAITING = "waiting";
    /** Needs of the unit decided that day by a holder of the right. */
    public static final String DECISIONS = "decisions";

    /** A run with no per-school series: one school, or no series kept. */
    public static final SchoolSeries NONE = new SchoolSeries(List.of(), List.of(), new double[0][][]);

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public int days() {
        return values.length == 0 || values[0].length == 0 ? 0 : values[0][0].length;
    }

    /** One unit's column, day by day; null when the unit or column is not recorded. */
    public double[] of(String unit, String column) {
        int u = units.indexOf(unit);
        int c = columns.indexOf(column);
        return u < 0 || c < 0 ? null : values[u][c];
    }
}
