package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.chart.BandChart;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.TitleFit;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.sensitivity.FactorialAnova;
import leadsim.analysis.sensitivity.LevelMean;
import leadsim.analysis.sensitivity.MainEffects;
import leadsim.analysis.stats.ReplicateSummary;

/**
 * Conditional effects of a sweep: the effect of each factor at each level of each other factor
 * (its last level against its first), beside its main effect, with an interaction plot, all
 * from one {@link FactorialAnova} of the runs (every factor and every interaction). A simple
 * effect is the difference of the cell means at that level (averaged over any third factor); the
 * main effect is the average of the simple effects, so the other factors' levels are blocks and
 * their effects are not counted as noise; intervals use the residual mean square of the model.
 * A sentence says an effect depends on another factor only when the interaction's F test is
 * significant (5%, Holm-adjusted over the interaction tests of the report), and then gives the
 * simple effect at every level.
 */
final class SweepInteractions {
    /** Factors with more levels than this are not drawn as separate lines. */
    static final int MAX_LINES = 6;
    static final double ALPHA = 0.05;

    /**
     * The effect of going from the first to the last level of a factor, among some runs.
     *
     * @param at       the other factor's level, or null for the main effect
     * @param from     first level
     * @param to       last level
     * @param d        last minus first, with its 95% interval and p-value
     * @param relative d over the mean at the first level
     */
    record Effect(String at, String from, String to, FactorialAnova.Contrast d, double relative) {
        boolean significant() {
            return d.ciLow() > 0 || d.ciHigh() < 0;
        }
    }

    /** An interaction's F test, its p-value adjusted over {@code tests} tests. */
    record Interaction(FactorialAnova.Term term, int factorCount, int residualDf, double adjustedP, int tests) {
        boolean significant() {
            return adjustedP < ALPHA;
        }

        /** "two-way ANOVA interaction test: F(6, 108) = 4.2, p = 0.0026, Holm-adjusted over 3 tests". */
        String words() {
            return (factorCount == 2 ? "two-way" : factorCount == 3 ? "three-way" : factorCount + "-way")
                    + " ANOVA interaction test: " + fTest(term, residualDf, adjustedP, tests);
        }
    }

    private SweepInteractions() {}

    /** "F(6, 108) = 4.2, p = 0.003, Holm-adjusted over 3 tests". */
    static String fTest(FactorialAnova.Term term, int residualDf, double adjustedP, int tests) {
        return "F(" + term.df() + ", " + residualDf + ") = " + Fmt.words(term.f()) + ", " + pWords(adjustedP)
                + (tests > 1 ? ", Holm-adjusted over " + tests + " tests" : "");
    }

    /** "p < 0.001", "p = 0.022". */
    static String pWords(double p) {
        return p < 0.001 ? "p < 0.001" : p >= 0.9995 ? "p = 1" : "p = " + Fmt.words(p);
    }

    /** The effect of factor {@code a} at each level of factor {@code b}, then its main effect (last). */
    static List<Effect> effects(FactorialAnova anova, int a, int b) {
        List<String> la = anova.levels(a);
        List<String> lb = anova.levels(b);
        int last = la.size() - 1;
        List<Effect> out = new ArrayList<>();
        for (int j = 0; j < lb.size(); j++) {
            FactorialAnova.Contrast d = anova.difference(a, 0, last, b, j);
            double base = anova.marginalMean(a, 0, b, j);
            out.add(new Effect(lb.get(j), la.get(0), la.get(last), d, base == 0 ? Double.NaN : d.estimate() / base));
        }
        FactorialAnova.Contrast d = anova.difference(a, 0, last);
        double base = anova.marginalMean(a, 0);
        out.add(new Effect(null, la.get(0), la.get(last), d, base == 0 ? Double.NaN : d.estimate() / base));
        return out;
    }

