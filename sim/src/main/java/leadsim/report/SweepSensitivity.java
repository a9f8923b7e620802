package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.sensitivity.MorrisScreening;
import leadsim.analysis.sensitivity.SaltelliDesign;
import leadsim.analysis.sensitivity.SobolIndices;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.table.Table;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Global sensitivity of a sweep run on a Saltelli or Morris design (see
 * {@code scenarios/sweeps/README.md}): the design is rebuilt from the manifest's
 * {@code sampling} (design point p is row p of the design), each outcome is averaged over the
 * replicates of each point, and then
 * <ul>
 *   <li>Saltelli: first- and total-order Sobol indices with bootstrap 95% intervals
 *       ({@link SobolIndices});</li>
 *   <li>Morris: mu* (mean absolute elementary effect) and sigma ({@link MorrisScreening}).</li>
 * </ul>
 * Replicate noise stays in the point means: it adds to every total-order index and lowers the
 * first-order ones, so the section says how large a share of the variance it is.
 */
final class SweepSensitivity {
    /** A factor whose total-order index (or relative mu*) is under this hardly matters. */
    static final double MINOR = 0.05;

    /** The analysis of one outcome: indices or effects, or why there are none. */
    record Result(MetricCatalogue.Metric outcome, SobolIndices sobol, List<MorrisScreening.Effect> morris,
                  double noiseShare, String missing) {}

    private final String method;
    private final List<String> factors;
    private final SaltelliDesign saltelli;
    private final MorrisScreening morris;
    private final int replicates;
    private final long seed;

    private SweepSensitivity(String method, List<String> factors, SaltelliDesign saltelli, MorrisScreening morris,
                             int replicates, long seed) {
        this.method = method;
        this.factors = factors;
        this.saltelli = saltelli;
        this.morris = morris;
        this.replicates = replicates;
        this.seed = seed;
    }

    /** The design of a sweep whose manifest records a Saltelli or Morris sampling that fits its runs, else null. */
    static SweepSensitivity of(ExperimentDir sweep) {
        JsonNode m = sweep.manifest();
        JsonNode s = m.path("sampling");
        String method = s.path("method").asText("");
        List<String> factors = sweep.factors();
        int k = factors.size();
        long points = m.path("points").asLong(-1);
        int replicates = m.path("replicates").asInt(1);
        long seed = m.path("master_seed").asLong(1);
        if (k == 0) {
            return null;
        }
        switch (method) {
            case "saltelli" -> {
                int n = s.path("base_samples").asInt(0);
                if (n < 2 || points != (long) n * (k + 2)) {
                    return null;
                }
                return new SweepSensitivity(method, factors, SaltelliDesign.of(k, n), null, replicates, seed);
            }
            case "morris" -> {
                int r = s.path("trajectories").asInt(0);
                int levels = s.path("levels").asInt(0);
                if (r < 1 || levels < 2 || levels % 2 != 0 || !s.path("design_seed").canConvertToLong()
                        || points != (long) r * (k + 1)) {
                    return null;
                }
                return new SweepSensitivity(method, factors, null,
                        MorrisScreening.design(k, levels, r, s.path("design_seed").asLong()), replicates, seed);
            }
            default -> {
                return null;
            }
        }
    }

    boolean isSaltelli() {
        return saltelli != null;
    }

    private int size() {
        return saltelli != null ? saltelli.size() : morris.size();
    }

