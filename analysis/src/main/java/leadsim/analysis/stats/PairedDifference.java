package leadsim.analysis.stats;

import java.util.Objects;
import org.apache.commons.math3.stat.inference.TestUtils;

/**
 * The difference {@code b - a} between two paired samples, such as the same replicates
 * (common random numbers) run under two scenarios.
 *
 * <p>Pairs with a NaN on either side are dropped; {@code n} counts the pairs kept.
 *
 * <ul>
 *   <li>{@code ciLow}, {@code ciHigh}: t interval for the mean difference (as R's
 *       {@code t.test(b, a, paired = TRUE)}), 95% unless stated.</li>
 *   <li>{@code hedgesG}: the standardised mean difference of the paired differences,
 *       {@code g = J * mean(d) / sd(d)} with the small-sample correction
 *       {@code J = 1 - 3 / (4 (n - 1) - 1)} (Hedges' correction for n - 1 degrees of freedom).
 *       This is the "g_z" of the paired-design literature (Lakens 2013): it scales by the
 *       spread of the differences, which is what the paired t test sees, rather than by the
 *       spread of the raw outputs. Under common random numbers the differences can be much
 *       less variable than the outputs, so g_z can be large for a shift that is small
 *       against the outputs' own spread; compare {@link UnpairedDifference#hedgesG()} for
 *       the pooled-sd scale.</li>
 *   <li>{@code tPValue}: two-sided paired t test.</li>
 *   <li>{@code wilcoxonPValue}: two-sided Wilcoxon signed-rank test, see
 *       {@link SignedRankTest} (zeros dropped, exact below 50 untied pairs, as R).</li>
 * </ul>
 *
 * <p>Degenerate cases are defined rather than left to 0/0: with n &lt; 2 everything except
 * {@code n} and {@code meanDiff} is NaN (and {@code meanDiff} too when n = 0). When every
 * difference is exactly zero the interval is [0, 0], g = 0 and both p-values are 1. When
 * every difference equals the same non-zero value the interval collapses onto it, the t
 * test's p-value is 0 and g is NaN (a shift with no spread has no standardised size).
 *
 * @param n              number of complete pairs
 * @param meanDiff       mean of b - a
 * @param sdDiff         standard deviation of b - a
 * @param ciLow          lower end of the confidence interval of the mean difference
 * @param ciHigh         upper end
 * @param hedgesG        bias-corrected standardised mean difference (g_z)
 * @param tPValue        two-sided paired t-test p-value
 * @param wilcoxonPValue two-sided Wilcoxon signed-rank p-value
 */
public record PairedDifference(int n, double meanDiff, double sdDiff, double ciLow, double ciHigh,
        double hedgesG, double tPValue, double wilcoxonPValue) {

    /** Paired comparison of b against a with a 95% interval. */
    public static PairedDifference of(double[] a, double[] b) {
        return of(a, b, ReplicateSummary.DEFAULT_CONFIDENCE);
    }

    /**
     * Paired comparison of b against a.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static PairedDifference of(double[] a, double[] b, double confidence) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Samples.checkConfidence(confidence);
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length: "
                    + a.length + " and " + b.length);
        }
        int kept = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                kept++;
            }
        }
        double[] x = new double[kept];
        double[] y = new double[kept];
        double[] d = new double[kept];
        for (int i = 0, k = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[k] = a[i];
                y[k] = b[i];
                d[k] = b[i] - a[i];
                k++;
            }
        }
        double nan = Double.NaN;
        if (kept < 2) {
            return new PairedDifference(kept, kept == 1 ? d[0] : nan, nan, nan, nan, nan, nan, nan);
        }
        double mean = Samples.mean(d);
        double sd = Math.sqrt(Samples.variance(d, mean));
        if (sd == 0) {
            // All differences identical: t = mean / 0, so the ordinary formulas give 0/0 or ±inf.
            boolean none = mean == 0;
            return new PairedDifference(kept, mean, 0.0, mean, mean, none ? 0.0 : nan,
                    none ? 1.0 : 0.0, SignedRankTest.twoSidedPValue(d));
        }
        double half = StudentT.critical(kept - 1, confidence) * sd / Math.sqrt(kept);
        double j = 1 - 3.0 / (4.0 * (kept - 1) - 1);
        return new PairedDifference(kept, mean, sd, mean - half, mean + half, j * mean / sd,
                TestUtils.pairedTTest(y, x), SignedRankTest.twoSidedPValue(d));
    }
}
