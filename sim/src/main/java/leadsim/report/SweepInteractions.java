package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.chart.BandChart;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.sensitivity.LevelMean;
import leadsim.analysis.sensitivity.MainEffects;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.stats.UnpairedDifference;

/**
 * Conditional effects of a sweep: the effect of each factor at each level of each other factor
 * (its last level against its first, runs at that level of the other factor only), beside the
 * pooled main effect, with an interaction plot. A main effect averages over the other factors
 * and can hide an effect that is large at one of their levels; when the conditional effects
 * differ (in sign, or one is at least twice the other in relative terms), a sentence says so.
 */
final class SweepInteractions {
    /** A conditional effect this many times another (in relative size) is called a dependence. */
    static final double RATIO = 2;
    /** Relative effects under this (5%) are not worth a sentence. */
    static final double NOTABLE = 0.05;
    /** Factors with more levels than this are not drawn as separate lines. */
    static final int MAX_LINES = 6;

    /**
     * The effect of going from the first to the last level of a factor, among some runs.
     *
     * @param at       the other factor's level, or null for the pooled main effect
     * @param from     first level
     * @param to       last level
     * @param d        last minus first, with its Welch 95% interval
     * @param relative d over the mean at the first level
     */
    record Effect(String at, String from, String to, UnpairedDifference d, double relative) {
        boolean significant() {
            return d.ciLow() > 0 || d.ciHigh() < 0;
        }
    }

    private SweepInteractions() {}

