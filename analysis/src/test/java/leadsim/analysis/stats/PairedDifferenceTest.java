package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void sleepDataMatchesRPairedTTest() {
        // R: with(sleep, t.test(extra[group == 1], extra[group == 2], paired = TRUE))
        //    t = -4.0621, df = 9, p-value = 0.002833
        //    95 percent confidence interval: -2.4598858 -0.7001142
        //    mean difference -1.58
        // Our difference is b - a, so a = group 2 and b = group 1 gives R's group 1 - group 2.
        PairedDifference d = PairedDifference.of(SleepData.GROUP_2, SleepData.GROUP_1);
        assertEquals(10, d.n());
        assertEquals(-1.58, d.meanDiff(), 1e-9);
        assertEquals(-2.4598858, d.ciLow(), 1e-7);
        assertEquals(-0.7001142, d.ciHigh(), 1e-7);
        assertEquals(0.002833, d.tPValue(), 5e-7);
        // R: d <- with(sleep, extra[group == 1] - extra[group == 2]); sd(d) -> 1.229995
        assertEquals(1.2299955, d.sdDiff(), 1e-7);
        // g_z = J mean/sd, J = 1 - 3/(4*9 - 1) = 32/35; R: mean(d)/sd(d) * 32/35 -> -1.174453
        assertEquals(-1.2845576 * 32 / 35, d.hedgesG(), 1e-6);
        // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE)
        //    V = 0, p-value = 0.009091 (normal approximation: one zero difference and ties)
        assertEquals(0.009091, d.wilcoxonPValue(), 5e-7);
    }

    @Test
    void swappingTheSamplesFlipsTheSignOnly() {
        PairedDifference d = PairedDifference.of(SleepData.GROUP_1, SleepData.GROUP_2);
        assertEquals(1.58, d.meanDiff(), 1e-9);
        assertEquals(0.7001142, d.ciLow(), 1e-7);
        assertEquals(2.4598858, d.ciHigh(), 1e-7);
        assertEquals(1.2845576 * 32 / 35, d.hedgesG(), 1e-6);
        assertEquals(0.002833, d.tPValue(), 5e-7);
    }

    @Test
    void exactWilcoxonForSmallUntiedSample() {
        // Hollander and Wolfe's depression data, the example in R's ?wilcox.test:
        //   x <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
        //   y <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
        //   wilcox.test(x, y, paired = TRUE, alternative = "greater") -> V = 40, p-value = 0.01953
        // Two-sided: 2 * 10/512 = 0.0390625 (10 of the 512 sign patterns have V >= 40).
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        assertEquals(0.0390625, PairedDifference.of(y, x).wilcoxonPValue(), 1e-12);
        assertEquals(0.0390625, PairedDifference.of(x, y).wilcoxonPValue(), 1e-12);
    }

    @Test
    void pairsWithANaNAreDropped() {
        double[] a = {1, 2, Double.NaN, 4, 5};
        double[] b = {2, 4, 7, Double.NaN, 9};
        PairedDifference d = PairedDifference.of(a, b);
        assertEquals(3, d.n());
        assertEquals((1 + 2 + 4) / 3.0, d.meanDiff(), 1e-12);
    }

    @Test
    void allZeroDifferencesGiveNoEffect() {
        double[] a = {1, 2, 3, 4};
        PairedDifference d = PairedDifference.of(a, a.clone());
        assertEquals(4, d.n());
        assertEquals(0.0, d.meanDiff());
        assertEquals(0.0, d.sdDiff());
        assertEquals(0.0, d.ciLow());
        assertEquals(0.0, d.ciHigh());
        assertEquals(0.0, d.hedgesG());
        assertEquals(1.0, d.tPValue());
        assertEquals(1.0, d.wilcoxonPValue());
    }

    @Test
    void constantNonZeroDifferenceIsCertainButHasNoStandardisedSize() {
        PairedDifference d = PairedDifference.of(new double[] {1, 2, 3}, new double[] {3, 4, 5});
        assertEquals(2.0, d.meanDiff());
        assertEquals(2.0, d.ciLow());
        assertEquals(2.0, d.ciHigh());
        assertEquals(0.0, d.tPValue());
        assertTrue(Double.isNaN(d.hedgesG()));
    }

    @Test
    void fewerThanTwoPairsIsNaN() {
        PairedDifference one = PairedDifference.of(new double[] {1, Double.NaN}, new double[] {3, 5});
        assertEquals(1, one.n());
        assertEquals(2.0, one.meanDiff());
        assertTrue(Double.isNaN(one.sdDiff()));
        assertTrue(Double.isNaN(one.ciLow()));
        assertTrue(Double.isNaN(one.hedgesG()));
        assertTrue(Double.isNaN(one.tPValue()));
        assertTrue(Double.isNaN(one.wilcoxonPValue()));
        PairedDifference none = PairedDifference.of(new double[0], new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.meanDiff()));
    }

    @Test
    void rejectsUnequalLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2}, new double[] {1}));
    }
}
