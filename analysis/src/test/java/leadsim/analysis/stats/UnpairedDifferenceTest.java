package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnpairedDifferenceTest {

    @Test
    void sleepDataMatchesRWelchTest() {
        // R: t.test(extra ~ group, data = sleep)
        //    t = -1.8608, df = 17.776, p-value = 0.07939
        //    95 percent confidence interval: -3.3654832  0.2054832
        //    mean in group 1 0.75, mean in group 2 2.33
        // R reports group 1 - group 2; ours is b - a = group 2 - group 1, so the interval flips.
        UnpairedDifference d = UnpairedDifference.of(SleepData.GROUP_1, SleepData.GROUP_2);
        assertEquals(10, d.nA());
        assertEquals(10, d.nB());
        assertEquals(0.75, d.meanA(), 1e-12);
        assertEquals(2.33, d.meanB(), 1e-12);
        assertEquals(1.58, d.meanDiff(), 1e-12);
        assertEquals(-0.2054832, d.ciLow(), 1e-7);
        assertEquals(3.3654832, d.ciHigh(), 1e-7);
        assertEquals(17.776, d.welchDf(), 5e-4);
        assertEquals(0.07939, d.welchPValue(), 5e-6);
        // Pooled sd: sqrt((var(g1) + var(g2)) / 2) = 1.898625 (equal n);
        // g = (1 - 3/(4*20 - 9)) * 1.58 / 1.898625 = 0.7970185
        assertEquals(0.7970185, d.hedgesG(), 1e-6);
        // R: wilcox.test(extra ~ group, data = sleep) -> W = 25.5, p-value = 0.06933 (ties: normal approx.)
        assertEquals(0.06933, d.mannWhitneyPValue(), 5e-6);
    }

    @Test
    void exactMannWhitneyForSmallUntiedSamples() {
        // Example in R's ?wilcox.test:
        //   x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
        //   y <- c(1.15, 0.88, 0.90, 0.74, 1.21)
        //   wilcox.test(x, y, alternative = "g") -> W = 35, p-value = 0.1272
        // Two-sided: wilcox.test(x, y) -> p-value = 0.2544 (= 2 * 382/3003)
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        UnpairedDifference d = UnpairedDifference.of(x, y);
        assertEquals(2 * 382.0 / 3003, d.mannWhitneyPValue(), 1e-12);
        assertEquals(2 * 382.0 / 3003, UnpairedDifference.of(y, x).mannWhitneyPValue(), 1e-12);
    }

    @Test
    void identicalConstantSamplesShowNoDifference() {
        UnpairedDifference d = UnpairedDifference.of(new double[] {2, 2, 2}, new double[] {2, 2});
        assertEquals(0.0, d.meanDiff());
        assertEquals(0.0, d.hedgesG());
        assertEquals(1.0, d.welchPValue());
        assertEquals(1.0, d.mannWhitneyPValue());
    }

    @Test
    void tooFewValuesIsNaN() {
        UnpairedDifference d = UnpairedDifference.of(new double[] {1, Double.NaN}, new double[] {2, 3, 4});
        assertEquals(1, d.nA());
        assertEquals(2.0, d.meanDiff(), 1e-12);
        assertTrue(Double.isNaN(d.ciLow()));
        assertTrue(Double.isNaN(d.hedgesG()));
        assertTrue(Double.isNaN(d.welchPValue()));
        assertTrue(Double.isNaN(d.mannWhitneyPValue()));
    }
}
