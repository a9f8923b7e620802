package leadsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.HeatmapChart;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.chart.SweepHeatmap;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.sensitivity.FactorialAnova;
import leadsim.analysis.sensitivity.LevelMean;
import leadsim.analysis.sensitivity.MainEffects;
import leadsim.analysis.sensitivity.VarianceShare;
import leadsim.analysis.sensitivity.TwoFactorSurface;
import leadsim.analysis.stats.Holm;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.table.Table;
import leadsim.scenario.ScenarioMapper;

/**
 * The report of a {@code leadsim sweep} directory: per outcome, the main effect of each factor
 * (mean over every run at each level, with its 95% interval), a heat map over the two factors
 * when there are exactly two, and how much of the outcome's variance each factor explains alone.
 *
 * <p>Factors with more than {@value #MAX_LEVELS} distinct values (sampled designs: Latin
 * hypercube, Sobol points) are grouped into {@value #BINS} equal-count bins labelled by their
 * midpoints. The variance shares are first-order (main-effect) shares, the correlation ratio
 * eta squared of each factor's levels; they are not Sobol indices, which need a Saltelli design.
 * When the sweep ran a Saltelli or Morris design, {@link SweepSensitivity} replaces them (and the
 * summary's sentences) with Sobol indices or Morris elementary effects.
 */
final class SweepReport {
    static final int MAX_LEVELS = 12;
    static final int BINS = 5;
    static final int TABLE_ROWS = 40;
    static final int SENSITIVITY_TABLE_ROWS = 10;
    /** The summary states at most this many dependences between factors; the sections show them all. */
    static final int MAX_DEPENDENCES = 4;

    /** The outcomes a sweep report describes, when runs.csv has them. */
    static final List<String> OUTCOMES = List.of("latency_mean", "on_time_share", "quality_mean", "adoption_final",
            "implementation_final", "reform_survival_days");

    private SweepReport() {}