    /** Indices or effects of each outcome, from the mean of its replicates at each design point. */
    List<Result> analyse(Table runs, List<MetricCatalogue.Metric> outcomes) {
        Map<String, Table> byPoint = runs.groupBy("point");
        List<Result> results = new ArrayList<>();
        for (MetricCatalogue.Metric outcome : outcomes) {
            double[] means = new double[size()];
            double noise = 0;
            int noisePoints = 0;
            String missing = null;
            int absent = 0;
            int empty = 0;
            for (int p = 0; p < means.length; p++) {
                Table t = byPoint.get(Integer.toString(p));
                if (t == null) {
                    absent++;
                    continue;
                }
                ReplicateSummary s = ReplicateSummary.of(t.numbers(outcome.column()));
                int n = s.n();
                if (n == 0) {
                    empty++;
                    continue;
                }
                means[p] = s.mean();
                if (n > 1) {
                    noise += s.sd() * s.sd() / n; // the variance of this point's mean from chance
                    noisePoints++;
                }
            }
            if (absent > 0) {
                missing = absent + " of " + means.length + " design points have no finished run yet";
            } else if (empty > 0) {
                missing = empty + " of " + means.length + " design points have no value (every run left it empty)";
            }
            if (missing != null) {
                results.add(new Result(outcome, null, null, Double.NaN, missing));
                continue;
            }
            double spread = variance(means);
            double noiseShare = noisePoints > 0 && spread > 0 ? noise / noisePoints / spread : Double.NaN;
            if (!(spread > 0)) {
                results.add(new Result(outcome, null, null, noiseShare, "it is the same at every design point"));
            } else if (saltelli != null) {
                // Centred: the indices do not change with a shift of the output, but the first-order
                // estimator mean(f_B (f_ABi - f_A)) is far less noisy when f_B is near zero on average.
                double centre = StatUtils.mean(means);
                double[] centred = java.util.Arrays.stream(means).map(v -> v - centre).toArray();
                results.add(new Result(outcome, SobolIndices.estimate(saltelli, centred, seed), null, noiseShare, null));
            } else {
                results.add(new Result(outcome, null, morris.analyse(means), noiseShare, null));
            }
        }
        return results;
    }

    private static double variance(double[] values) {
        return StatUtils.populationVariance(values);
    }

    /** One plain sentence per outcome, for the summary. */
    List<String> sentences(List<Result> results) {
        List<String> out = new ArrayList<>();
        for (Result r : results) {
            if (r.sobol() != null) {
                out.add(sobolSentence(r));
            } else if (r.morris() != null) {
                out.add(morrisSentence(r));
            }
        }
        return out;
    }

    /**
     * "Psychological safety explains about 62% of the variance in the mean time to decision on
     * its own and about 70% with its interactions; teacher capacity hours about 20% (25%); PLC
     * cadence days hardly matters (under 5% even with interactions)."
     */
    String sobolSentence(Result r) {
        if (r.noiseShare() >= CHANCE) {
            return chanceOnly(r);
        }
        List<SobolIndices.FactorIndices> ranked = new ArrayList<>(r.sobol().factors());
        ranked.sort(Comparator.comparingDouble(SobolIndices.FactorIndices::totalOrder).reversed());
        // Chance left in the point means adds about its share to every total-order index, an inert
        // factor's included: a factor matters when its total order is clearly above that floor.
        double chance = Double.isNaN(r.noiseShare()) ? 0 : r.noiseShare();
        double floor = chance < MINOR ? MINOR : Math.ceil(100 * (MINOR + chance)) / 100;
        String under = " (under " + Fmt.num(Math.round(100 * floor)) + "% even with interactions"
                + (chance >= MINOR ? ", about what chance between replicates adds)" : ")");
        List<SobolIndices.FactorIndices> matter = ranked.stream().filter(f -> f.totalOrder() >= floor).toList();
        List<String> minor = ranked.stream().filter(f -> !(f.totalOrder() >= floor))
                .map(f -> label(factors.get(f.factor()))).toList();
        StringBuilder s = new StringBuilder();
        if (matter.isEmpty()) {
            s.append("No factor moves ").append(r.outcome().noun()).append(" much: every total-order index is")
                    .append(under.replace(" even with interactions", ""));
            return s.append('.').append(noiseWarning(r)).toString();
        }
        for (int i = 0; i < matter.size(); i++) {
            SobolIndices.FactorIndices f = matter.get(i);
            // in words the share alone is at most the total, as it is in theory (estimates can cross)
            String first = Fmt.wordsPercent(clamp(Math.min(f.firstOrder(), f.totalOrder())));
            String total = Fmt.wordsPercent(clamp(f.totalOrder()));
            if (i == 0) {
                s.append(capitalise(label(factors.get(f.factor())))).append(" explains about ").append(first)
                        .append(" of the variance in ").append(r.outcome().noun()).append(" on its own");
                s.append(matter.size() + minor.size() > 1 ? " and about " + total + " with its interactions"
                        : " (" + total + " in total)");
            } else {
                s.append("; ").append(label(factors.get(f.factor()))).append(" about ").append(first).append(" (")
                        .append(total).append(i == 1 ? " with interactions)" : ")");
            }
        }
        if (!minor.isEmpty()) {
            s.append("; ").append(list(minor)).append(minor.size() == 1 ? " hardly matters" : " hardly matter")
                    .append(under);
        }
        return s.append('.').append(noiseWarning(r)).toString();
    }

