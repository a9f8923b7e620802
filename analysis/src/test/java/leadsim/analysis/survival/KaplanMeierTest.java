package leadsim.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values: the 6-MP arm of the Freireich et al. (1963) leukaemia trial, whose
 * product-limit table is worked in most survival textbooks, e.g. Kleinbaum and Klein,
 * "Survival Analysis: A Self-Learning Text", ch. 2: S = 0.8571, 0.8067, 0.7529, 0.6902,
 * 0.6275, 0.5378, 0.4482 at 6, 7, 10, 13, 16, 22, 23 weeks. In R,
 * {@code library(MASS); summary(survfit(Surv(time, cens) ~ treat, data = gehan))} prints the
 * same survival column and the Greenwood std.err 0.0764, 0.0869, 0.0963, 0.1068, 0.1141,
 * 0.1282, 0.1346. The interval limits quoted below are those of R's {@code survfit_confint}
 * formulas, recomputed to six places (R prints three).
 */
class KaplanMeierTest {

    private static final double[] EVENT_TIMES = {6, 7, 10, 13, 16, 22, 23};

    @Test
    void drugArmSurvivalAndGreenwoodErrorsMatchTheTextbookTable() {
        KaplanMeier km = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        double[] expected = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
        double[] expectedSe = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
        List<SurvivalStep> steps = km.steps();
        double[] se = km.standardErrors();
        for (int i = 0; i < EVENT_TIMES.length; i++) {
            assertEquals(expected[i], km.survivalAt(EVENT_TIMES[i]), 5e-5, "S(" + EVENT_TIMES[i] + ")");
            int step = indexOf(steps, EVENT_TIMES[i]);
            assertEquals(expectedSe[i], se[step], 5e-5, "se at " + EVENT_TIMES[i]);
        }
        // Exact fractions: S(6) = 18/21, S(7) = 18/21 * 16/17.
        assertEquals(18.0 / 21, km.survivalAt(6), 1e-15);
        assertEquals(18.0 / 21 * 16 / 17, km.survivalAt(8.5), 1e-15);
    }

    @Test
    void stepsIncludeCensorOnlyTimesWithRiskSets() {
        KaplanMeier km = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        List<SurvivalStep> steps = km.steps();
        double[] times = steps.stream().mapToDouble(SurvivalStep::time).toArray();
        assertArrayEquals(new double[] {6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35}, times);
        // R: summary(fit, censored = TRUE) for 6-MP: n.risk 21 17 16 15 13 12 11 10 9 8 7 6 5 4 2 1
        int[] atRisk = steps.stream().mapToInt(SurvivalStep::atRisk).toArray();
        assertArrayEquals(new int[] {21, 17, 16, 15, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1}, atRisk);
        SurvivalStep six = steps.get(0);
        assertEquals(3, six.events());
        assertEquals(1, six.censored());
        SurvivalStep nine = steps.get(2);
        assertEquals(0, nine.events());
        assertEquals(1, nine.censored());
        assertEquals(16.0 / 17 * 18 / 21, nine.survival(), 1e-15); // flat through a censoring
        assertEquals(2, steps.get(13).censored()); // two censored at 32
        assertArrayEquals(new double[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 34, 35}, km.censorTimes());
        assertEquals(21, km.subjects());
        assertEquals(9, km.events());
    }

    @Test
    void logLogIntervalsMatchR() {
        // R: summary(survfit(Surv(time, cens) ~ 1, data = subset(gehan, treat == "6-MP"),
        //                    conf.type = "log-log"))
        //    lower 95% CI: 0.620 0.563 0.503 0.432 0.368 0.268 0.188
        //    upper 95% CI: 0.952 0.923 0.889 0.849 0.805 0.747 0.680
        // i.e. exp(-exp(log(-log S) -/+ 1.96 se(log S) / log S)) with Greenwood's se(log S).
        KaplanMeier km = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        double[] low = {0.619718, 0.563147, 0.503200, 0.431610, 0.367511, 0.267779, 0.188052};
        double[] high = {0.951552, 0.922809, 0.889362, 0.849066, 0.804912, 0.746791, 0.680143};
        assertIntervals(km, low, high);
        assertEquals(ConfidenceType.LOG_LOG, km.confidenceType());
    }

