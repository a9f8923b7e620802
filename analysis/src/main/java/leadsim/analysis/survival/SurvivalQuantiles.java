package leadsim.analysis.survival;

import java.util.Arrays;

/**
 * The Kaplan-Meier curve's quantiles and restricted mean without its confidence bands: what a
 * simulation needs once per run over thousands of subjects, in one pass over two sorted arrays
 * of primitives. The curve is the one {@link KaplanMeier} fits (censoring at an event time
 * counts just after the events, as R does), and the quantile rule is {@link KaplanMeier}'s, so
 * the figures are identical (KaplanMeierTest checks this on random data).
 */
public final class SurvivalQuantiles {
    /**
     * The curve's steps are the first {@link #steps} of these, one per distinct time: not copied
     * to size, as a district's curve has millions.
     */
    private final double[] times;
    private final double[] survival;
    private final int steps;

    private SurvivalQuantiles(double[] times, double[] survival, int steps) {
        this.times = times;
        this.survival = survival;
        this.steps = steps;
    }

    /**
     * @param events   times of the subjects whose event was observed (sorted here, in place, unless
     *                 already in {@link Arrays#sort(double[])}'s order)
     * @param censored times of the censored subjects (likewise)
     */
    public static SurvivalQuantiles of(double[] events, double[] censored) {
        sortUnlessSorted(events);
        sortUnlessSorted(censored);
        int atRisk = events.length + censored.length;
        double[] t = new double[events.length + censored.length];
        double[] s = new double[t.length];
        int steps = 0;
        double surv = 1;
        int e = 0;
        int c = 0;
        while (e < events.length || c < censored.length) {
            double now = e < events.length && (c >= censored.length || events[e] <= censored[c]) ? events[e] : censored[c];
            int d = 0;
            while (e < events.length && events[e] == now) {
                d++;
                e++;
            }
            int gone = 0;
            while (c < censored.length && censored[c] == now) {
                gone++;
                c++;
            }
            if (d > 0) {
                surv *= 1 - (double) d / atRisk;
            }
            t[steps] = now;
            s[steps] = surv;
            steps++;
            atRisk -= d + gone;
        }
        return new SurvivalQuantiles(t, s, steps);
    }

    /** A run hands its latencies over sorted already: one pass to see it, instead of a sort. */
    private static void sortUnlessSorted(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (Double.compare(values[i - 1], values[i]) > 0) {
                Arrays.sort(values);
                return;
            }
        }
    }

    /** The first time the curve is at or below {@code level}, by {@link KaplanMeier#timeAtSurvival}'s rule. */
    public double timeAtSurvival(double level) {
        return steps == 0 ? Double.NaN : CurveQuantile.at(times, survival, steps, level);
    }

    /** The area under the curve from 0 to tau, as {@link KaplanMeier#restrictedMean}. */
    public double restrictedMean(double tau) {
        double area = 0;
        double from = 0;
        double s = 1;
        for (int i = 0; i < steps; i++) {
            if (times[i] >= tau) {
                break;
            }
            area += s * (times[i] - from);
            from = times[i];
            s = survival[i];
        }
        return area + s * Math.max(0, tau - from);
    }
}