    /**
     * The sentence saying the effect of {@code a} depends on {@code b}, or null when their
     * interaction's F test is not significant: the simple effect at every level of {@code b}, in
     * order, then the main effect.
     */
    static String dependence(MetricCatalogue.Metric outcome, String a, String b, List<Effect> effects,
                             Interaction test) {
        List<Effect> conditional = effects.stream().filter(e -> e.at() != null).toList();
        Effect main = effects.stream().filter(e -> e.at() == null).findFirst().orElse(null);
        if (!test.significant() || conditional.size() < 2 || main == null) {
            return null;
        }
        StringBuilder s = new StringBuilder("How much ").append(KeyLabels.words(a)).append(" matters depends on ")
                .append(KeyLabels.words(b)).append(" (").append(test.words()).append("): going from ")
                .append(SweepReport.cell(main.from())).append(" to ").append(SweepReport.cell(main.to()))
                .append(" changes ").append(outcome.noun()).append(" by ");
        for (int i = 0; i < conditional.size(); i++) {
            Effect e = conditional.get(i);
            if (i > 0) {
                s.append(i == conditional.size() - 1 ? " and by " : ", by ");
            }
            s.append(change(e, outcome)).append(" when ").append(i == 0 ? KeyLabels.words(b) : "it").append(" is ")
                    .append(SweepReport.cell(e.at()));
        }
        double scale = outcome.isShare() ? 100 : 1;
        double low = main.d().ciLow() * scale;
        double high = main.d().ciHigh() * scale;
        String[] bounds = Fmt.wordsWithInterval(main.d().estimate() * scale, low, high); // the one interval rule
        return s.append(". Averaged over the levels of ").append(KeyLabels.words(b))
                .append(" (the main effect) the change is ").append(change(main, outcome)).append(", 95% CI ")
                .append(signed(low, bounds[1])).append(" to ").append(signed(high, bounds[2]))
                .append('.').toString();
    }

    /** "+38% (+0.39 days)", "+2% (+0.01 days, not significant)". */
    private static String change(Effect e, MetricCatalogue.Metric outcome) {
        double scale = outcome.isShare() ? 100 : 1;
        String unit = outcome.isShare() ? " percentage points" : outcome.unit().isEmpty() ? "" : " " + outcome.unit();
        // a difference that is zero but for rounding in the sums (effects that cancel) reads as 0
        boolean zero = Math.abs(e.d().estimate()) < 1e-9 * Math.abs(e.d().ciHigh() - e.d().ciLow());
        String abs = signed(zero ? 0 : e.d().estimate() * scale) + unit;
        String rel = signed(zero ? 0 : e.relative() * 100) + "%";
        return e.significant() ? rel + " (" + abs + ")" : rel + " (" + abs + ", not significant)";
    }

    /** "+0.39", "\u22120.015", "0": a change in a sentence, its sign always shown. */
    static String signed(double v) {
        return signed(v, Fmt.words(Math.abs(v)));
    }

