package leadsim.demo.feed;

import java.util.Arrays;
import leadsim.demo.DemoRun;
import leadsim.model.DailySeries;

/** Reads the model's own daily columns (adoption, implementation, ...) for the days the run has completed. */
public final class SlowColumns {
    private SlowColumns() {}

    /** The column's values on day 1 .. the last completed day; empty before the start or for an unknown column. */
    public static double[] column(DemoRun run, String name) {
        if (run.sim().decisionFlow() == null) {
            return new double[0];
        }
        DailySeries series = run.sim().slowSeries();
        int c = series.names().indexOf(name);
        int days = Math.min(run.series().days(), series.days());
        if (c < 0 || days <= 0) {
            return new double[0];
        }
        double[] out = new double[days];
        for (int d = 0; d < days; d++) {
            out[d] = series.value(c, d);
        }
        // days before a mechanism starts have no value (NaN): show them as 0, not as a gap
        int first = 0;
        while (first < out.length && Double.isNaN(out[first])) {
            first++;
        }
        Arrays.fill(out, 0, first, 0.0);
        return out;
    }
}
