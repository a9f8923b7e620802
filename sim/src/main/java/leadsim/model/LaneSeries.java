package leadsim.model;

/**
 * The slow processes' daily columns of a district run as lanes, folded in as each school is
 * added up. Lanes run only where innovation, reform and turnover are off (see
 * {@link SchoolLanes}), so these columns (adoption, implementation, staff counts) are the same in
 * every school, and not measured: each day's value is kept where every school reports the same
 * one, and is NaN where they differ.
 */
final class LaneSeries {
    /** The columns common to the schools added so far, or null before the first. */
    private DailySeries common;

    void add(DailySeries lane) {
        if (common == null) {
            common = new DailySeries(lane.days());
            for (int c = 0; c < lane.names().size(); c++) {
                int column = common.column(lane.names().get(c));
                for (int d = 0; d < lane.days(); d++) {
                    common.set(column, d + 1, lane.value(c, d));
                }
            }
            return;
        }
        for (int c = 0; c < lane.names().size(); c++) {
            for (int d = 0; d < lane.days(); d++) {
                if (Double.compare(lane.value(c, d), common.value(c, d)) != 0) {
                    common.set(c, d + 1, Double.NaN);
                }
            }
        }
    }

    DailySeries merged() {
        return common;
    }
}