    /** "Ranked by mu*, ... moves the mean time to decision most: by about 3.1 days over its range; ..." */
    String morrisSentence(Result r) {
        if (r.noiseShare() >= CHANCE) {
            return chanceOnly(r);
        }
        List<MorrisScreening.Effect> ranked = new ArrayList<>(r.morris());
        ranked.sort(Comparator.comparingDouble(MorrisScreening.Effect::muStar).reversed());
        double top = ranked.get(0).muStar();
        String unit = unit(r.outcome());
        double scale = r.outcome().isShare() ? 100 : 1;
        StringBuilder s = new StringBuilder();
        MorrisScreening.Effect first = ranked.get(0);
        s.append(capitalise(label(factors.get(first.factor())))).append(" moves ").append(r.outcome().noun())
                .append(" most: by about ").append(Fmt.words(first.muStar() * scale)).append(unit)
                .append(" across its range, on average (mu*)");
        List<String> minor = new ArrayList<>();
        for (int i = 1; i < ranked.size(); i++) {
            MorrisScreening.Effect e = ranked.get(i);
            if (e.muStar() < MINOR * top) {
                minor.add(label(factors.get(e.factor())));
            } else {
                s.append("; ").append(label(factors.get(e.factor()))).append(" by about ")
                        .append(Fmt.words(e.muStar() * scale)).append(unit);
            }
        }
        if (!minor.isEmpty()) {
            s.append("; ").append(list(minor)).append(minor.size() == 1 ? " hardly matters" : " hardly matter")
                    .append(" (under ").append(Fmt.percent(MINOR)).append(" of the largest)");
        }
        return s.append('.').append(noiseWarning(r)).toString();
    }

    /** The section that takes the place of the first-order variance shares. */
    void section(HtmlReport report, List<Result> results, ReportOutput out) throws IOException {
        if (saltelli != null) {
            sobolSection(report, results, out);
        } else {
            morrisSection(report, results, out);
        }
    }

