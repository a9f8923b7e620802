package leadsim.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast quantiles and restricted mean equal the full Kaplan-Meier fit's, on random data with
 * ties between events and censorings, and on a curve worked by hand.
 */
class SurvivalQuantilesTest {
    @Test
    void equalsTheFullFitOnRandomData() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] times = new double[n];
            boolean[] event = new boolean[n];
            int events = 0;
            for (int i = 0; i < n; i++) {
                times[i] = random.nextInt(40) / 4.0; // ties on purpose
                event[i] = random.nextDouble() < 0.7;
                events += event[i] ? 1 : 0;
            }
            double[] e = new double[events];
            double[] c = new double[n - events];
            for (int i = 0, a = 0, b = 0; i < n; i++) {
                if (event[i]) {
                    e[a++] = times[i];
                } else {
                    c[b++] = times[i];
                }
            }
            KaplanMeier full = KaplanMeier.fit(times, event);
            SurvivalQuantiles fast = SurvivalQuantiles.of(e, c);
            assertEquals(full.medianSurvival(), fast.timeAtSurvival(0.5), 0.0, "median, trial " + trial);
            assertEquals(full.timeAtSurvival(0.1), fast.timeAtSurvival(0.1), 0.0, "p90, trial " + trial);
            assertEquals(full.restrictedMean(8), fast.restrictedMean(8), 1e-12, "restricted mean, trial " + trial);
            // handed over sorted already (as a run hands its latencies): the same curve, the arrays as they were
            double[] sortedEvents = e.clone();
            double[] sortedCensored = c.clone();
            SurvivalQuantiles again = SurvivalQuantiles.of(sortedEvents, sortedCensored);
            assertArrayEquals(e, sortedEvents, 0.0, "sorted input left as it is, trial " + trial);
            assertEquals(fast.timeAtSurvival(0.5), again.timeAtSurvival(0.5), 0.0, "median again, trial " + trial);
            assertEquals(fast.timeAtSurvival(0.1), again.timeAtSurvival(0.1), 0.0, "p90 again, trial " + trial);
            assertEquals(fast.restrictedMean(8), again.restrictedMean(8), 0.0, "restricted mean again, trial " + trial);
        }
    }

    @Test
    void aCurveWorkedByHand() {
        // events at 1, 2, 4; censored at 3 and 5: S = 4/5 from 1, 3/5 from 2, 3/5 x 1/2 = 3/10 from 4.
        // Median: the first time S <= 0.5 is 4. Restricted mean to 5: 1 + 0.8 + 0.6 x 2 + 0.3 = 3.3.
        SurvivalQuantiles s = SurvivalQuantiles.of(new double[] {4, 1, 2}, new double[] {5, 3});
        assertEquals(4.0, s.timeAtSurvival(0.5), 0.0);
        assertEquals(3.3, s.restrictedMean(5), 1e-12);
        assertEquals(Double.NaN, s.timeAtSurvival(0.1), "never falls to 0.1: not reached");
    }
}