    private static String signed(double v, String text) {
        String t = text.startsWith("-") ? text.substring(1) : text;
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "") + t;
    }

    /** "+0.39 (+0.21 to +0.57)": a change and its interval, by the one interval rule. */
    private static String withInterval(double mean, double low, double high) {
        String[] r = Fmt.wordsWithInterval(mean, low, high);
        return signed(mean, r[0]) + " (" + signed(low, r[1]) + " to " + signed(high, r[2]) + ")";
    }

    /** The interaction plot and the table of conditional effects of {@code a} at each level of {@code b}. */
    static void show(ReportSection section, MetricCatalogue.Metric outcome, String a, List<String> la, String b,
                     List<String> lb, double[] y, List<Effect> effects, Interaction test, ReportOutput out)
            throws IOException {
        double scale = outcome.isShare() ? 100 : 1;
        String yTitle = SweepReport.shortLabel(outcome) + (outcome.isShare() ? " (%)"
                : outcome.unit().isEmpty() ? "" : " (" + outcome.unit() + ")");
        List<LevelMean> levelsA = MainEffects.of(la, y);
        List<LevelMean> levelsB = MainEffects.of(lb, y);
        if (levelsA.size() < 2 || levelsB.size() < 2 || levelsB.size() > MAX_LINES) {
            return;
        }
        boolean numeric = levelsA.stream().noneMatch(l -> Double.isNaN(l.value()));
        String title = SweepReport.shortLabel(outcome) + " by " + KeyLabels.words(a);
        BandChart.Builder band = BandChart.builder(title, KeyLabels.label(a), yTitle);
        CategoryBarChart.Builder bars = CategoryBarChart.builder(title, KeyLabels.label(a), yTitle,
                levelsA.stream().map(l -> SweepReport.cell(l.level())).toList());
        for (LevelMean lvB : levelsB) {
            double[] x = new double[levelsA.size()];
            double[] m = new double[levelsA.size()];
            double[] lo = new double[levelsA.size()];
            double[] hi = new double[levelsA.size()];
            for (int k = 0; k < levelsA.size(); k++) {
                List<Double> cell = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (levelsA.get(k).level().equals(la.get(i)) && lvB.level().equals(lb.get(i)) && !Double.isNaN(y[i])) {
                        cell.add(y[i]);
                    }
                }
                ReplicateSummary s = ReplicateSummary.of(cell.stream().mapToDouble(Double::doubleValue).toArray());
                x[k] = levelsA.get(k).value();
                m[k] = s.mean() * scale;
                lo[k] = (Double.isNaN(s.ciLow()) ? s.mean() : s.ciLow()) * scale;
                hi[k] = (Double.isNaN(s.ciHigh()) ? s.mean() : s.ciHigh()) * scale;
            }
            String name = KeyLabels.words(b) + " " + SweepReport.cell(lvB.level());
            if (numeric) {
                band.series(name, x, m, lo, hi);
            } else {
                bars.series(name, m, lo, hi);
            }
        }
        String file = "interaction-" + SchoolSections.slug(outcome.column()) + "-" + SchoolSections.slug(a) + "-by-"
                + SchoolSections.slug(b);
        org.knowm.xchart.internal.chartpart.Chart<?, ?> chart = numeric ? band.build() : bars.build();
        // XChart centres the title over the plot and never wraps it: "<outcome> by <factor>" runs off the
        // left edge when the legend is on the right; then the outcome alone (the x-axis names the factor)
        TitleFit.shorten(chart, SweepReport.shortLabel(outcome));
        var saved = out.chart(chart, file);
        section.figure(saved.png(), saved.svg(), "The effect of " + KeyLabels.words(a) + " at each level of "
                        + KeyLabels.words(b) + ": one line per level of " + KeyLabels.words(b) + ", the mean over its runs"
                        + " with a 95% confidence band. Parallel lines mean " + KeyLabels.words(a) + " has the same"
                        + " effect whatever " + KeyLabels.words(b) + " is; lines that spread or cross suggest its"
                        + " effect depends on " + KeyLabels.words(b) + ", and the interaction test under the table says"
                        + " whether that is more than chance between replicates.",
                "Interaction plot of " + SweepReport.lowerFirst(SweepReport.shortLabel(outcome)) + " against "
                        + KeyLabels.words(a) + ", one line per level of " + KeyLabels.words(b) + ".");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (Effect e : effects) {
            rows.add(List.of(e.at() == null ? "averaged over all levels (main effect)" : SweepReport.cell(e.at()),
                    SweepReport.cell(e.from()) + " \u2192 " + SweepReport.cell(e.to()),
                    withInterval(e.d().estimate() * scale, e.d().ciLow() * scale, e.d().ciHigh() * scale),
                    Double.isNaN(e.relative()) ? Fmt.NONE : signed(e.relative() * 100) + "%"));
            csv.add(List.of(outcome.column(), a, b, e.at() == null ? "" : e.at(), e.from(), e.to(),
                    Double.toString(e.d().estimate()), Double.toString(e.d().ciLow()), Double.toString(e.d().ciHigh()),
                    Double.toString(e.relative()), Double.toString(e.d().p())));
        }
        String unit = outcome.isShare() ? "percentage points" : outcome.unit().isEmpty() ? "" : outcome.unit();
        section.table("Effect of " + KeyLabels.words(a) + " at each level of " + KeyLabels.words(b)
                        + " (last level minus first, with its 95% interval" + (unit.isEmpty() ? "" : ", in " + unit)
                        + "; the main effect is the average of the effects at each level)", List.of(KeyLabels.label(b), KeyLabels.label(a), "Change (95% CI)",
                        "Change (% of the first level)"), rows, TableNames.columns(0, 1));
        section.paragraph(interactionWords(a, b, test));
        out.table("conditional-effects-" + SchoolSections.slug(outcome.column()) + "-" + SchoolSections.slug(a)
                        + "-by-" + SchoolSections.slug(b),
                List.of("metric", "factor", "other_factor", "other_level", "from", "to", "difference", "ci95_low",
                        "ci95_high", "relative", "p"), csv);
    }

    /** Whether the effect of a differs between levels of b, by the interaction's F test. */
    static String interactionWords(String a, String b, Interaction test) {
        String said = test.significant() ? "The effect of " + KeyLabels.words(a) + " differs between levels of "
                + KeyLabels.words(b) : "The effect of " + KeyLabels.words(a) + " did not differ detectably between"
                + " levels of " + KeyLabels.words(b);
        return said + " (" + test.words() + ").";
    }
}