    private void sobolSection(HtmlReport report, List<Result> results, ReportOutput out) throws IOException {
        ReportSection section = report.section("Which factors matter: Sobol indices");
        section.paragraph("This sweep ran a Saltelli design (" + saltelli.baseSamples() + " base samples, "
                + saltelli.size() + " design points for " + factors.size() + " factors), so each factor's share of"
                + " an outcome's variance can be estimated. The first-order index is the share a factor explains on"
                + " its own; the total-order index adds every interaction it takes part in, so it is at least as"
                + " large (up to sampling error). A total-order index near zero means the factor can be fixed"
                + " anywhere in its range without changing the outcome; a large gap between the two means the factor"
                + " acts through interactions. Whiskers are bootstrap 95% intervals over the base samples. Each"
                + " design point counts with the mean of its " + replicates + (replicates == 1 ? " run" : " runs")
                + ": chance between replicates that is left in those means adds to every total-order index.");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (Result r : results) {
            String name = SweepReport.shortLabel(r.outcome());
            if (r.sobol() == null) {
                section.paragraph("No indices for " + SweepReport.lowerFirst(name) + ": " + r.missing() + ".");
                continue;
            }
            List<SobolIndices.FactorIndices> fi = r.sobol().factors();
            double[] s1 = fi.stream().mapToDouble(f -> 100 * f.firstOrder()).toArray();
            double[] s1Low = fi.stream().mapToDouble(f -> 100 * f.firstOrderLow()).toArray();
            double[] s1High = fi.stream().mapToDouble(f -> 100 * f.firstOrderHigh()).toArray();
            double[] st = fi.stream().mapToDouble(f -> 100 * f.totalOrder()).toArray();
            double[] stLow = fi.stream().mapToDouble(f -> 100 * f.totalOrderLow()).toArray();
            double[] stHigh = fi.stream().mapToDouble(f -> 100 * f.totalOrderHigh()).toArray();
            var chart = CategoryBarChart.builder("What drives " + r.outcome().noun() + ": Sobol indices", "Factor",
                    "Share of variance (%)", factors.stream().map(KeyLabels::label).toList())
                    .series("first order (alone)", s1, s1Low, s1High)
                    .series("total order (with interactions)", st, stLow, stHigh).build();
            SavedChart saved = out.chart(chart, "sobol-" + SchoolSections.slug(r.outcome().column()));
            section.figure(saved.png(), saved.svg(), "Sobol indices of each factor for "
                            + SweepReport.lowerFirst(name) + ": first order (the factor alone) and total order (with"
                            + " its interactions), as a share of the variance across design points, with bootstrap"
                            + " 95% intervals." + noise(r),
                    "Bar chart of first- and total-order Sobol indices per factor for " + SweepReport.lowerFirst(name) + ".");
            section.meaning(sobolSentence(r));
            for (SobolIndices.FactorIndices f : fi) {
                String factor = factors.get(f.factor());
                rows.add(List.of(name, KeyLabels.label(factor), interval(f.firstOrder(), f.firstOrderLow(), f.firstOrderHigh()),
                        interval(f.totalOrder(), f.totalOrderLow(), f.totalOrderHigh())));
                csv.add(List.of(r.outcome().column(), factor, Double.toString(f.firstOrder()),
                        Double.toString(f.firstOrderLow()), Double.toString(f.firstOrderHigh()),
                        Double.toString(f.totalOrder()), Double.toString(f.totalOrderLow()),
                        Double.toString(f.totalOrderHigh()), Double.toString(r.sobol().variance()),
                        Double.toString(r.noiseShare())));
            }
        }
        if (!rows.isEmpty()) {
            section.table("Sobol indices as shares of variance, with bootstrap 95% intervals (tables/sobol-indices.csv)",
                    List.of("Outcome", "Factor", "First order (alone)", "Total order (with interactions)"), rows);
        }
        out.table("sobol-indices", List.of("metric", "factor", "first_order", "first_order_ci95_low",
                "first_order_ci95_high", "total_order", "total_order_ci95_low", "total_order_ci95_high", "variance",
                "replicate_noise_share"), csv);
    }