    @Test
    void logIntervalsMatchRDefault() {
        // R: summary(survfit(Surv(time, cens) ~ 1, data = subset(gehan, treat == "6-MP")))
        //    lower 95% CI: 0.720 0.653 0.586 0.510 0.439 0.337 0.249
        //    upper 95% CI: 1.000 0.996 0.968 0.935 0.896 0.858 0.807
        KaplanMeier km = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS, ConfidenceType.LOG);
        double[] low = {0.719817, 0.653124, 0.585919, 0.509613, 0.439394, 0.337037, 0.248788};
        double[] high = {1.0, 0.996444, 0.967575, 0.934769, 0.895995, 0.858201, 0.807372};
        assertIntervals(km, low, high);
    }

    @Test
    void mediansAndTheirIntervalsMatchR() {
        // R: print(survfit(Surv(time, cens) ~ treat, data = gehan))            (conf.type "log")
        //              n events median 0.95LCL 0.95UCL
        //    6-MP     21      9     23      16      NA
        //    control  21     21      8       4      12
        // With conf.type = "log-log": 6-MP 23 (13, NA); control 8 (4, 11).
        KaplanMeier drugLog = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS, ConfidenceType.LOG);
        KaplanMeier placeboLog = KaplanMeier.fit(Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS,
                ConfidenceType.LOG);
        assertEquals(23, drugLog.medianSurvival());
        assertEquals(16, drugLog.medianCi()[0]);
        assertTrue(Double.isNaN(drugLog.medianCi()[1]), "upper limit not reached");
        assertEquals(8, placeboLog.medianSurvival());
        assertArrayEquals(new double[] {4, 12}, placeboLog.medianCi());

        KaplanMeier drug = KaplanMeier.fit(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        KaplanMeier placebo = KaplanMeier.fit(Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS);
        assertEquals(23, drug.medianSurvival());
        assertEquals(13, drug.medianCi()[0]);
        assertTrue(Double.isNaN(drug.medianCi()[1]));
        assertEquals(8, placebo.medianSurvival());
        assertArrayEquals(new double[] {4, 11}, placebo.medianCi());
    }

    @Test
    void medianNotReachedIsNaN() {
        KaplanMeier km = KaplanMeier.fit(new double[] {1, 2, 3, 4}, new boolean[] {true, false, false, false});
        assertEquals(0.75, km.survivalAt(10));
        assertTrue(Double.isNaN(km.medianSurvival()));
    }

    @Test
    void flatAtOneHalfTakesTheMidpointAsR() {
        // R: print(survfit(Surv(1:4, rep(1, 4)) ~ 1)) -> median 2.5 (S = 0.5 on [2, 3))
        KaplanMeier km = KaplanMeier.fit(new double[] {4, 3, 2, 1}, new boolean[] {true, true, true, true});
        assertEquals(2.5, km.medianSurvival(), 1e-12);
        // Flat at 0.5 to the end of follow-up: the time it got there, as R's print.
        // R: print(survfit(Surv(c(1, 2, 7, 7), c(1, 1, 0, 0)) ~ 1)) -> median 2
        KaplanMeier flat = KaplanMeier.fit(new double[] {1, 2, 7, 7}, new boolean[] {true, true, false, false});
        assertEquals(2.0, flat.medianSurvival(), 1e-12);
    }

    @Test
    void survivalAtBeforeFirstAndAfterLastTime() {
        KaplanMeier km = KaplanMeier.fit(Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS);
        assertEquals(1.0, km.survivalAt(0.5));
        assertEquals(0.0, km.survivalAt(23));
        assertEquals(0.0, km.survivalAt(100));
        assertEquals(12.0 / 21, km.survivalAt(7.99), 1e-15);
        SurvivalStep last = km.steps().get(km.steps().size() - 1);
        assertTrue(Double.isNaN(last.ciLow()), "no interval once S = 0, as R");
    }

    @Test
    void rejectsMismatchedInput() {
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.fit(new double[] {1, 2}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.fit(new double[] {Double.NaN}, new boolean[] {true}));
    }

    private static void assertIntervals(KaplanMeier km, double[] low, double[] high) {
        List<SurvivalStep> steps = km.steps();
        for (int i = 0; i < EVENT_TIMES.length; i++) {
            SurvivalStep s = steps.get(indexOf(steps, EVENT_TIMES[i]));
            assertEquals(low[i], s.ciLow(), 1e-6, "lower at " + EVENT_TIMES[i]);
            assertEquals(high[i], s.ciHigh(), 1e-6, "upper at " + EVENT_TIMES[i]);
        }
    }

    private static int indexOf(List<SurvivalStep> steps, double time) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).time() == time) {
                return i;
            }
        }
        throw new AssertionError("no step at " + time);
    }
}
