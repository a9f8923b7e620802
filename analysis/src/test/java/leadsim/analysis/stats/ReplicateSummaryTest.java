package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReplicateSummaryTest {

    private static final double EPS = 1e-6;

    @Test
    void sleepGroupOneMatchesRSummaryAndTTest() {
        // R: x <- sleep$extra[sleep$group == 1]
        //    summary(x)  -> Min -1.600, 1st Qu. -0.175, Median 0.350, Mean 0.750, 3rd Qu. 1.700, Max 3.700
        //    sd(x)       -> 1.78901
        //    t.test(x)$conf.int -> -0.5297804  2.0297804
        ReplicateSummary s = ReplicateSummary.of(SleepData.GROUP_1);
        assertEquals(10, s.n());
        assertEquals(0.75, s.mean(), EPS);
        assertEquals(1.7890097, s.sd(), EPS);
        assertEquals(-0.5297804, s.ciLow(), EPS);
        assertEquals(2.0297804, s.ciHigh(), EPS);
        assertEquals(-0.175, s.q1(), EPS);
        assertEquals(0.35, s.median(), EPS);
        assertEquals(1.7, s.q3(), EPS);
        assertEquals(-1.6, s.min(), EPS);
        assertEquals(3.7, s.max(), EPS);
    }

    @Test
    void otherConfidenceLevel() {
        // R: t.test(sleep$extra[sleep$group == 1], conf.level = 0.9)$conf.int -> -0.2870553  1.7870553
        ReplicateSummary s = ReplicateSummary.of(SleepData.GROUP_1, 0.90);
        assertEquals(-0.2870553, s.ciLow(), EPS);
        assertEquals(1.7870553, s.ciHigh(), EPS);
    }

    @Test
    void quartilesAreRType7() {
        // R: quantile(1:10) -> 1.00 3.25 5.50 7.75 10.00
        ReplicateSummary s = ReplicateSummary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertEquals(3.25, s.q1(), 1e-12);
        assertEquals(5.5, s.median(), 1e-12);
        assertEquals(7.75, s.q3(), 1e-12);
        // R: quantile(c(1, 2, 4, 8, 16, 32, 64)) -> 1 3 8 24 64
        // (type 6 would give 2, 8, 32; type 7 interpolates at 1 + (n - 1) p)
        ReplicateSummary p = ReplicateSummary.of(new double[] {1, 2, 4, 8, 16, 32, 64});
        assertEquals(3, p.q1(), 1e-12);
        assertEquals(8, p.median(), 1e-12);
        assertEquals(24, p.q3(), 1e-12);
    }

    @Test
    void nanValuesAreIgnored() {
        ReplicateSummary s = ReplicateSummary.of(new double[] {1, Double.NaN, 3, Double.NaN});
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
        // R: t.test(c(1, 3))$conf.int -> -10.70620  14.70620
        assertEquals(-10.706205, s.ciLow(), EPS);
        assertEquals(14.706205, s.ciHigh(), EPS);
    }

    @Test
    void singleValueHasNoSpread() {
        ReplicateSummary s = ReplicateSummary.of(new double[] {Double.NaN, 4.5});
        assertEquals(1, s.n());
        assertEquals(4.5, s.mean());
        assertEquals(4.5, s.median());
        assertEquals(4.5, s.min());
        assertTrue(Double.isNaN(s.sd()));
        assertTrue(Double.isNaN(s.ciLow()));
        assertTrue(Double.isNaN(s.ciHigh()));
    }

    @Test
    void emptyIsAllNaN() {
        ReplicateSummary s = ReplicateSummary.of(new double[] {Double.NaN});
        assertEquals(0, s.n());
        assertTrue(Double.isNaN(s.mean()));
        assertTrue(Double.isNaN(s.median()));
        assertTrue(Double.isNaN(s.max()));
    }

    @Test
    void rejectsConfidenceOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> ReplicateSummary.of(new double[] {1, 2}, 95));
    }
}
