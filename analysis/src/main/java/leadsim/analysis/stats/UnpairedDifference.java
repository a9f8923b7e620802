package leadsim.analysis.stats;

import java.util.Objects;
import org.apache.commons.math3.stat.inference.TestUtils;

/**
 * The difference {@code mean(b) - mean(a)} between two independent samples, such as two
 * scenarios run with independent seeds.
 *
 * <ul>
 *   <li>The interval and p-value are Welch's (unequal variances, Welch-Satterthwaite degrees
 *       of freedom), as R's default {@code t.test(b, a)}.</li>
 *   <li>{@code hedgesG} is {@code J * (mean(b) - mean(a)) / s_pooled}, where s_pooled is the
 *       pooled standard deviation with nA + nB - 2 degrees of freedom and
 *       {@code J = 1 - 3 / (4 (nA + nB) - 9)} is Hedges' small-sample correction.</li>
 *   <li>{@code mannWhitneyPValue}: two-sided Wilcoxon rank-sum test, see
 *       {@link RankSumTest} (exact below 50 per sample without ties, as R).</li>
 * </ul>
 *
 * <p>NaN values are dropped from each sample. If either sample then has fewer than two
 * values, everything except the counts and means is NaN. If both samples are constant the
 * Welch standard error is zero: equal means give the interval [0, 0], g = 0 and p = 1;
 * different means give a collapsed interval, p = 0 and g = NaN.
 *
 * @param nA                number of values in a
 * @param nB                number of values in b
 * @param meanA             mean of a
 * @param meanB             mean of b
 * @param meanDiff          mean(b) - mean(a)
 * @param ciLow             lower end of Welch's confidence interval of the difference
 * @param ciHigh            upper end
 * @param welchDf           Welch-Satterthwaite degrees of freedom
 * @param hedgesG           bias-corrected standardised difference (pooled sd)
 * @param welchPValue       two-sided Welch t-test p-value
 * @param mannWhitneyPValue two-sided Wilcoxon rank-sum p-value
 */
public record UnpairedDifference(int nA, int nB, double meanA, double meanB, double meanDiff,
        double ciLow, double ciHigh, double welchDf, double hedgesG, double welchPValue,
        double mannWhitneyPValue) {

    /** Comparison of b against a with a 95% interval. */
    public static UnpairedDifference of(double[] a, double[] b) {
        return of(a, b, ReplicateSummary.DEFAULT_CONFIDENCE);
    }

    /** Comparison of b against a. */
    public static UnpairedDifference of(double[] a, double[] b, double confidence) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Samples.checkConfidence(confidence);
        double[] x = Samples.withoutNaN(a);
        double[] y = Samples.withoutNaN(b);
        int nA = x.length;
        int nB = y.length;
        double meanA = nA == 0 ? Double.NaN : Samples.mean(x);
        double meanB = nB == 0 ? Double.NaN : Samples.mean(y);
        double diff = meanB - meanA;
        double nan = Double.NaN;
        if (nA < 2 || nB < 2) {
            return new UnpairedDifference(nA, nB, meanA, meanB, diff, nan, nan, nan, nan, nan, nan);
        }
        double varA = Samples.variance(x, meanA);
        double varB = Samples.variance(y, meanB);
        double mw = RankSumTest.twoSidedPValue(x, y);
        double seA2 = varA / nA;
        double seB2 = varB / nB;
        double se = Math.sqrt(seA2 + seB2);
        if (se == 0) {
            boolean none = diff == 0;
            return new UnpairedDifference(nA, nB, meanA, meanB, diff, diff, diff, nan,
                    none ? 0.0 : nan, none ? 1.0 : 0.0, mw);
        }
        double df = (seA2 + seB2) * (seA2 + seB2)
                / (seA2 * seA2 / (nA - 1) + seB2 * seB2 / (nB - 1));
        double half = StudentT.critical(df, confidence) * se;
        double pooledSd = Math.sqrt(((nA - 1) * varA + (nB - 1) * varB) / (nA + nB - 2));
        double j = 1 - 3.0 / (4.0 * (nA + nB) - 9);
        double g = pooledSd == 0 ? nan : j * diff / pooledSd;
        return new UnpairedDifference(nA, nB, meanA, meanB, diff, diff - half, diff + half, df, g,
                TestUtils.tTest(x, y), mw);
    }
}
