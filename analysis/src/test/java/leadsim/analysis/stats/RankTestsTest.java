package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/** The exact and approximate branches of the two rank tests, beyond the R examples elsewhere. */
class RankTestsTest {

    @Test
    void signedRankExactAgreesWithCommonsMathEnumerationWhenNoZerosOrTies() {
        // Commons Math enumerates all 2^n sign patterns: slow but unquestionable for small n.
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30, 2.2, 0.1, 1.11};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29, 2.9, 0.3, 1.0};
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = y[i] - x[i];
        }
        double expected = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, y, true);
        assertEquals(expected, SignedRankTest.twoSidedPValue(d), 1e-12);
    }

    @Test
    void signedRankExactAt40() {
        // Differences -1, 2.001, 3.002, -3.997, ...: sizes untied, rank i + 1, every third negative.
        // R: d <- sapply(0:39, function(i) (i + 1) * ifelse(i %% 3 != 0, 1, -1) + 0.001 * i)
        //    wilcox.test(d)$p.value -> 0.1000315 (exact, V = 533)
        // (scipy.stats.wilcoxon(d, method = "exact") gives the same 0.1000314528.)
        double[] d = new double[40];
        for (int i = 0; i < 40; i++) {
            d[i] = (i + 1) * (i % 3 != 0 ? 1 : -1) + 0.001 * i;
        }
        assertEquals(0.1000314528, SignedRankTest.twoSidedPValue(d), 1e-9);
    }

    @Test
    void signedRankWithZerosUsesTheNormalApproximationAsR() {
        // R: wilcox.test(c(0, 1.5, 2.5, 3.5, -0.5)) -> V = 9, p-value = 0.2012
        //    (warning: cannot compute exact p-value with zeroes). The zero is dropped:
        //    n = 4, z = (9 - 5 - 0.5) / sqrt(4 * 5 * 9 / 24) = 1.278019, p = 2 * pnorm(-z)
        double p = SignedRankTest.twoSidedPValue(new double[] {0, 1.5, 2.5, 3.5, -0.5});
        assertEquals(0.2012426, p, 1e-7);
    }

    @Test
    void signedRankNullDistributionSumsToOne() {
        double total = 0;
        for (double p : SignedRankTest.nullDistribution(49)) {
            total += p;
        }
        assertEquals(1.0, total, 1e-12);
    }

    @Test
    void rankSumExactAt40And45() {
        // R: wilcox.test(1:40, 1:40 + 10.5)$p.value -> 0.0003503283 (exact, W = 435)
        // R: wilcox.test(1:45, 1:45 + 4.25)$p.value -> 0.1216702 (exact)
        // (scipy.stats.mannwhitneyu(..., method = "exact") agrees: 0.000350328257, 0.121670210.)
        double[] x40 = new double[40];
        double[] y40 = new double[40];
        for (int i = 0; i < 40; i++) {
            x40[i] = i + 1;
            y40[i] = i + 1 + 10.5;
        }
        assertEquals(0.000350328257, RankSumTest.twoSidedPValue(x40, y40), 1e-12);
        double[] x45 = new double[45];
        double[] y45 = new double[45];
        for (int i = 0; i < 45; i++) {
            x45[i] = i + 1;
            y45[i] = i + 1 + 4.25;
        }
        assertEquals(0.121670210, RankSumTest.twoSidedPValue(x45, y45), 1e-8);
    }

    @Test
    void rankSumNullDistributionMatchesCounting() {
        // For m = 2, n = 2 the six arrangements give U = 0, 1, 2, 2, 3, 4.
        double[] p = RankSumTest.nullDistribution(2, 2);
        double[] expected = {1 / 6.0, 1 / 6.0, 2 / 6.0, 1 / 6.0, 1 / 6.0};
        assertEquals(expected.length, p.length);
        for (int u = 0; u < p.length; u++) {
            assertEquals(expected[u], p[u], 1e-15);
        }
    }
}
