package leadsim.analysis.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogRankTest {

    @Test
    void leukaemiaTrialMatchesR() {
        // R: survdiff(Surv(time, cens) ~ treat, data = MASS::gehan)
        //    observed 9 / 21, expected 19.3 / 10.7; Chisq = 16.8 on 1 degrees of freedom, p = 4e-05
        // Unrounded the statistic is 16.79294 (Kleinbaum and Klein, ch. 2, report 16.79), p = 4.169e-05.
        LogRankResult r = LogRank.test(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS,
                Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS);
        assertEquals(16.79294, r.chiSquare(), 1e-5);
        assertEquals(1, r.df());
        assertEquals(4.1688e-5, r.pValue(), 1e-8);
        // Order of the groups does not matter.
        LogRankResult swapped = LogRank.test(Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS,
                Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        assertEquals(r.chiSquare(), swapped.chiSquare(), 1e-9);
    }

    @Test
    void kGroupFormWithTwoGroupsIsTheSameTest() {
        LogRankResult two = LogRank.test(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS,
                Leukaemia.PLACEBO_TIMES, Leukaemia.PLACEBO_EVENTS);
        LogRankResult k = LogRank.test(List.of(Leukaemia.DRUG_TIMES, Leukaemia.PLACEBO_TIMES),
                List.of(Leukaemia.DRUG_EVENTS, Leukaemia.PLACEBO_EVENTS));
        assertEquals(two.chiSquare(), k.chiSquare(), 1e-12);
    }

    @Test
    void threeGroups() {
        // Placebo arm split in two by position (odd and even entries) plus the 6-MP arm.
        // R: g <- c(rep(1, 21), rep(2:3, length.out = 21))
        //    survdiff(Surv(c(drug, placebo), c(drugEvent, rep(1, 21))) ~ g)
        // Reference 16.796315 (p = 2.2528e-4) from an independent NumPy implementation of
        // survdiff's formula, (O - E)' V^-1 (O - E) over the first k - 1 groups with the
        // hypergeometric V; the same implementation reproduces the two-group 16.79294 above.
        double[] odd = new double[11];
        double[] even = new double[10];
        for (int i = 0; i < 21; i++) {
            if (i % 2 == 0) {
                odd[i / 2] = Leukaemia.PLACEBO_TIMES[i];
            } else {
                even[i / 2] = Leukaemia.PLACEBO_TIMES[i];
            }
        }
        boolean[] oddEvents = new boolean[11];
        boolean[] evenEvents = new boolean[10];
        java.util.Arrays.fill(oddEvents, true);
        java.util.Arrays.fill(evenEvents, true);
        LogRankResult r = LogRank.test(List.of(Leukaemia.DRUG_TIMES, odd, even),
                List.of(Leukaemia.DRUG_EVENTS, oddEvents, evenEvents));
        assertEquals(2, r.df());
        assertEquals(16.796315, r.chiSquare(), 1e-6);
        assertEquals(2.2528e-4, r.pValue(), 1e-8);
        LogRankResult permuted = LogRank.test(List.of(even, Leukaemia.DRUG_TIMES, odd),
                List.of(evenEvents, Leukaemia.DRUG_EVENTS, oddEvents));
        assertEquals(r.chiSquare(), permuted.chiSquare(), 1e-9);
    }

    @Test
    void identicalGroupsGiveZero() {
        LogRankResult r = LogRank.test(Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS,
                Leukaemia.DRUG_TIMES, Leukaemia.DRUG_EVENTS);
        assertEquals(0.0, r.chiSquare(), 1e-12);
        assertEquals(1.0, r.pValue(), 1e-12);
    }
}
