package leadsim.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon signed-rank test of paired differences, computed as R's
 * {@code wilcox.test(x, y, paired = TRUE)} does.
 *
 * <p>Zero differences are dropped first (Wilcoxon's convention, and R's). With fewer than 50
 * non-zero differences, no ties among their sizes and no zeros dropped, the p-value is
 * exact; otherwise it is the normal approximation with continuity correction and the tie
 * correction to the variance. (R also leaves the exact distribution when zeros were
 * dropped; following it keeps every p-value checkable against R.)
 *
 * <p>Why not Commons Math's {@code WilcoxonSignedRankTest}: in 3.6.1 it gives zero
 * differences a rank and counts them on the negative side, so common-random-number
 * comparisons with many identical outcomes get a biased statistic; its approximation has no
 * tie correction; and its exact p-value enumerates all 2^n sign patterns (10^9 of them,
 * each summed over 30 ranks, at its limit of n = 30). The exact null distribution here is
 * built by counting subset sums (O(n^3)), which allows R's cut-off of 50 instead of 30, so
 * the p-value agrees with R for every n. When every difference is zero there is no evidence of any shift: p = 1.
 */
public final class SignedRankTest {

    /** R uses the exact distribution below this many non-zero differences (when untied). */
    static final int EXACT_LIMIT = 50;

    private SignedRankTest() {
    }

    /**
     * Two-sided p-value for the hypothesis that the differences are symmetric about zero.
     *
     * @param differences paired differences; NaN values are ignored
     * @return the p-value, 1 when no difference is non-zero, NaN when there are none at all
     */
    public static double twoSidedPValue(double[] differences) {
        double[] d = Samples.withoutNaN(differences);
        if (d.length == 0) {
            return Double.NaN;
        }
        int m = 0;
        for (double v : d) {
            if (v != 0) {
                m++;
            }
        }
        if (m == 0) {
            return 1.0;
        }
        double[] nonZero = new double[m];
        double[] magnitude = new double[m];
        int k = 0;
        for (double v : d) {
            if (v != 0) {
                nonZero[k] = v;
                magnitude[k] = Math.abs(v);
                k++;
            }
        }
        double[] ranks = Ranks.midRanks(magnitude);
        double v = 0; // R's V: the sum of the ranks of the positive differences
        for (int i = 0; i < m; i++) {
            if (nonZero[i] > 0) {
                v += ranks[i];
            }
        }
        double ties = Ranks.tieTerm(magnitude);
        boolean zerosDropped = m < d.length;
        if (m < EXACT_LIMIT && ties == 0 && !zerosDropped) {
            return exactPValue((int) Math.round(v), m);
        }
        return normalPValue(v, m, ties);
    }

    private static double exactPValue(int v, int n) {
        double[] p = nullDistribution(n);
        double mean = n * (n + 1) / 4.0;
        double tail = 0;
        if (v > mean) {
            for (int s = v; s < p.length; s++) {
                tail += p[s];
            }
        } else {
            for (int s = 0; s <= v; s++) {
                tail += p[s];
            }
        }
        return Math.min(1.0, 2 * tail);
    }

    /**
     * P(V = s) under the null: each rank 1..n is counted in V with probability 1/2, so the
     * distribution is that of the sum of a random subset of {1..n}. Probabilities are halved
     * at every step rather than counting and dividing by 2^n, which stays exact in binary.
     */
    static double[] nullDistribution(int n) {
        int max = n * (n + 1) / 2;
        double[] p = new double[max + 1];
        p[0] = 1;
        int reach = 0;
        for (int r = 1; r <= n; r++) {
            reach += r;
            for (int s = reach; s >= 0; s--) {
                double without = p[s];
                double with = s >= r ? p[s - r] : 0;
                p[s] = 0.5 * (without + with);
            }
        }
        return p;
    }

    private static double normalPValue(double v, int n, double ties) {
        double z = v - n * (n + 1) / 4.0;
        double sigma = Math.sqrt(n * (n + 1) * (2.0 * n + 1) / 24 - ties / 48);
        double correction = 0.5 * Math.signum(z);
        double standardised = (z - correction) / sigma;
        NormalDistribution normal = new NormalDistribution(null, 0, 1); // never sampled
        return Math.min(1.0, 2 * normal.cumulativeProbability(-Math.abs(standardised)));
    }
}
