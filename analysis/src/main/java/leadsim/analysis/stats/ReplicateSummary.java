package leadsim.analysis.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Location and spread of one output over replicate runs.
 *
 * <p>The interval is the t interval for the mean, {@code mean ± t(1-(1-c)/2, n-1) sd/sqrt(n)}.
 * Quartiles and median use R's default quantile definition (type 7: linear interpolation
 * between order statistics at position {@code 1 + (n-1)p}), so they agree with R's
 * {@code quantile(x)} and {@code summary(x)}.
 *
 * <p>NaN values are ignored and {@code n} counts the rest. With n = 0 everything is NaN; with
 * n = 1 the location statistics equal the single value while {@code sd} and the interval are
 * NaN (no spread can be estimated from one run).
 *
 * @param n      number of non-NaN values
 * @param mean   arithmetic mean
 * @param sd     sample standard deviation (n - 1 denominator)
 * @param ciLow  lower end of the confidence interval for the mean
 * @param ciHigh upper end of the confidence interval for the mean
 * @param median type-7 median
 * @param q1     type-7 first quartile
 * @param q3     type-7 third quartile
 * @param min    smallest value
 * @param max    largest value
 */
public record ReplicateSummary(int n, double mean, double sd, double ciLow, double ciHigh,
        double median, double q1, double q3, double min, double max) {

    /** The confidence level used when none is given. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** Summary with a 95% confidence interval for the mean. */
    public static ReplicateSummary of(double[] values) {
        return of(values, DEFAULT_CONFIDENCE);
    }

    /**
     * Summary with a confidence interval for the mean at the given level.
     *
     * @param confidence strictly between 0 and 1, e.g. 0.95
     */
    public static ReplicateSummary of(double[] values, double confidence) {
        Samples.checkConfidence(confidence);
        double[] x = Samples.withoutNaN(values);
        int n = x.length;
        if (n == 0) {
            double nan = Double.NaN;
            return new ReplicateSummary(0, nan, nan, nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = Samples.mean(x);
        double sd = Double.NaN;
        double ciLow = Double.NaN;
        double ciHigh = Double.NaN;
        if (n >= 2) {
            sd = Math.sqrt(Samples.variance(x, mean));
            double half = StudentT.critical(n - 1, confidence) * sd / Math.sqrt(n);
            ciLow = mean - half;
            ciHigh = mean + half;
        }
        Percentile type7 = new Percentile().withEstimationType(EstimationType.R_7);
        type7.setData(x);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new ReplicateSummary(n, mean, sd, ciLow, ciHigh,
                type7.evaluate(50), type7.evaluate(25), type7.evaluate(75), min, max);
    }

    /** Half the width of the confidence interval (NaN when it is undefined). */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }
}
