package leadsim.model;

import java.util.List;

/**
 * The slow processes' daily columns of a district run as lanes. Lanes run only where
 * innovation, reform and turnover are off (see {@link SchoolLanes}), so these columns (adoption,
 * implementation, staff counts) are the same in every school, and not measured: each day's value
 * is kept where every school reports the same one, and is NaN where they differ.
 */
final class LaneSeries {
    private LaneSeries() {}

    static DailySeries merge(List<DailySeries> lanes) {
        DailySeries first = lanes.get(0);
        DailySeries merged = new DailySeries(first.days());
        for (int c = 0; c < first.names().size(); c++) {
            int column = merged.column(first.names().get(c));
            for (int d = 0; d < first.days(); d++) {
                merged.set(column, d + 1, common(lanes, c, d));
            }
        }
        return merged;
    }

    private static double common(List<DailySeries> lanes, int c, int d) {
        double v = lanes.get(0).value(c, d);
        for (DailySeries lane : lanes) {
            if (Double.compare(lane.value(c, d), v) != 0) {
                return Double.NaN;
            }
        }
        return v;
    }
}
