package leadsim.analysis.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon rank-sum (Mann-Whitney U) test of two independent samples, computed as
 * R's {@code wilcox.test(x, y)} does.
 *
 * <p>With both samples smaller than 50 and no ties the p-value is exact; otherwise it is the
 * normal approximation with continuity correction and tie-corrected variance. Commons Math
 * 3.6.1's {@code MannWhitneyUTest} only offers the approximation, without either correction,
 * so it disagrees with R on small or tied samples; it is not used here. When every value in
 * both samples is the same there is no evidence of any shift and p = 1 (R gives NaN).
 */
public final class RankSumTest {

    static final int EXACT_LIMIT = 50;

    private RankSumTest() {
    }

    /**
     * Two-sided p-value for the hypothesis that the two samples come from the same
     * distribution (against a location shift). NaN values are ignored; NaN if either sample is
     * then empty.
     */
    public static double twoSidedPValue(double[] a, double[] b) {
        double[] x = Samples.withoutNaN(a);
        double[] y = Samples.withoutNaN(b);
        int nx = x.length;
        int ny = y.length;
        if (nx == 0 || ny == 0) {
            return Double.NaN;
        }
        double[] pooled = new double[nx + ny];
        System.arraycopy(x, 0, pooled, 0, nx);
        System.arraycopy(y, 0, pooled, nx, ny);
        double[] ranks = Ranks.midRanks(pooled);
        double rankSumX = 0;
        for (int i = 0; i < nx; i++) {
            rankSumX += ranks[i];
        }
        double w = rankSumX - nx * (nx + 1) / 2.0; // R's W, the U statistic of the first sample
        double ties = Ranks.tieTerm(pooled);
        if (nx < EXACT_LIMIT && ny < EXACT_LIMIT && ties == 0) {
            return exactPValue((int) Math.round(w), nx, ny);
        }
        return normalPValue(w, nx, ny, ties);
    }

    private static double exactPValue(int w, int nx, int ny) {
        double[] p = nullDistribution(nx, ny);
        double tail = 0;
        if (w > nx * ny / 2.0) {
            for (int u = w; u < p.length; u++) {
                tail += p[u];
            }
        } else {
            for (int u = 0; u <= w; u++) {
                tail += p[u];
            }
        }
        return Math.min(1.0, 2 * tail);
    }

    /**
     * P(U = u) for u = 0..nx*ny under the null, from the recurrence on the largest pooled
     * observation: it belongs to the first sample with probability nx/(nx+ny), adding ny to U,
     * or to the second with probability ny/(nx+ny), adding nothing. Working with
     * probabilities rather than counts keeps every number below 1 (counts overflow a long
     * beyond about 30 + 30).
     */
    static double[] nullDistribution(int nx, int ny) {
        // prev[j][u] holds P(U = u) for sample sizes (i - 1, j) while row i is built.
        double[][] prev = new double[ny + 1][];
        for (int j = 0; j <= ny; j++) {
            prev[j] = new double[] {1.0}; // with no x values U is always 0
        }
        for (int i = 1; i <= nx; i++) {
            double[][] cur = new double[ny + 1][];
            cur[0] = new double[] {1.0}; // with no y values U is always 0
            for (int j = 1; j <= ny; j++) {
                double[] p = new double[i * j + 1];
                double toX = (double) i / (i + j);
                double toY = (double) j / (i + j);
                double[] xLargest = prev[j];   // sizes (i - 1, j), shifted by j
                double[] yLargest = cur[j - 1]; // sizes (i, j - 1)
                for (int u = 0; u < xLargest.length; u++) {
                    p[u + j] += toX * xLargest[u];
                }
                for (int u = 0; u < yLargest.length; u++) {
                    p[u] += toY * yLargest[u];
                }
                cur[j] = p;
            }
            prev = cur;
        }
        return prev[ny];
    }

    private static double normalPValue(double w, int nx, int ny, double ties) {
        double n = nx + ny;
        double variance = (double) nx * ny / 12 * ((n + 1) - ties / (n * (n - 1)));
        if (!(variance > 0)) {
            return 1.0; // every value tied: the samples cannot be told apart
        }
        double z = w - (double) nx * ny / 2;
        double correction = 0.5 * Math.signum(z);
        double standardised = (z - correction) / Math.sqrt(variance);
        NormalDistribution normal = new NormalDistribution(null, 0, 1); // never sampled
        return Math.min(1.0, 2 * normal.cumulativeProbability(-Math.abs(standardised)));
    }
}