    private void morrisSection(HtmlReport report, List<Result> results, ReportOutput out) throws IOException {
        ReportSection section = report.section("Which factors matter: Morris screening");
        section.paragraph("This sweep ran a Morris design (" + morris.trajectories() + " trajectories on a "
                + morris.levels() + "-level grid, " + morris.size() + " design points for " + factors.size()
                + " factors): each trajectory moves one factor at a time by " + Fmt.words(100 * morris.delta())
                + "% of its range. mu* is the mean absolute change in the outcome per step, scaled to the factor's"
                + " whole range: it ranks the factors by importance. sigma is the spread of those changes: large"
                + " when the effect depends on where it is measured (non-linearity or interactions). Each design"
                + " point counts with the mean of its " + replicates + (replicates == 1 ? " run." : " runs."));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (Result r : results) {
            String name = SweepReport.shortLabel(r.outcome());
            if (r.morris() == null) {
                section.paragraph("No effects for " + SweepReport.lowerFirst(name) + ": " + r.missing() + ".");
                continue;
            }
            double scale = r.outcome().isShare() ? 100 : 1;
            String unit = r.outcome().isShare() ? "percentage points" : r.outcome().unit().isEmpty() ? "outcome units"
                    : r.outcome().unit();
            double[] muStar = r.morris().stream().mapToDouble(e -> scale * e.muStar()).toArray();
            double[] sigma = r.morris().stream().mapToDouble(e -> scale * e.sigma()).toArray();
            var chart = CategoryBarChart.builder("What drives " + r.outcome().noun() + ": Morris screening", "Factor",
                    "Change across the factor's range (" + unit + ")", factors.stream().map(KeyLabels::label).toList())
                    .series("mu* (importance)", muStar).series("sigma (non-linearity, interactions)", sigma).build();
            SavedChart saved = out.chart(chart, "morris-" + SchoolSections.slug(r.outcome().column()));
            section.figure(saved.png(), saved.svg(), "Morris screening of each factor for "
                            + SweepReport.lowerFirst(name) + ": mu* and sigma of the elementary effects." + noise(r),
                    "Bar chart of mu* and sigma per factor for " + SweepReport.lowerFirst(name) + ".");
            section.meaning(morrisSentence(r));
            for (MorrisScreening.Effect e : r.morris()) {
                String factor = factors.get(e.factor());
                rows.add(List.of(name, KeyLabels.label(factor), Fmt.num(scale * e.muStar()), Fmt.num(scale * e.mu()),
                        Fmt.num(scale * e.sigma())));
                csv.add(List.of(r.outcome().column(), factor, Double.toString(e.muStar()), Double.toString(e.mu()),
                        Double.toString(e.sigma()), Double.toString(r.noiseShare())));
            }
        }
        if (!rows.isEmpty()) {
            section.table("Elementary effects across each factor's range (shares in percentage points;"
                            + " tables/morris-effects.csv)",
                    List.of("Outcome", "Factor", "mu*", "mu (signed)", "sigma"), rows);
        }
        out.table("morris-effects", List.of("metric", "factor", "mu_star", "mu", "sigma", "replicate_noise_share"), csv);
    }

    private static String noise(Result r) {
        if (Double.isNaN(r.noiseShare())) {
            return "";
        }
        return " Chance between replicates is about " + Fmt.wordsPercent(r.noiseShare())
                + " of the variance of the point means.";
    }

    /** From this share of chance in the point means on, a sentence says how much of the variance it is. */
    static final double NOISY = 0.1;

    /** From this share of chance in the point means on, the outcome's variation is (about) all chance. */
    static final double CHANCE = 0.8;

    private static String chanceOnly(Result r) {
        return capitalise(r.outcome().noun()) + " varies across the design points about as much as chance between"
                + " replicates alone would make it (chance is about " + Fmt.wordsPercent(Math.min(1, r.noiseShare()))
                + " of the variance), so its indices say little about the factors.";
    }

    private static String noiseWarning(Result r) {
        if (!(r.noiseShare() >= NOISY)) {
            return "";
        }
        return " Chance between replicates is about " + Fmt.wordsPercent(Math.min(1, r.noiseShare()))
                + " of that variance; it " + (r.sobol() != null ? "adds to every total-order figure"
                : "blurs the elementary effects") + ", and more replicates would shrink it.";
    }

    /**
     * An index with its interval, clipped to 0% and 100%: a Sobol index is a share of variance,
     * though its estimate and bootstrap interval can stray outside (the CSV keeps them as estimated).
     */
    private static final MetricCatalogue.Metric SHARE = new MetricCatalogue.Metric("", "", "", "",
            leadsim.analysis.report.DifferenceFacts.SHARE, false);

    private static String interval(double v, double low, double high) {
        String[] r = Fmt.withInterval(SHARE, Fmt.clip(v), low, high);
        return r[0] + " (" + r[1] + " to " + r[2] + ")";
    }

    private static String unit(MetricCatalogue.Metric m) {
        if (m.isShare()) {
            return " percentage points";
        }
        return m.unit().isEmpty() ? "" : " " + m.unit();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A factor's key path in words ({@link KeyLabels}): "culture.psychological_safety" is "psychological safety". */
    static String label(String path) {
        return KeyLabels.words(path);
    }
}
