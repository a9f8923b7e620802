package leadsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactorialAnovaTest {

    /** R's ToothGrowth: len by supp (VC rows 1-30, OJ rows 31-60) and dose (0.5, 1, 2; ten runs each). */
    static final double[] LEN = {4.2, 11.5, 7.3, 5.8, 6.4, 10.0, 11.2, 11.2, 5.2, 7.0, 16.5, 16.5, 15.2, 17.3, 22.5,
        17.3, 13.6, 14.5, 18.8, 15.5, 23.6, 18.5, 33.9, 25.5, 26.4, 32.5, 26.7, 21.5, 23.3, 29.5,
        15.2, 21.5, 17.6, 9.7, 14.5, 10.0, 8.2, 9.4, 16.5, 9.7, 19.7, 23.3, 23.6, 26.4, 20.0,
        25.2, 25.8, 21.2, 14.5, 27.3, 25.5, 26.4, 22.4, 24.5, 24.8, 30.9, 26.4, 27.3, 29.4, 23.0};

    private static List<List<String>> factors() {
        List<String> supp = new ArrayList<>();
        List<String> dose = new ArrayList<>();
        for (int i = 0; i < LEN.length; i++) {
            supp.add(i < 30 ? "VC" : "OJ");
            dose.add(List.of("0.5", "1", "2").get(i % 30 / 10));
        }
        return List.of(supp, dose);
    }

    @Test
    void toothGrowthMatchesRsTwoWayAnova() {
        // R: tg <- ToothGrowth; tg$dose <- factor(tg$dose); summary(aov(len ~ supp * dose, data = tg))
        //             Df   Sum Sq   Mean Sq  F value     Pr(>F)
        // supp         1  205.350  205.3500 15.57198 0.00023118
        // dose         2 2426.434 1213.2172 91.99996 < 2.22e-16
        // supp:dose    2  108.319   54.1595  4.10699 0.02186027
        // Residuals   54  712.106   13.1871
        FactorialAnova a = FactorialAnova.of(factors(), LEN);
        assertEquals(List.of("OJ", "VC"), a.levels(0), "levels sorted as R sorts a factor's levels");
        assertEquals(54, a.residualDf());
        assertEquals(712.106, a.residualSumSquares(), 5e-4);
        FactorialAnova.Term supp = a.term(0);
        assertEquals(205.350, supp.sumSquares(), 5e-4);
        assertEquals(1, supp.df());
        assertEquals(15.57198, supp.f(), 5e-5);
        assertEquals(0.00023118, supp.p(), 5e-9);
        FactorialAnova.Term dose = a.term(1);
        assertEquals(2426.434, dose.sumSquares(), 5e-4);
        assertEquals(91.99996, dose.f(), 5e-5);
        assertEquals(0, dose.p(), 2.22e-16);
        FactorialAnova.Term both = a.term(1, 0);
        assertEquals(List.of(0, 1), both.factors());
        assertEquals(108.319, both.sumSquares(), 5e-4);
        assertEquals(2, both.df());
        assertEquals(4.10699, both.f(), 5e-6);
        assertEquals(0.02186027, both.p(), 5e-9);
    }

    @Test
    void contrastsUseTheResidualMeanSquare() {
        // R, after the aov above: fit <- lm(len ~ supp * dose, data = tg); s2 <- summary(fit)$sigma^2
        //   m <- with(tg, tapply(len, list(supp, dose), mean))
        //   simple effect, dose 0.5 -> 2 at OJ: e <- m["OJ","2"] - m["OJ","0.5"]; se <- sqrt(s2 * 2/10)
        //     e + c(-1,1) * qt(0.975, 54) * se; 2 * pt(-abs(e/se), 54)
        //     -> 12.83, se 1.624016512, CI 9.574042932 to 16.08595707, p 1.429712012e-10
        //   main effect averaged over supp: e <- mean(m[,"2"]) - mean(m[,"0.5"]); se <- sqrt(s2 * 4 * 0.25 / 10)
        //     -> 15.495, se 1.148353088, CI 13.19269068 to 17.79730932
        //   supp, VC -> OJ averaged over dose: mean(m["OJ",]) - mean(m["VC",]); se <- sqrt(s2 * 6 / 9 / 10)
        //     -> 3.7, se 0.9376263701, p 0.0002311828098 (the main-effect F test's p: F = t^2 with one df)
        FactorialAnova a = FactorialAnova.of(factors(), LEN);
        FactorialAnova.Contrast simple = a.difference(1, 0, 2, 0, 0);
        assertEquals(12.83, simple.estimate(), 1e-9);
        assertEquals(1.624016512, simple.standardError(), 1e-9);
        assertEquals(9.574042932, simple.ciLow(), 1e-8);
        assertEquals(16.08595707, simple.ciHigh(), 1e-8);
        assertEquals(1.429712012e-10, simple.p(), 1e-18);
        FactorialAnova.Contrast main = a.difference(1, 0, 2);
        assertEquals(15.495, main.estimate(), 1e-9);
        assertEquals(1.148353088, main.standardError(), 1e-9);
        assertEquals(13.19269068, main.ciLow(), 1e-8);
        assertEquals(17.79730932, main.ciHigh(), 1e-8);
        FactorialAnova.Contrast supp = a.difference(0, 1, 0);
        assertEquals(3.7, supp.estimate(), 1e-9);
        assertEquals(0.9376263701, supp.standardError(), 1e-9);
        assertEquals(0.0002311828098, supp.p(), 1e-12);
        assertEquals((13.23 + 22.70 + 26.06) / 3, a.marginalMean(0, 0), 1e-9);
        assertEquals(26.06, a.marginalMean(1, 2, 0, 0), 1e-9);
    }

    @Test
    void anUnbalancedGridGetsTypeThreeSumsOfSquares() {
        // R: u <- tg[-c(1, 2, 3, 31), ]; options(contrasts = c("contr.sum", "contr.poly"))
        //    drop1(lm(len ~ supp * dose, data = u), . ~ ., test = "F")
        //             Df  Sum of Sq       RSS  F value     Pr(>F)
        //   <none>                  680.52646
        //   supp       1  176.60529 857.13175 12.97564 0.00072514
        //   dose       2 2130.04538 2810.57184 78.24991 3.9926e-16
        //   supp:dose  2  101.28456 781.81102  3.72082 0.03115880
        double[] y = LEN.clone();
        for (int dropped : new int[] {0, 1, 2, 30}) {
            y[dropped] = Double.NaN;
        }
        FactorialAnova a = FactorialAnova.of(factors(), y);
        assertEquals(50, a.residualDf());
        assertEquals(680.52646, a.residualSumSquares(), 5e-5);
        assertEquals(176.60529, a.term(0).sumSquares(), 5e-5);
        assertEquals(12.97564, a.term(0).f(), 5e-5);
        assertEquals(0.00072514, a.term(0).p(), 5e-9);
        assertEquals(2130.04538, a.term(1).sumSquares(), 5e-5);
        assertEquals(101.28456, a.term(0, 1).sumSquares(), 5e-5);
        assertEquals(3.72082, a.term(0, 1).f(), 5e-6);
        assertEquals(0.03115880, a.term(0, 1).p(), 5e-9);
    }

    @Test
    void anEmptyCellOrNoReplicateLeavesNoTest() {
        double[] y = LEN.clone();
        for (int i = 0; i < 10; i++) {
            y[i] = Double.NaN; // VC at 0.5: an empty cell
        }
        assertNull(FactorialAnova.of(factors(), y));
        assertNull(FactorialAnova.of(List.of(List.of("a", "b", "a", "b"), List.of("x", "x", "y", "y")),
                new double[] {1, 2, 3, 4}), "one run per cell: no error term");
    }

    @Test
    void npkMatchesRsThreeWayAnova() {
        // R: summary(aov(yield ~ N * P * K, data = npk))   (options(digits = 10); the blocks left out)
        //             Df    Sum Sq    Mean Sq F value   Pr(>F)
        // N            1 189.28167 189.281667 6.16076 0.024542
        // P            1   8.40167   8.401667 0.27346 0.608188
        // K            1  95.20167  95.201667 3.09863 0.097458
        // N:P          1  21.28167  21.281667 0.69268 0.417505
        // N:K          1  33.13500  33.135000 1.07848 0.314478
        // P:K          1   0.48167   0.481667 0.01568 0.901918
        // N:P:K        1  37.00167  37.001667 1.20433 0.288699
        // Residuals   16 491.58000  30.723750
        String[] npk = {"011", "110", "000", "101", "100", "111", "001", "010", "010", "111", "100", "001", "100",
            "111", "001", "010", "110", "000", "101", "011", "101", "110", "011", "000"};
        double[] yield = {49.5, 62.8, 46.8, 57.0, 59.8, 58.5, 55.5, 56.0, 62.8, 55.8, 69.5, 55.0, 62.0, 48.8, 45.5,
            44.2, 52.0, 51.5, 49.8, 48.8, 57.2, 59.0, 53.2, 56.0};
        List<List<String>> factors = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            List<String> column = new ArrayList<>();
            for (String row : npk) {
                column.add(row.substring(f, f + 1));
            }
            factors.add(column);
        }
        FactorialAnova a = FactorialAnova.of(factors, yield);
        assertEquals(16, a.residualDf());
        assertEquals(491.58, a.residualSumSquares(), 5e-5);
        double[][] expected = {{189.28167, 6.16076, 0.024542}, {8.40167, 0.27346, 0.608188},
            {95.20167, 3.09863, 0.097458}, {21.28167, 0.69268, 0.417505}, {33.135, 1.07848, 0.314478},
            {0.48167, 0.01568, 0.901918}, {37.00167, 1.20433, 0.288699}};
        List<List<Integer>> order = List.of(List.of(0), List.of(1), List.of(2), List.of(0, 1), List.of(0, 2),
            List.of(1, 2), List.of(0, 1, 2));
        for (int t = 0; t < expected.length; t++) {
            FactorialAnova.Term term = a.terms().get(t);
            assertEquals(order.get(t), term.factors(), "terms in R's order");
            assertEquals(expected[t][0], term.sumSquares(), 5e-5, "SS of " + term.factors());
            assertEquals(expected[t][1], term.f(), 5e-5, "F of " + term.factors());
            assertEquals(expected[t][2], term.p(), 5e-7, "p of " + term.factors());
        }
    }
}
