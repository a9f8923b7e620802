package leadsim.analysis.survival;

import java.util.ArrayList;
import java.util.List;

/**
 * A time that some subjects had not reached when observation stopped (a reform still running
 * at the end), summarised as survival analysis does: the Kaplan-Meier median with its 95%
 * interval, never a mean of values some of which are only lower bounds. Subjects whose time is
 * NaN (no champion left, so no clock started) are left out.
 *
 * @param n        subjects with a time
 * @param events   of those, how many ended (the rest are censored)
 * @param median   Kaplan-Meier median (NaN when the curve never falls to one half: not reached)
 * @param ciLow    lower end of its 95% interval (Brookmeyer-Crowley)
 * @param ciHigh   upper end (NaN when not reached)
 */
public record CensoredSummary(int n, int events, double median, double ciLow, double ciHigh) {

    /** @param censored 1 (or any non-zero) where the time is censored, 0 where it is an event */
    public static CensoredSummary of(double[] times, double[] censored) {
        Sample s = Sample.of(times, censored);
        if (s.times().length == 0) {
            return new CensoredSummary(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        KaplanMeier km = KaplanMeier.fit(s.times(), s.events());
        double[] ci = km.medianCi();
        return new CensoredSummary(km.subjects(), km.events(), km.medianSurvival(), ci[0], ci[1]);
    }

    /** The subjects with a time and a censoring flag, as Kaplan-Meier and log-rank take them. */
    record Sample(double[] times, boolean[] events) {
        static Sample of(double[] times, double[] censored) {
            if (times.length != censored.length) {
                throw new IllegalArgumentException("times and censored differ in length: " + times.length + " and "
                        + censored.length);
            }
            List<double[]> kept = new ArrayList<>();
            for (int i = 0; i < times.length; i++) {
                if (Double.isFinite(times[i]) && !Double.isNaN(censored[i])) {
                    kept.add(new double[] {times[i], censored[i]});
                }
            }
            double[] t = new double[kept.size()];
            boolean[] e = new boolean[kept.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = kept.get(i)[0];
                e[i] = kept.get(i)[1] == 0;
            }
            return new Sample(t, e);
        }
    }
}