    /** The effect of factor a (levels {@code la}) at each level of factor b, then pooled (last). */
    static List<Effect> effects(List<String> la, List<String> lb, double[] y) {
        List<LevelMean> pooled = MainEffects.of(la, y);
        List<Effect> out = new ArrayList<>();
        if (pooled.size() < 2) {
            return out;
        }
        String from = pooled.get(0).level();
        String to = pooled.get(pooled.size() - 1).level();
        for (LevelMean b : MainEffects.of(lb, y)) {
            effect(la, y, from, to, i -> b.level().equals(lb.get(i)), b.level()).ifPresent(out::add);
        }
        effect(la, y, from, to, i -> true, null).ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<Effect> effect(List<String> la, double[] y, String from, String to,
                                                     java.util.function.IntPredicate keep, String at) {
        List<Double> x0 = new ArrayList<>();
        List<Double> x1 = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!keep.test(i) || Double.isNaN(y[i]) || la.get(i) == null) {
                continue;
            }
            if (la.get(i).equals(from)) {
                x0.add(y[i]);
            } else if (la.get(i).equals(to)) {
                x1.add(y[i]);
            }
        }
        if (x0.size() < 2 || x1.size() < 2) {
            return java.util.Optional.empty();
        }
        double[] a = x0.stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = x1.stream().mapToDouble(Double::doubleValue).toArray();
        UnpairedDifference d = UnpairedDifference.of(a, b); // mean(to) - mean(from)
        double base = d.meanA();
        return java.util.Optional.of(new Effect(at, from, to, d, base == 0 ? Double.NaN : d.meanDiff() / base));
    }

    /**
     * The sentence when the effect of {@code a} depends on {@code b}, else null: conditional
     * effects of opposite sign (both significant), or a significant one at least {@link #RATIO}
     * times another in relative size.
     */
    static String dependence(MetricCatalogue.Metric outcome, String a, String b, List<Effect> effects) {
        List<Effect> conditional = effects.stream().filter(e -> e.at() != null).toList();
        Effect pooled = effects.stream().filter(e -> e.at() == null).findFirst().orElse(null);
        if (conditional.size() < 2 || pooled == null) {
            return null;
        }
        Effect big = null;
        Effect small = null;
        for (Effect e : conditional) {
            if (Double.isNaN(e.relative())) {
                return null;
            }
            if (big == null || Math.abs(e.relative()) > Math.abs(big.relative())) {
                big = e;
            }
            if (small == null || Math.abs(e.relative()) < Math.abs(small.relative())) {
                small = e;
            }
        }
        boolean opposite = conditional.stream().anyMatch(e -> e.significant() && e.d().meanDiff() > 0)
                && conditional.stream().anyMatch(e -> e.significant() && e.d().meanDiff() < 0);
        if (opposite || small == big) {
            // the level to set beside the biggest effect: the strongest one of the other sign when the
            // signs differ, else the weakest other one (never the same level twice)
            Effect other = null;
            for (Effect e : conditional) {
                if (e == big) {
                    continue;
                }
                boolean candidate = !opposite || Math.signum(e.d().meanDiff()) != Math.signum(big.d().meanDiff());
                if (candidate && (other == null || (opposite ? Math.abs(e.relative()) > Math.abs(other.relative())
                        : Math.abs(e.relative()) < Math.abs(other.relative())))) {
                    other = e;
                }
            }
            small = other == null ? small : other;
        }
        boolean ratio = big.significant() && Math.abs(big.relative()) >= NOTABLE
                && Math.abs(big.relative()) >= RATIO * Math.abs(small.relative());
        if (!opposite && !ratio) {
            return null;
        }
        // In days (not only in proportion) too? Then the dependence holds however it is measured.
        boolean absolute = opposite || Math.abs(big.d().meanDiff()) >= RATIO * Math.abs(small.d().meanDiff());
        return (absolute ? "How much " : "In proportion to where it starts, how much ") + KeyLabels.words(a)
                + " matters depends on " + KeyLabels.words(b) + ": going from "
                + SweepReport.cell(big.from()) + " to " + SweepReport.cell(big.to()) + " changes " + outcome.noun()
                + " by " + change(big, outcome) + " when " + KeyLabels.words(b) + " is " + SweepReport.cell(big.at())
                + ", but by " + change(small, outcome) + " when it is " + SweepReport.cell(small.at())
                + ". Pooled over " + KeyLabels.words(b) + " (the main effect) the change is " + change(pooled, outcome)
                + ": a single main effect hides how different the effect is at different levels.";
    }

    /** "+38% (+0.39 days)", "not significantly (+2%, +0.01 days)". */
    private static String change(Effect e, MetricCatalogue.Metric outcome) {
        double scale = outcome.isShare() ? 100 : 1;
        String unit = outcome.isShare() ? " percentage points" : outcome.unit().isEmpty() ? "" : " " + outcome.unit();
        String abs = signed(e.d().meanDiff() * scale) + unit;
        String rel = signed(e.relative() * 100) + "%";
        return e.significant() ? rel + " (" + abs + ")" : rel + " (" + abs + ", not significant)";
    }

    private static String signed(double v) {
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
                     List<String> lb, double[] y, List<Effect> effects, ReportOutput out) throws IOException {
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
        var saved = out.chart(numeric ? band.build() : bars.build(), file);
        section.figure(saved.png(), saved.svg(), "The effect of " + KeyLabels.words(a) + " at each level of "
                        + KeyLabels.words(b) + ": one line per level of " + KeyLabels.words(b) + ", the mean over its runs"
                        + " with a 95% confidence band. Parallel lines mean " + KeyLabels.words(a) + " has the same"
                        + " effect whatever " + KeyLabels.words(b) + " is; lines that spread or cross mean its effect"
                        + " depends on " + KeyLabels.words(b) + ".",
                "Interaction plot of " + SweepReport.lowerFirst(SweepReport.shortLabel(outcome)) + " against "
                        + KeyLabels.words(a) + ", one line per level of " + KeyLabels.words(b) + ".");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (Effect e : effects) {
            rows.add(List.of(e.at() == null ? "all levels (main effect)" : SweepReport.cell(e.at()),
                    SweepReport.cell(e.from()) + " \u2192 " + SweepReport.cell(e.to()),
                    withInterval(e.d().meanDiff() * scale, e.d().ciLow() * scale, e.d().ciHigh() * scale),
                    Double.isNaN(e.relative()) ? Fmt.NONE : signed(e.relative() * 100) + "%"));
            csv.add(List.of(outcome.column(), a, b, e.at() == null ? "" : e.at(), e.from(), e.to(),
                    Double.toString(e.d().meanDiff()), Double.toString(e.d().ciLow()), Double.toString(e.d().ciHigh()),
                    Double.toString(e.relative())));
        }
        String unit = outcome.isShare() ? "percentage points" : outcome.unit().isEmpty() ? "" : outcome.unit();
        section.table("Effect of " + KeyLabels.words(a) + " at each level of " + KeyLabels.words(b)
                        + " (last level minus first, with its 95% interval" + (unit.isEmpty() ? "" : ", in " + unit)
                        + ")", List.of(KeyLabels.label(b), KeyLabels.label(a), "Change (95% CI)",
                        "Change (% of the first level)"), rows);
        out.table("conditional-effects-" + SchoolSections.slug(outcome.column()) + "-" + SchoolSections.slug(a),
                List.of("metric", "factor", "other_factor", "other_level", "from", "to", "difference", "ci95_low",
                        "ci95_high", "relative"), csv);
    }
}
