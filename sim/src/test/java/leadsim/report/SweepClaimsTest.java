package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.sensitivity.FactorialAnova;
import leadsim.analysis.sensitivity.MainEffects;
import org.junit.jupiter.api.Test;

/** The sweep report's claims: a best level, an effect that depends on another factor, a main effect. */
class SweepClaimsTest {
    private static final MetricCatalogue.Metric LATENCY = MetricCatalogue.find("latency_mean").orElseThrow();
    private static final MetricCatalogue.Metric ON_TIME = MetricCatalogue.find("on_time_share").orElseThrow();
    private static final double[] NOISE = {-0.1, 0.05, 0.1, -0.05};

    /** Four runs in each cell of a 2 x 2 grid: 10, plus the effect of a at each level of b, plus NOISE. */
    private static FactorialAnova grid(double aAtX, double aAtY) {
        List<String> la = new ArrayList<>();
        List<String> lb = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (String a : List.of("1", "2")) {
            for (String b : List.of("x", "y")) {
                for (double e : NOISE) {
                    la.add(a);
                    lb.add(b);
                    y.add(10 + (a.equals("2") ? (b.equals("x") ? aAtX : aAtY) : 0) + e);
                }
            }
        }
        return FactorialAnova.of(List.of(la, lb), y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static SweepInteractions.Interaction test(FactorialAnova anova) {
        FactorialAnova.Term term = anova.term(0, 1);
        return new SweepInteractions.Interaction(term, 2, anova.residualDf(), term.p(), 1);
    }

    @Test
    void anEffectOfOppositeSignAtTwoLevelsDependsOnTheOtherFactorAndEveryLevelIsNamed() {
        // R: y <- 10 + c(-0.1, 0.05, 0.1, -0.05); d <- expand.grid(e = 1:4, b = c("x", "y"), a = c("1", "2"))
        //    d$y <- rep(y, 4) + ifelse(d$a == "2", ifelse(d$b == "x", 3, -3), 0)
        //    summary(aov(y ~ a * b, data = d))   # a:b  Df 1, Sum Sq 36, F value 4320, Pr(>F) <2e-16; Residuals 12, 0.1
        //    main effect of a: 0 +/- qt(0.975, 12) * sqrt(0.1 / 12 / 4) = +/- 0.09944874
        FactorialAnova crossed = grid(3, -3);
        List<SweepInteractions.Effect> effects = SweepInteractions.effects(crossed, 0, 1);
        assertEquals(3, effects.size(), "one effect per level of b, then the main effect");
        assertEquals(0, effects.get(2).d().estimate(), 1e-9, "averaged, the two cancel");
        assertEquals(4320, crossed.term(0, 1).f(), 1e-6);
        assertEquals("How much psychological safety matters depends on days between PLC meetings (two-way ANOVA"
                + " interaction test: F(1, 12) = 4320, p < 0.001): going from 1 to 2 changes the mean time to decision"
                + " of decided needs by +30% (+3.0 days) when days between PLC meetings is x and by \u221230%"
                + " (\u22123.0 days) when it is y. Averaged over the levels of days between PLC meetings (the main"
                + " effect) the change is 0% (0 days, not significant), 95% CI \u22120.099 to +0.099.",
                SweepInteractions.dependence(LATENCY, "culture.psychological_safety", "bodies.plc.cadence_days",
                        effects, test(crossed)));
    }

    @Test
    void theSameEffectAtEveryLevelDoesNotDepend() {
        FactorialAnova additive = grid(3, 3);
        assertEquals(0, additive.term(0, 1).f(), 1e-9);
        assertNull(SweepInteractions.dependence(LATENCY, "a", "b", SweepInteractions.effects(additive, 0, 1),
                test(additive)));
        assertEquals("The effect of psychological safety did not differ detectably between levels of days between"
                + " PLC meetings (two-way ANOVA interaction test: F(1, 12) = 0, p = 1).",
                SweepInteractions.interactionWords("culture.psychological_safety", "bodies.plc.cadence_days",
                        test(additive)));
    }

    @Test
    void twoEffectsWhoseDifferenceIsNoiseDoNotDepend() {
        // -0.057 at one level, -0.015 at the other, the noise of a replicate 0.03: the interaction is not
        // significant, so no sentence, however different the two effects look
        List<String> la = new ArrayList<>();
        List<String> lb = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double[] noise = {-0.04, 0.03, 0.01, -0.02, 0.05, -0.03};
        for (String a : List.of("5", "20")) {
            for (String b : List.of("0.5", "0.8")) {
                for (double e : noise) {
                    la.add(a);
                    lb.add(b);
                    y.add(1 + (a.equals("20") ? (b.equals("0.8") ? -0.057 : -0.015) : 0) + e);
                }
            }
        }
        FactorialAnova anova = FactorialAnova.of(List.of(la, lb), y.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(true, anova.term(0, 1).p() > 0.05, "p = " + anova.term(0, 1).p());
        assertNull(SweepInteractions.dependence(LATENCY, "bodies.plc.cadence_days", "culture.psychological_safety",
                SweepInteractions.effects(anova, 0, 1), test(anova)));
    }

    /** Psychological safety 0.2 / 0.5 / 0.8 by cadence 5 / 20, four runs a cell: the share on time. */
    private static String onTimeSentence(double at02, double at05, double at08) {
        List<String> safety = new ArrayList<>();
        List<String> cadence = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        double[] noise = {-0.004, 0.002, 0.004, -0.002};
        double[] level = {at02, at05, at08};
        for (int s = 0; s < 3; s++) {
            for (String c : List.of("5", "20")) {
                for (double e : noise) {
                    safety.add(List.of("0.2", "0.5", "0.8").get(s));
                    cadence.add(c);
                    y.add(level[s] + (c.equals("20") ? -0.003 : 0) + e);
                }
            }
        }
        double[] values = y.stream().mapToDouble(Double::doubleValue).toArray();
        FactorialAnova anova = FactorialAnova.of(List.of(safety, cadence), values);
        return SweepReport.sentence(ON_TIME, "culture.psychological_safety", anova, 0, 0.93, 2,
                anova.term(0).p(), 1, MainEffects.of(safety, values));
    }

    @Test
    void noLevelIsBestWhenTheTopTwoDoNotDiffer() {
        // R: e <- c(-0.004, 0.002, 0.004, -0.002)
        //    d <- expand.grid(e = e, c = factor(c("5", "20"), levels = c("5", "20")), s = c("0.2", "0.5", "0.8"))
        //    d$y <- c(0.909, 0.9725, 0.9718)[as.integer(d$s)] + ifelse(d$c == "20", -0.003, 0) + d$e
        //    fit <- aov(y ~ s * c, data = d); summary(fit)   # s: Df 2, F value 797.66, Pr(>F) < 2e-16; Residuals 18
        //    m <- tapply(d$y, d$s, mean)                   # 0.9075 0.9710 0.9703
        //    mse <- sum(residuals(fit)^2) / 18; se <- sqrt(mse * 2 / 8)
        //    pr <- c(m[2] - m[1], m[3] - m[1], m[3] - m[2]); p.adjust(2 * pt(-abs(pr / se), 18), "holm")
        //      # 1.75e-17 1.75e-17 0.7059096; 0.8 minus 0.5: -0.0007
        assertEquals("The share of needs decided by their holder on time depends most on psychological safety (93% of"
                + " its variance; two-way ANOVA main-effect test: F(2, 18) = 798, p < 0.001): it is lowest at 0.2"
                + " (90.8%); the highest mean, at 0.5 (97.1%), did not differ detectably from that at 0.8 (97.0%)"
                + " (pairwise contrasts, Holm-adjusted: 0.8 minus 0.5 is \u22120.070 percentage points, p = 0.71), so"
                + " no level is named best.",
                onTimeSentence(0.909, 0.9725, 0.9718));
    }

    @Test
    void aLevelIsBestWhenPairwiseContrastsSetItApart() {
        // R, as above with c(0.909, 0.9725, 0.9818): s F value 941.86; means 0.9075 0.9710 0.9803; Holm-adjusted
        //    pairwise p 1.17e-17 1.54e-18 7.58e-05: 0.8 is set apart from both others
        assertEquals("The share of needs decided by their holder on time depends most on psychological safety (93% of"
                + " its variance; two-way ANOVA main-effect test: F(2, 18) = 942, p < 0.001): it is lowest at 0.2"
                + " (90.8%) and highest (best) at 0.8 (98.0%), which differs from every other level (pairwise"
                + " contrasts, Holm-adjusted, largest p < 0.001).",
                onTimeSentence(0.909, 0.9725, 0.9818));
    }

    @Test
    void levelsThatDoNotDifferAreSaidNotToDiffer() {
        // R, as above with c(0.9720, 0.9725, 0.9718): s F value 0.078, Pr(>F) 0.9253; means 0.9705 0.9710 0.9703
        assertEquals("The share of needs decided by their holder on time did not differ detectably between the levels"
                + " of psychological safety (two-way ANOVA main-effect test: F(2, 18) = 0.078, p = 0.93), the factor"
                + " that explains the most of its variance (93%): its mean ranges from 97.0% at 0.8 to 97.1% at 0.5.",
                onTimeSentence(0.9720, 0.9725, 0.9718));
    }
}
