package leadsim.model;

import java.util.List;

/**
 * The slow processes' daily columns of a district run as lanes: staff counts add up over the
 * schools, the novice share is weighted by the staff present, and any other column (adoption,
 * implementation: mechanisms a district must leave off to run as lanes) is kept where every
 * school reports the same value and is NaN where they differ.
 */
final class LaneSeries {
    private LaneSeries() {}

    static DailySeries merge(List<DailySeries> lanes) {
        DailySeries first = lanes.get(0);
        int days = first.days();
        DailySeries merged = new DailySeries(days);
        List<String> names = first.names();
        int present = names.indexOf("staff_present");
        for (int c = 0; c < names.size(); c++) {
            int column = merged.column(names.get(c));
            for (int d = 0; d < days; d++) {
                merged.set(column, d + 1, value(lanes, names.get(c), c, present, d));
            }
        }
        return merged;
    }

    private static double value(List<DailySeries> lanes, String name, int c, int present, int d) {
        switch (name) {
            case "staff_present", "posts_vacant" -> {
                double sum = 0;
                for (DailySeries lane : lanes) {
                    sum += lane.value(c, d);
                }
                return sum;
            }
            case "staff_novice_share" -> {
                double novices = 0;
                double staff = 0;
                for (DailySeries lane : lanes) {
                    novices += lane.value(c, d) * lane.value(present, d);
                    staff += lane.value(present, d);
                }
                return staff == 0 ? Double.NaN : novices / staff;
            }
            default -> {
                double v = lanes.get(0).value(c, d);
                for (DailySeries lane : lanes) {
                    if (Double.compare(lane.value(c, d), v) != 0) {
                        return Double.NaN;
                    }
                }
                return v;
            }
        }
    }
}