    static HtmlReport build(ExperimentDir sweep, ReportOutput out) throws IOException {
        Table runs = sweep.runs();
        List<String> factors = sweep.factors();
        List<MetricCatalogue.Metric> outcomes = new ArrayList<>();
        for (String column : OUTCOMES) {
            if (runs.hasColumn(column) && java.util.Arrays.stream(runs.numbers(column)).anyMatch(v -> !Double.isNaN(v))) {
                // a mechanism switched off leaves its outcome NaN in every run: nothing to show
                outcomes.add(MetricCatalogue.find(column).orElseThrow());
            }
        }
        JsonNode m = sweep.manifest();
        String name = m.path("name").asText(sweep.dir().getFileName().toString());
        long points = runs.groupBy("point").size();
        HtmlReport report = new HtmlReport("Sweep: " + name).subtitle(points + " design points, " + runs.rowCount()
                + " runs of " + m.path("scenario_file").asText("?") + ", factors: "
                + String.join(", ", factors.stream().map(KeyLabels::words).toList())
                + ", master seed " + m.path("master_seed").asText("?"));

        // Levels per factor, binned when the design sampled it.
        List<List<String>> levels = new ArrayList<>();
        List<Boolean> binned = new ArrayList<>();
        for (String factor : factors) {
            List<String> raw = runs.strings(factor);
            boolean bin = new LinkedHashSet<>(raw).size() > MAX_LEVELS && allNumbers(runs.numbers(factor));
            levels.add(bin ? bins(runs.numbers(factor)) : raw);
            binned.add(bin);
        }

        ReportSection summary = report.section("Summary");
        SweepSensitivity design = SweepSensitivity.of(sweep);
        List<SweepSensitivity.Result> indices = design == null ? List.of() : design.analyse(runs, outcomes);
        double[][] shares = new double[outcomes.size()][factors.size()];
        List<String> sentences = new ArrayList<>(design == null ? List.of() : design.sentences(indices));
        // One factorial ANOVA per outcome over a grid of at most three factors (every interaction in the
        // model); over a sampled design, or more factors, a one-way ANOVA of the factor a sentence names.
        boolean grid = !binned.contains(true) && factors.size() <= 3;
        FactorialAnova[] anovas = new FactorialAnova[outcomes.size()];
        int[] bestFactor = new int[outcomes.size()];
        FactorialAnova[] sentenceModel = new FactorialAnova[outcomes.size()];
        double[] mainP = new double[outcomes.size()];
        java.util.Arrays.fill(mainP, Double.NaN);
        for (int o = 0; o < outcomes.size(); o++) {
            double[] y = runs.numbers(outcomes.get(o).column());
            int best = -1;
            for (int f = 0; f < factors.size(); f++) {
                shares[o][f] = varianceShare(MainEffects.of(levels.get(f), y), y);
                if (!Double.isNaN(shares[o][f]) && (best < 0 || shares[o][f] > shares[o][best])) {
                    best = f;
                }
            }
            anovas[o] = design == null && grid ? FactorialAnova.of(levels, y) : null;
            bestFactor[o] = best;
            if (best >= 0 && design == null) {
                sentenceModel[o] = anovas[o] != null ? anovas[o] : FactorialAnova.of(List.of(levels.get(best)), y);
                if (sentenceModel[o] != null) {
                    mainP[o] = sentenceModel[o].term(anovas[o] != null ? best : 0).p();
                }
            }
        }
        double[] mainAdjusted = Holm.adjust(mainP);
        int mainTests = (int) java.util.Arrays.stream(mainP).filter(p -> !Double.isNaN(p)).count();
        for (int o = 0; o < outcomes.size(); o++) {
            int best = bestFactor[o];
            if (best >= 0 && design == null) {
                sentences.add(sentence(outcomes.get(o), factors.get(best), sentenceModel[o],
                        anovas[o] != null ? best : 0, shares[o][best], factors.size(), mainAdjusted[o], mainTests,
                        MainEffects.of(levels.get(best), runs.numbers(outcomes.get(o).column()))));
            }
        }
        if (!sentences.isEmpty()) {
            summary.meaning("In short", String.join(" ", sentences));
        }
        // Conditional effects: a main effect pooled over the other factors can hide a large effect at one level.
        // Only over a grid: binned samples mix other values into each cell, so cell means would mislead.
        boolean conditional = design == null && factors.size() >= 2 && grid;
        // Each pair's interaction F test, Holm-adjusted over every outcome and pair of factors.
        List<int[]> tests = new ArrayList<>(); // {outcome, a, b}
        List<Double> rawP = new ArrayList<>();
        if (conditional) {
            for (int o = 0; o < outcomes.size(); o++) {
                for (int a = 0; a < factors.size() && anovas[o] != null; a++) {
                    for (int b = a + 1; b < factors.size(); b++) {
                        tests.add(new int[] {o, a, b});
                        rawP.add(anovas[o].term(a, b).p());
                    }
                }
            }
        }
        double[] adjusted = Holm.adjust(rawP.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, SweepInteractions.Interaction> interactions = new java.util.HashMap<>();
        List<String> dependences = new ArrayList<>();
        for (int t = 0; t < tests.size(); t++) {
            int o = tests.get(t)[0];
            int a = tests.get(t)[1];
            int b = tests.get(t)[2];
            var test = new SweepInteractions.Interaction(anovas[o].term(a, b), factors.size(),
                    anovas[o].residualDf(), adjusted[t], tests.size());
            interactions.put(o + ":" + a + ":" + b, test);
            interactions.put(o + ":" + b + ":" + a, test);
            // one sentence per interaction: how the effect of the factor that explains less depends on the other
            boolean swap = shares[o][a] > shares[o][b];
            int minor = swap ? b : a;
            int major = swap ? a : b;
            String dependence = SweepInteractions.dependence(outcomes.get(o), factors.get(minor), factors.get(major),
                    SweepInteractions.effects(anovas[o], minor, major), test);
            if (dependence != null) {
                dependences.add(dependence);
            }
        }
        for (int k = 0; k < Math.min(MAX_DEPENDENCES, dependences.size()); k++) {
            summary.caution("An effect that depends on another factor", dependences.get(k));
        }
        if (dependences.size() > MAX_DEPENDENCES) {
            summary.paragraph((dependences.size() - MAX_DEPENDENCES) + " more effects depend on another factor; the"
                    + " conditional effects under each outcome show them all.");
        }
        if (design == null && !sentences.isEmpty()) {
            summary.paragraph(method(grid && factors.size() > 1, factors.size()));
        }
        // a sensitivity design's points are many and alike: a few show its shape, the CSV has them all
        pointsTable(summary, sweep, outcomes, out, design == null ? TABLE_ROWS : SENSITIVITY_TABLE_ROWS);
        ManifestWarnings.section(report, List.of(m), List.of(name));
        if (design != null) {
            design.section(report, indices, out); // the question a sensitivity design was run for comes first
        }

        for (int o = 0; o < outcomes.size(); o++) {
            MetricCatalogue.Metric outcome = outcomes.get(o);
            double scale = outcome.isShare() ? 100 : 1;
            String yTitle = outcome.isShare() ? outcome.label().replace("(share)", "(%)") : outcome.label();
            ReportSection section = report.section("Main effects on " + lowerFirst(shortLabel(outcome)));
            section.paragraph("For each factor, the mean over all runs at each of its levels (averaging over the other"
                    + " factors), with its 95% confidence interval." + (factors.size() > 1 ? " These intervals include"
                    + " the spread the other factors cause; the summary's tests compare levels within each level of the"
                    + " others." : "") + (binned.contains(true) ? " Sampled factors are"
                    + " grouped into " + BINS + " bins of equal size, labelled by their midpoints." : ""));
            double[] y = runs.numbers(outcome.column());
            List<List<String>> rows = new ArrayList<>();
            double top = 0;
            boolean negative = false;
            for (int f = 0; f < factors.size(); f++) {
                for (LevelMean e : MainEffects.of(levels.get(f), y)) {
                    double hi = Double.isNaN(e.ciHigh()) ? e.mean() : e.ciHigh();
                    double lo = Double.isNaN(e.ciLow()) ? e.mean() : e.ciLow();
                    top = Math.max(top, hi * scale);
                    negative |= lo < 0;
                }
            }
            if (factors.size() > 1) {
                section.paragraph("The charts of all factors share one y-axis, so taller differences are larger effects.");
            }
            for (int f = 0; f < factors.size(); f++) {
                List<LevelMean> effects = MainEffects.of(levels.get(f), y);
                List<String> categories = effects.stream().map(LevelMean::level).toList();
                double[] mean = effects.stream().mapToDouble(e -> e.mean() * scale).toArray();
                double[] low = effects.stream().mapToDouble(e -> e.ciLow() * scale).toArray();
                double[] high = effects.stream().mapToDouble(e -> e.ciHigh() * scale).toArray();
                var chart = CategoryBarChart.builder(shortLabel(outcome) + " by " + KeyLabels.words(factors.get(f)),
                        KeyLabels.label(factors.get(f)) + (binned.get(f) ? " (bin midpoint)" : ""), yTitle,
                        categories.stream().map(SweepReport::cell).toList())
                        .series("mean", mean, low, high).build();
                if (!negative && top > 0) {
                    chart.getStyler().setYAxisMin(0.0); // one axis for every factor: bar heights compare
                    chart.getStyler().setYAxisMax(top * 1.05);
                }
                figure(section, out.chart(chart, "main-effect-" + SchoolSections.slug(outcome.column()) + "-"
                                + SchoolSections.slug(factors.get(f))),
                        "Main effect of " + KeyLabels.words(factors.get(f)) + " on " + lowerFirst(shortLabel(outcome))
                                + ": the mean over all runs at each level (pooling every level of the other factors),"
                                + " with 95% confidence intervals. The next charts show it at each level of the others.",
                        "Bar chart of mean " + lowerFirst(shortLabel(outcome)) + " at each level of "
                                + KeyLabels.words(factors.get(f)) + ".");
                for (LevelMean e : effects) {
                    rows.add(List.of(outcome.column(), factors.get(f), e.level(), Integer.toString(e.n()),
                            Double.toString(e.mean()), Double.toString(e.ciLow()), Double.toString(e.ciHigh())));
                }
            }
            out.table("main-effects-" + SchoolSections.slug(outcome.column()), List.of("metric", "factor", "level",
                    "n", "mean", "ci95_low", "ci95_high"), rows);
            if (factors.size() == 2) {
                heatmap(section, outcome, factors, levels, y, scale, out);
            }
            if (conditional && anovas[o] != null) {
                section.heading("The effect of each factor at each level of the others");
                for (int a = 0; a < factors.size(); a++) {
                    for (int b = 0; b < factors.size(); b++) {
                        if (a != b) {
                            SweepInteractions.show(section, outcome, factors.get(a), levels.get(a), factors.get(b),
                                    levels.get(b), y, SweepInteractions.effects(anovas[o], a, b),
                                    interactions.get(o + ":" + a + ":" + b), out);
                        }
                    }
                }
            }
        }

        if (design == null && !outcomes.isEmpty() && !factors.isEmpty()) {
            sensitivity(report, outcomes, factors, shares, out);
        }
        SweepSeries.section(report, sweep, factors, levels, out);
        manifest(report, sweep, out);
        return report;
    }

    private static void heatmap(ReportSection section, MetricCatalogue.Metric outcome, List<String> factors,
                                List<List<String>> levels, double[] y, double scale, ReportOutput out)
            throws IOException {
        TwoFactorSurface surface = TwoFactorSurface.of(levels.get(0), levels.get(1), y);
        double[][] means = surface.means();
        for (double[] row : means) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= scale;
            }
        }
        String caption = shortLabel(outcome) + (outcome.isShare() ? " (%)" : "");
        String title = shortLabel(outcome) + " over both factors";
        var chart = allNumbers(surface.valuesA()) && allNumbers(surface.valuesB())
                ? SweepHeatmap.of(title, KeyLabels.label(factors.get(1)), surface.valuesB(),
                        KeyLabels.label(factors.get(0)), surface.valuesA(), means,
                        caption)
                : HeatmapChart.of(title, KeyLabels.label(factors.get(1)), surface.levelsB().toArray(String[]::new),
                        KeyLabels.label(factors.get(0)),
                        surface.levelsA().toArray(String[]::new), means, caption);
        figure(section, out.chart(chart, "surface-" + SchoolSections.slug(outcome.column())),
                "Mean " + lowerFirst(shortLabel(outcome)) + " at each combination of " + KeyLabels.words(factors.get(0))
                        + " and " + KeyLabels.words(factors.get(1)) + " (mean over the runs in each cell; brighter"
                        + " is higher).",
                "Heat map of " + lowerFirst(shortLabel(outcome)) + " over the two factors.");
        List<List<String>> rows = new ArrayList<>();
        int[][] counts = surface.counts();
        for (int i = 0; i < surface.levelsA().size(); i++) {
            for (int j = 0; j < surface.levelsB().size(); j++) {
                rows.add(List.of(surface.levelsA().get(i), surface.levelsB().get(j), Integer.toString(counts[i][j]),
                        Double.toString(means[i][j] / scale)));
            }
        }
        out.table("surface-" + SchoolSections.slug(outcome.column()), List.of(factors.get(0), factors.get(1), "n",
                "mean"), rows);
    }

    private static void sensitivity(HtmlReport report, List<MetricCatalogue.Metric> outcomes, List<String> factors,
                                    double[][] shares, ReportOutput out) throws IOException {
        ReportSection section = report.section("Which factors matter");
        section.paragraph("The share of each outcome's variance across runs that a factor explains on its own: the"
                + " variance of its main effect over the total variance (eta squared). Shares near zero mean the"
                + " factor hardly moves the outcome within the ranges swept; what no factor explains alone comes from"
                + " interactions and from chance between replicates. (Sobol indices, which also count interactions,"
                + " need a Saltelli design, which this sweep did not use.)");
        var bars = CategoryBarChart.builder("Share of variance explained by each factor alone", "",
                "Share of variance (%)", factors.stream().map(KeyLabels::label).toList());
        List<List<String>> rows = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) {
            double[] pct = Arrays.stream(shares[o]).map(v -> 100 * v).toArray();
            bars.series(shortLabel(outcomes.get(o)), pct);
            for (int f = 0; f < factors.size(); f++) {
                rows.add(List.of(outcomes.get(o).column(), factors.get(f), Double.toString(shares[o][f])));
            }
        }
        out.table("variance-shares", List.of("metric", "factor", "first_order_share"), rows);
        SavedChart saved = out.chart(bars.build(), "variance-shares");
        figure(section, saved, "First-order (main-effect) share of variance per factor and outcome.",
                "Bar chart of the share of variance each factor explains, one colour per outcome.");
    }

    private static void pointsTable(ReportSection section, ExperimentDir sweep, List<MetricCatalogue.Metric> outcomes,
                                    ReportOutput out, int shown) throws IOException {
        Map<String, Table> byPoint = sweep.runs().groupBy("point");
        List<String> points = new ArrayList<>(byPoint.keySet());
        points.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        List<String> header = new ArrayList<>(List.of("Point"));
        sweep.factors().forEach(f -> header.add(KeyLabels.label(f)));
        header.add("Runs");
        outcomes.forEach(o -> header.add(shortLabel(o)));
        List<String> csvHeader = new ArrayList<>(List.of("point"));
        csvHeader.addAll(sweep.factors());
        csvHeader.add("n");
        outcomes.forEach(o -> {
            csvHeader.add(o.column() + "_mean");
            csvHeader.add(o.column() + "_ci95_low");
            csvHeader.add(o.column() + "_ci95_high");
        });
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (String point : points) {
            Table t = byPoint.get(point);
            List<String> cells = new ArrayList<>(List.of(point));
            List<String> csvCells = new ArrayList<>(List.of(point));
            for (String factor : sweep.factors()) {
                cells.add(cell(t.get(0, factor))); // 0.22499999999999998 reads as 0.225; the CSV keeps every digit
                csvCells.add(t.get(0, factor));
            }
            cells.add(Integer.toString(t.rowCount()));
            csvCells.add(Integer.toString(t.rowCount()));
            for (MetricCatalogue.Metric o : outcomes) {
                ReplicateSummary s = ReplicateSummary.of(t.numbers(o.column()));
                cells.add(Fmt.value(o, s.mean()) + "\u00a0\u00b1\u00a0" + Fmt.value(o, s.halfWidth())); // one line
                csvCells.addAll(List.of(Double.toString(s.mean()), Double.toString(s.ciLow()), Double.toString(s.ciHigh())));
            }
            if (rows.size() < shown) {
                rows.add(cells);
            }
            csv.add(csvCells);
        }
        section.table((points.size() > shown ? "The first " + shown + " of " + points.size()
                + " design points (all in tables/points.csv)" : "Each design point")
                + ": mean over its runs \u00b1 half the width of the 95% confidence interval", header, rows,
                TableNames.columnSpan(1, sweep.factors().size()));
        out.table("points", csvHeader, csv);
    }

    /** A factor's value for the page: numbers to three significant figures, anything else as it is. */
    static String cell(String text) {
        try {
            double v = Double.parseDouble(text);
            return Double.isFinite(v) ? new java.math.BigDecimal(Fmt.num(v)).stripTrailingZeros().toPlainString() : text;
        } catch (NumberFormatException | NullPointerException e) {
            return text;
        }
    }

    private static void manifest(HtmlReport report, ExperimentDir sweep, ReportOutput out) throws IOException {
        ReportSection section = report.section("What was run");
        section.paragraph("Everything needed to run this sweep again: the spec and the base scenario with their"
                + " hashes, the master seed and the seed rule (each run's own seed is in runs.csv), and the versions."
                + " The full manifest, with the spec and the resolved base scenario, is below.");
        JsonNode m = sweep.manifest();
        List<List<String>> rows = new ArrayList<>();
        String[][] items = {{"Spec file", "spec_file"}, {"Spec SHA-256", "spec_sha256"},
                {"Base scenario", "scenario_file"}, {"Design SHA-256", "design_sha256"}, {"Factors", "factors"},
                {"Sampling", "sampling"}, {"Design points", "points"}, {"Replicates per point", "replicates"},
                {"Runs", "runs"}, {"Master seed", "master_seed"}, {"Seed rule", "seed_rule"},
                {"Shards", "shards"}, {"leadsim version", "leadsim_version"}, {"Git commit", "git_commit"},
                {"MASON version", "mason_version"}, {"Java", "jvm"}, {"Started", "started"},
                {"Command line", "command_line"}};
        for (String[] item : items) {
            JsonNode v = m.path(item[1]);
            if (v.isMissingNode()) {
                continue;
            }
            String text = v.isNull() ? "none" : v.isArray() ? join(v) : v.isObject() ? v.toString() : v.asText();
            rows.add(List.of(item[0], text));
        }
        rows.add(List.of("Runs finished", Integer.toString(sweep.runs().rowCount())));
        section.table(null, List.of("Item", "Value"), rows, TableNames.columns(0));
        out.table("manifest", List.of("item", "value"), rows);
        try {
            section.details("Full manifest (" + sweep.dir() + "/manifest.json)",
                    ScenarioMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(m));
        } catch (JsonProcessingException e) {
            section.details("Full manifest", m.toString());
        }
    }

    /** How the summary's claims were tested, in words. */
    static String method(boolean factorial, int factorCount) {
        String anova = factorCount == 2 ? "a two-way analysis of variance" : factorCount == 3
                ? "a three-way analysis of variance" : "an analysis of variance";
        return factorial
                ? "How these were tested: " + anova + " of the runs with every factor and every interaction"
                        + " (in R, aov(y ~ a * b)). A factor's levels differ when its main-effect F test is significant"
                        + " (5%, Holm-adjusted over the outcomes); one level is called best only when pairwise"
                        + " contrasts of the level means (Holm-adjusted) set it apart from every other. The level"
                        + " means and changes average over the other factors' levels, each level weighing the same, so"
                        + " the other factors' effects are not counted as noise; their intervals use the model's"
                        + " residual variance. An effect is said to depend on another factor only when their"
                        + " interaction's F test is significant (5%, Holm-adjusted over the outcomes and pairs of"
                        + " factors)."
                : "How these were tested: a one-way analysis of variance of the runs over the levels of the factor"
                        + " named" + (factorCount > 1 ? " (the other factors' effects are left in its error, which makes"
                        + " the test conservative)" : "") + "; a factor's levels differ when its F test is significant (5%, Holm-adjusted"
                        + " over the outcomes), and one level is called best only when pairwise contrasts of the level"
                        + " means (Holm-adjusted) set it apart from every other.";
    }

    /**
     * "Time to decision, mean (days) depends most on X (..% of its variance; two-way ANOVA main-effect
     * test: ...): it is lowest (best) at ..." The factor is the one that explains the largest share
     * of the variance; its levels are said to differ only when the main-effect F test ({@code p},
     * already adjusted over {@code tests} outcomes) is significant, and a level is called best only
     * when Holm-adjusted pairwise contrasts set it apart from every other level. Without a model
     * (an empty cell, one run per point), the level means are given without a claim.
     */
    static String sentence(MetricCatalogue.Metric outcome, String factor, FactorialAnova model, int f, double share,
                           int factorCount, double p, int tests, List<LevelMean> levelMeans) {
        String what = Character.toUpperCase(outcome.noun().charAt(0)) + outcome.noun().substring(1);
        String unit = outcome.isShare() ? "" : outcome.unit().isEmpty() ? "" : " " + outcome.unit();
        String words = KeyLabels.words(factor);
        String shareWords = Fmt.wordsPercent(share) + " of its variance";
        if (model == null) {
            LevelMean low = null;
            LevelMean high = null;
            for (LevelMean e : levelMeans) {
                if (!Double.isNaN(e.mean()) && (low == null || e.mean() < low.mean())) {
                    low = e;
                }
                if (!Double.isNaN(e.mean()) && (high == null || e.mean() > high.mean())) {
                    high = e;
                }
            }
            String range = low == null || low == high ? "" : ": its mean is lowest at " + cell(low.level()) + " ("
                    + value(outcome, low.mean()) + unit + ") and highest at " + cell(high.level()) + " ("
                    + value(outcome, high.mean()) + unit + "), untested (no run to spare for an error term)";
            return what + (factorCount > 1 ? " depends most on " : " depends on ") + words + " (" + shareWords + ")"
                    + range + ".";
        }
        List<String> levels = model.levels(f);
        int k = levels.size();
        double[] mean = new double[k];
        int low = 0;
        int high = 0;
        for (int i = 0; i < k; i++) {
            mean[i] = model.marginalMean(f, i);
            low = mean[i] < mean[low] ? i : low;
            high = mean[i] > mean[high] ? i : high;
        }
        String kind = model.factorCount() == 1 ? "one-way" : model.factorCount() == 2 ? "two-way" : "three-way";
        String test = kind + " ANOVA main-effect test: " + SweepInteractions.fTest(model.term(f), model.residualDf(), p,
                tests);
        if (!(p < SweepInteractions.ALPHA)) {
            return what + " did not differ detectably between the levels of " + words + " (" + test + "), the factor"
                    + " that explains the most of its variance (" + Fmt.wordsPercent(share) + "): its mean ranges from "
                    + value3(outcome, mean[low]) + unit + " at " + cell(levels.get(low)) + " to "
                    + value3(outcome, mean[high]) + unit + " at " + cell(levels.get(high)) + ".";
        }
        // Pairwise contrasts of the level means, Holm-adjusted over every pair.
        List<int[]> pairs = new ArrayList<>();
        List<FactorialAnova.Contrast> contrasts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new int[] {i, j});
                contrasts.add(model.difference(f, i, j));
            }
        }
        double[] adjusted = Holm.adjust(contrasts.stream().mapToDouble(FactorialAnova.Contrast::p).toArray());
        int best = outcome.lowerIsBetter() ? low : high;
        int worst = outcome.lowerIsBetter() ? high : low;
        List<Integer> tied = new ArrayList<>(); // levels not set apart from the best
        double largestP = 0;
        int tiedPair = -1;
        for (int q = 0; q < pairs.size(); q++) {
            int[] pair = pairs.get(q);
            if (pair[0] == best || pair[1] == best) {
                int other = pair[0] == best ? pair[1] : pair[0];
                if (adjusted[q] >= SweepInteractions.ALPHA) {
                    tied.add(other);
                    tiedPair = tiedPair < 0 || adjusted[q] < adjusted[tiedPair] ? q : tiedPair;
                } else {
                    largestP = Math.max(largestP, adjusted[q]);
                }
            }
        }
        String bestWord = outcome.lowerIsBetter() ? "lowest" : "highest";
        String worstWord = outcome.lowerIsBetter() ? "highest" : "lowest";
        StringBuilder s = new StringBuilder(what);
        s.append(factorCount > 1 ? " depends most on " : " depends on ").append(words).append(" (").append(shareWords)
                .append("; ").append(test).append("): ");
        if (tied.isEmpty()) {
            return s.append("it is ").append(worstWord).append(" at ").append(cell(levels.get(worst))).append(" (")
                    .append(value3(outcome, mean[worst])).append(unit).append(") and ").append(bestWord)
                    .append(" (best) at ").append(cell(levels.get(best))).append(" (").append(value3(outcome, mean[best]))
                    .append(unit).append("), which differs from every other level (pairwise contrasts, Holm-adjusted, ")
                    .append(k > 2 ? "largest " : "").append(SweepInteractions.pWords(largestP)).append(").").toString();
        }
        tied.sort(null);
        List<Integer> top = new ArrayList<>(tied);
        top.add(best);
        List<String> named = new ArrayList<>();
        for (int i : tied) {
            named.add(cell(levels.get(i)) + " (" + apart(outcome, mean, top, i) + unit + ")");
        }
        String list = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        if (!tied.contains(worst)) {
            s.append("it is ").append(worstWord).append(" at ").append(cell(levels.get(worst))).append(" (")
                    .append(value3(outcome, mean[worst])).append(unit).append("); ");
        }
        int[] closest = pairs.get(tiedPair);
        FactorialAnova.Contrast c = contrasts.get(tiedPair);
        double scale = outcome.isShare() ? 100 : 1;
        String units = outcome.isShare() ? " percentage points" : unit;
        return s.append("the ").append(bestWord).append(" mean, at ").append(cell(levels.get(best))).append(" (")
                .append(apart(outcome, mean, top, best)).append(unit).append("), did not differ detectably from ")
                .append(tied.size() == 1 ? "that at " : "those at ").append(list)
                .append(" (pairwise contrasts, Holm-adjusted: ").append(tied.size() == 1 ? "" : "closest to a difference, ")
                .append(cell(levels.get(closest[1]))).append(" minus ").append(cell(levels.get(closest[0]))).append(" is ")
                .append(SweepInteractions.signed(c.estimate() * scale)).append(units).append(", ")
                .append(SweepInteractions.pWords(adjusted[tiedPair])).append("), so no level is named best.").toString();
    }

    /** Three significant figures, for the level means a sentence compares. */
    private static String value3(MetricCatalogue.Metric m, double v) {
        return m.isShare() ? Fmt.percent(v) : Fmt.num(v);
    }

    /** Mean {@code i} with the fewest significant figures (three to six) that tell all of {@code among} apart. */
    static String apart(MetricCatalogue.Metric m, double[] mean, List<Integer> among, int i) {
        double scale = m.isShare() ? 100 : 1;
        for (int digits = 3; ; digits++) {
            java.math.MathContext context = new java.math.MathContext(digits, java.math.RoundingMode.HALF_UP);
            java.util.function.IntFunction<String> text = j -> Double.isFinite(mean[j])
                    ? new java.math.BigDecimal(mean[j] * scale).round(context).toPlainString()
                    : Fmt.NONE;
            if (digits == 6 || among.stream().map(text::apply).distinct().count() == among.size()) {
                return text.apply(i) + (m.isShare() ? "%" : "");
            }
        }
    }

    private static String value(MetricCatalogue.Metric m, double v) {
        return m.isShare() ? Fmt.wordsPercent(v) : Fmt.words(v);
    }

    /** Eta squared: the share of the variance the factor explains alone ({@link VarianceShare}). */
    static double varianceShare(List<LevelMean> effects, double[] y) {
        return VarianceShare.etaSquared(effects, y);
    }

    /**
     * Equal-count bins of a sampled factor, by rank (equal values stay in one bin), each value
     * labelled by the midpoint of its bin's smallest and largest value.
     */
    static List<String> bins(double[] values) {
        Integer[] order = new Integer[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                order[n++] = i;
            }
        }
        Integer[] ranked = Arrays.copyOf(order, n);
        Arrays.sort(ranked, (a, b) -> Double.compare(values[a], values[b]));
        int[] bin = new int[values.length];
        double[] low = new double[BINS];
        double[] high = new double[BINS];
        Arrays.fill(low, Double.NaN);
        for (int k = 0; k < n; k++) {
            int i = ranked[k];
            int b = k > 0 && values[i] == values[ranked[k - 1]] ? bin[ranked[k - 1]] : (int) ((long) k * BINS / n);
            bin[i] = b;
            if (Double.isNaN(low[b])) {
                low[b] = values[i]; // values arrive in ascending order: the first is the bin's smallest
            }
            high[b] = values[i];
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            labels.add(Double.isNaN(values[i]) ? null : Fmt.num((low[bin[i]] + high[bin[i]]) / 2));
        }
        return labels;
    }

    private static boolean allNumbers(double[] values) {
        return values.length > 0 && Arrays.stream(values).noneMatch(Double::isNaN);
    }

    /** The label without its unit in brackets: "Time to decision, mean". */
    static String shortLabel(MetricCatalogue.Metric m) {
        return m.label().replaceAll("\\s*\\([^)]*\\)$", "");
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(" ", parts);
    }

    private static void figure(ReportSection section, SavedChart saved, String caption, String alt) {
        section.figure(saved.png(), saved.svg(), caption, alt);
    }

}
