package leadsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.analysis.chart.BandChart;
import leadsim.analysis.report.PlainLanguage;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.DistributionChart;
import leadsim.analysis.chart.HeatmapChart;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.chart.SurvivalChart;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.survival.KaplanMeier;
import leadsim.analysis.survival.LogRankResult;
import leadsim.scenario.ScenarioMapper;

/**
 * The sections a run report and a comparison report share, for one or more scenarios side by
 * side: time to decision, where needs wait, who decides, innovation and reform (only when the
 * run has those columns), and what was run. Each chart is saved as PNG and SVG and each table
 * as CSV through {@link ReportOutput}.
 */
final class SchoolSections {
    private final HtmlReport report;
    private final ReportOutput out;
    private final List<RunData> runs;
    private final List<String> labels;

    SchoolSections(HtmlReport report, ReportOutput out, List<RunData> runs) {
        this.report = report;
        this.out = out;
        this.runs = runs;
        this.labels = labels(runs);
    }

    /** Scenario names, made unique with the directory name when two runs share one. */
    static List<String> labels(List<RunData> runs) {
        List<String> names = runs.stream().map(RunData::scenarioName).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String name = names.get(i);
            boolean clash = names.stream().filter(name::equals).count() > 1;
            labels.add(clash ? name + " (" + runs.get(i).dir().getFileName() + ")" : name);
        }
        return labels;
    }

    List<String> labels() {
        return labels;
    }

    private boolean several() {
        return runs.size() > 1;
    }

    private String suffix(int i) {
        return several() ? "-" + slug(labels.get(i)) : "";
    }

    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private String replicatesNote() {
        if (!several()) {
            return Fmt.replicates(runs.get(0).replicates());
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            parts.add(labels.get(i) + " " + runs.get(i).replicates());
        }
        return "replicates: " + String.join(", ", parts);
    }

    private void figure(ReportSection section, SavedChart saved, String caption, String alt) {
        section.figure(saved.png(), saved.svg(), caption, alt);
    }

    // ---------------------------------------------------------------- time to decision

    private static final List<String> LATENCY = List.of("latency_p50", "latency_mean", "latency_p90", "latency_p99");
    private static final List<String> LATENCY_NAMES = List.of("median", "mean", "90th percentile", "99th percentile");

    void latency() throws IOException {
        if (runs.stream().noneMatch(r -> r.hasMetric("latency_mean"))) {
            return;
        }
        ReportSection section = report.section("Time to decision");
        section.paragraph("How long a need (a student's, a teacher's or a leader's request) waited from being raised"
                + " to being decided, in school days. Each replicate reports the mean and the percentiles of all"
                + " its needs; the bars show their average over replicates, the whiskers its 95% confidence"
                + " interval. The 90th percentile is the wait that one need in ten exceeds.");
        CategoryBarChart.Builder bars = CategoryBarChart.builder("Time from need to decision", "Statistic over all needs",
                "Days", LATENCY_NAMES);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunData run = runs.get(i);
            double[] mean = new double[LATENCY.size()];
            double[] low = new double[LATENCY.size()];
            double[] high = new double[LATENCY.size()];
            for (int k = 0; k < LATENCY.size(); k++) {
                ReplicateSummary s = summary(run, LATENCY.get(k));
                mean[k] = s.mean();
                low[k] = s.ciLow();
                high[k] = s.ciHigh();
                rows.add(List.of(labels.get(i), LATENCY.get(k), Double.toString(s.mean()), Double.toString(s.ciLow()),
                        Double.toString(s.ciHigh())));
            }
            bars.series(labels.get(i), mean, low, high);
        }
        out.table("latency", List.of("scenario", "statistic", "mean_days", "ci95_low", "ci95_high"), rows);
        figure(section, out.chart(bars.build(), "latency-percentiles"),
                "How long needs waited for a decision: half of them waited less than the median, one in ten longer"
                        + " than the 90th percentile, one in a hundred longer than the 99th. A mean far above the"
                        + " median means a few needs waited very long. Bars are averages over replicates, whiskers"
                        + " their 95% confidence intervals (" + replicatesNote() + ")"
                        + (several() ? "; one colour per scenario, on one axis." : "."),
                "Bar chart of the median, mean, 90th and 99th percentile time to decision in days"
                        + (several() ? ", one colour per scenario." : "."));

        if (several()) {
            for (String column : List.of("latency_mean", "latency_p90")) {
                if (!runs.stream().allMatch(r -> r.hasMetric(column))) {
                    continue;
                }
                boolean mean = column.equals("latency_mean");
                String what = mean ? "Mean time to decision" : "90th percentile of the time to decision";
                Map<String, double[]> groups = new LinkedHashMap<>();
                for (int i = 0; i < runs.size(); i++) {
                    groups.put(labels.get(i), runs.get(i).metric(column));
                }
                var box = DistributionChart.boxPlot(what + ", replicate by replicate", what + " (days)", groups);
                // (XChart's box plots fit their own axis to the data; boxes are read by position, not length.)
                figure(section, out.chart(box, (mean ? "latency-mean" : "latency-p90") + "-replicates-box"),
                        "How much the " + (mean ? "mean" : "90th percentile") + " time to decision varied from one"
                                + " replicate to the next, on one axis for all scenarios: each replicate gives one"
                                + " number; the box spans the middle half of them, the line inside is their median, the"
                                + " whiskers reach the rest (points beyond are unusual replicates). A box that sits"
                                + " lower is faster; the axis need not start at zero.",
                        "Box plots of the " + (mean ? "mean" : "90th percentile") + " time to decision over"
                                + " replicates, one box per scenario.");
            }
        } else if (runs.get(0).hasMetric("latency_p90")) {
            Map<String, double[]> groups = new LinkedHashMap<>();
            for (int k = 0; k < LATENCY.size(); k++) {
                groups.put(LATENCY_NAMES.get(k), runs.get(0).metric(LATENCY.get(k)));
            }
            figure(section, out.chart(DistributionChart.boxPlot("Spread over replicates", "Days", groups),
                            "latency-replicates-box"),
                    "How much each statistic varied between replicates: the box spans the middle half of the "
                            + Fmt.replicates(runs.get(0).replicates()) + ", the line is their median.",
                    "Box plots of the replicates' median, mean, 90th and 99th percentile time to decision.");
        }

        if (runs.stream().allMatch(r -> r.hasSeries() && r.series().hasColumn("latency_mean"))) {
            BandChart.Builder band = BandChart.builder("Time to decision through the year", "Day of the school year",
                    "Mean time to decision (days)");
            for (int i = 0; i < runs.size(); i++) {
                Daily d = Daily.of(runs.get(i).series(), "latency_mean");
                band.series(labels.get(i), d.day(), d.mean(), d.lowOrMean(), d.highOrMean());
            }
            figure(section, out.chart(band.build(), "latency-by-day"),
                    "Mean time to decision of the needs decided on each day, averaged over replicates, with its"
                            + " 95% confidence band. A line that keeps rising means a queue that keeps growing; regular"
                            + " peaks fall on meeting days, when bodies decide the items that waited for them.",
                    "Line chart of mean time to decision by day of the school year with shaded confidence bands.");
        }
    }

    // ---------------------------------------------------------------- bottlenecks

    void bottlenecks() throws IOException {
        ReportSection section = report.section("Where needs wait");
        List<Map<String, Integer>> desks = runs.stream().map(r -> Desks.of(r.manifest().path("scenario"))).toList();
        boolean perDesk = desks.stream().noneMatch(Map::isEmpty);
        if (runs.stream().allMatch(RunData::hasSeries)) {
            section.paragraph("Queues show where decisions pile up. The heat maps show how many needs were waiting at the"
                    + " end of each day, averaged over replicates, "
                    + (perDesk ? "per desk: a role's waiting needs divided by its people (a body's by its meetings, one"
                            + " PLC per team), so 40 teachers with a few needs each do not look like a bottleneck beside"
                            + " one principal with many. A bright band is a bottleneck."
                            : "at all desks of a role together (the manifest does not say how many desks each role has)."
                            + " A bright band is a bottleneck."));
            double max = 0;
            List<double[][]> grids = new ArrayList<>();
            List<List<String>> rolesPerRun = new ArrayList<>();
            List<double[]> daysPerRun = new ArrayList<>();
            List<Double> maxPerRun = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                RunData run = runs.get(i);
                List<String> roles = run.roles(run.series(), MetricCatalogue.QUEUE);
                double[] days = null;
                double[][] grid = new double[roles.size()][];
                double own = 0;
                for (int r = 0; r < roles.size(); r++) {
                    Daily d = Daily.of(run.series(), MetricCatalogue.QUEUE + roles.get(r));
                    days = d.day();
                    int n = perDesk ? Math.max(1, desks.get(i).getOrDefault(roles.get(r), 1)) : 1;
                    grid[r] = times(d.mean(), 1.0 / n);
                    for (double v : grid[r]) {
                        own = Math.max(own, v);
                    }
                }
                max = Math.max(max, own);
                grids.add(grid);
                rolesPerRun.add(roles);
                daysPerRun.add(days == null ? new double[0] : days);
                maxPerRun.add(own);
            }
            // One colour scale for every scenario, so a colour means the same number in each map.
            double scaleMax = niceCeiling(Math.max(max, 1));
            if (several()) {
                StringBuilder note = new StringBuilder("All heat maps share one colour scale (0 to " + Fmt.num(scaleMax)
                        + " needs" + (perDesk ? " per desk" : "") + "), so a colour means the same number in each.");
                for (int i = 0; i < runs.size(); i++) {
                    if (maxPerRun.get(i) < scaleMax / 5) {
                        note.append(" On this scale ").append(ScenarioNames.the(labels.get(i)))
                                .append("'s queues look dark: they never exceed ")
                                .append(Fmt.words(maxPerRun.get(i))).append(perDesk ? " per desk" : "")
                                .append(" (its own table is in tables/queues-by-day").append(suffix(i)).append(".csv).");
                    }
                }
                section.paragraph(note.toString());
            }
            for (int i = 0; i < runs.size(); i++) {
                List<String> roles = rolesPerRun.get(i);
                double[] days = daysPerRun.get(i);
                if (roles.isEmpty() || days.length == 0 || grids.get(i)[0].length != days.length) {
                    continue;
                }
                int block = Daily.blockSize(runs.get(i).series().numbers("day"));
                String[] columns = new String[days.length];
                for (int c = 0; c < days.length; c++) {
                    columns[c] = Fmt.num(days[c]);
                }
                Map<String, Integer> n = desks.get(i);
                String[] rowLabels = roles.stream().map(r -> MetricCatalogue.role(r)
                        + (perDesk ? " (" + n.getOrDefault(r, 1) + ")" : "")).toArray(String[]::new);
                String title = (perDesk ? "Needs waiting per desk" : "Needs waiting at each role")
                        + (several() ? ": " + labels.get(i) : "");
                String columnTitle = block == 1 ? "Day of the school year"
                        : "Day (mean over blocks of " + block + " days)";
                var chart = HeatmapChart.of(title, columnTitle, columns, "", rowLabels, grids.get(i),
                        perDesk ? "Needs waiting per desk" : "Needs waiting", 0, scaleMax);
                String worst = worstRow(roles, grids.get(i), perDesk ? n : Map.of());
                figure(section, out.chart(chart, "queues-by-day" + suffix(i)),
                        "Needs waiting " + (perDesk ? "per desk (the number of desks in brackets)" : "per role")
                                + " at the end of each day" + (several() ? " in " + ScenarioNames.the(labels.get(i)) : "")
                                + ", mean over " + Fmt.replicates(runs.get(i).replicates()) + ". "
                                + (worst == null ? "" : "The longest queue per desk is at " + worst + ", up to "
                                + Fmt.words(maxPerRun.get(i)) + " needs" + (perDesk ? " per desk." : ".")),
                        "Heat map with one row per role and one column per day; brighter cells mean more needs waiting.");
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < roles.size(); r++) {
                    for (int c = 0; c < days.length; c++) {
                        rows.add(List.of(roles.get(r), Fmt.num(days[c]), Integer.toString(perDesk ? n.getOrDefault(
                                roles.get(r), 1) : 1), Double.toString(grids.get(i)[r][c])));
                    }
                }
                out.table("queues-by-day" + suffix(i), List.of("role", "day", "desks", "queue_mean_per_desk"), rows);
            }
        } else {
            section.paragraph("Where decisions pile up. (" + noSeries() + ", so queues over time cannot be shown;"
                    + " the shares of waiting below can.)");
        }
        roleBars(section, MetricCatalogue.WAIT_SHARE, "Where the waiting happens", "Share of all waiting time (%)",
                "wait-share",
                "Of all the time needs spent waiting in queues, the share spent at each role's desks (mean over"
                        + " replicates, with 95% confidence intervals).",
                "Bar chart of the share of all waiting time at each role.");
        roleBars(section, MetricCatalogue.UTILIZATION, "How busy each role is",
                "Hours for decisions and meetings in use (%)", "utilisation", UTILISATION_CAPTION,
                "Bar chart of utilisation per role in percent.");
    }

    /**
     * "This result directory has no daily series (why)", naming the first scenario without them when
     * several are compared.
     */
    String noSeries() {
        for (int i = 0; i < runs.size(); i++) {
            if (!runs.get(i).hasSeries()) {
                return (several() ? "The results of " + ScenarioNames.the(labels.get(i)) + " have"
                        : "This result directory has") + " no daily series (" + runs.get(i).whyNoSeries() + ")";
            }
        }
        return "No daily series were kept";
    }

    /** The caption of the bars of {@code utilization_<role>}: what the measure counts, meetings included. */
    static final String UTILISATION_CAPTION = "The share of each role's hours for decisions and meetings that was"
            + " spent deciding or in meetings (mean over the role's people and over replicates, with 95% confidence"
            + " intervals). Near 100% the role cannot keep up and queues grow.";

    /** Bars per role of a per-role metric family, one series per scenario, in percent. */
    private void roleBars(ReportSection section, String prefix, String title, String yTitle, String name,
                          String caption, String alt) throws IOException {
        List<String> roles = new ArrayList<>();
        for (RunData run : runs) {
            for (String role : run.roles(run.runs(), prefix)) {
                if (!roles.contains(role)) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            return;
        }
        CategoryBarChart.Builder bars = CategoryBarChart.builder(title, "", yTitle,
                roles.stream().map(MetricCatalogue::role).toList());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunData run = runs.get(i);
            double[] mean = new double[roles.size()];
            double[] low = new double[roles.size()];
            double[] high = new double[roles.size()];
            for (int k = 0; k < roles.size(); k++) {
                String column = prefix + roles.get(k);
                ReplicateSummary s = run.hasMetric(column) ? summary(run, column)
                        : ReplicateSummary.of(new double[0]);
                mean[k] = 100 * s.mean();
                low[k] = 100 * s.ciLow();
                high[k] = 100 * s.ciHigh();
                rows.add(List.of(labels.get(i), roles.get(k), Double.toString(s.mean()), Double.toString(s.ciLow()),
                        Double.toString(s.ciHigh())));
            }
            bars.series(labels.get(i), mean, low, high);
        }
        out.table(name, List.of("scenario", "role", "mean", "ci95_low", "ci95_high"), rows);
        figure(section, out.chart(bars.build(), name), caption, alt);
    }

    // ---------------------------------------------------------------- who decides

    void whoDecides() throws IOException {
        if (runs.stream().allMatch(r -> r.roles(r.runs(), MetricCatalogue.DECIDED_SHARE).isEmpty())) {
            return;
        }
        ReportSection section = report.section("Who decides");
        section.paragraph("Where decisions were finally taken: by a person in a role, or by a body (a PLC, the"
                + " leadership team) at its meeting. Decisions taken close to students mean fewer hand-offs and"
                + " less lost context.");
        roleBars(section, MetricCatalogue.DECIDED_SHARE, "Where decisions are taken", "Share of all decisions (%)",
                "decided-share",
                "The share of all decisions taken at each level (mean over replicates, with 95% confidence intervals).",
                "Bar chart of the share of decisions taken by each role and body.");
    }

    // ---------------------------------------------------------------- innovation and reform

    void innovation() throws IOException {
        if (!runs.stream().allMatch(r -> r.hasSeries() && r.series().hasColumn(MetricCatalogue.ADOPTION))
                || runs.stream().noneMatch(r -> r.seriesShows(MetricCatalogue.ADOPTION))) {
            return;
        }
        ReportSection section = report.section("Spread of new practices");
        // The model's `adoption` series counts practices in use per staff member (ODD, Part II): it
        // passes 1 when people use several, so it is drawn as a count, never as a share of staff.
        boolean good = runs.stream().allMatch(r -> r.series().hasColumn("adoption_good"));
        section.paragraph("How many new practices each member of staff was using, day by day (a person using three"
                + " counts three)" + (good ? ", and how many of them were good practices" : "") + ": the mean over"
                + " replicates with its 95% confidence band.");
        BandChart.Builder band = BandChart.builder("New practices in use", "Day of the run",
                "Practices in use per member of staff");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Daily d = Daily.of(runs.get(i).series(), MetricCatalogue.ADOPTION);
            band.series(labels.get(i) + (good ? ": all practices" : ""), d.day(), d.mean(), d.lowOrMean(),
                    d.highOrMean());
            dailyRows(rows, labels.get(i), d);
            if (good) {
                Daily g = Daily.of(runs.get(i).series(), "adoption_good");
                band.series(labels.get(i) + ": good practices", g.day(), g.mean(), g.lowOrMean(), g.highOrMean());
                dailyRows(rows, labels.get(i) + " (good)", g);
            }
        }
        out.table("adoption-by-day", List.of("scenario", "day", "mean", "ci95_low", "ci95_high"), rows);
        figure(section, out.chart(band.build(), "adoption"),
                "How many new practices each member of staff was using on each day"
                        + (good ? " (all, and the good ones among them)" : "") + ": a curve that rises and stays up"
                        + " means practices that spread and stuck; a gap between all and good practices is staff"
                        + " using practices that do not work. Mean over replicates with its 95% confidence band ("
                        + replicatesNote() + ")" + (several() ? "; one axis for all scenarios." : "."),
                "Line chart of new practices in use per member of staff by day"
                        + (several() ? ", one curve per scenario." : "."));
    }

    void reform() throws IOException {
        boolean trajectories = runs.stream().allMatch(r -> r.hasSeries()
                && r.series().hasColumn(MetricCatalogue.IMPLEMENTATION))
                && runs.stream().anyMatch(r -> r.seriesShows(MetricCatalogue.IMPLEMENTATION));
        boolean survival = runs.stream().allMatch(r -> r.hasMetric(MetricCatalogue.REFORM_SURVIVAL_DAYS)
                && r.hasMetric(MetricCatalogue.REFORM_CENSORED))
                && runs.stream().anyMatch(r -> r.measured(MetricCatalogue.REFORM_SURVIVAL_DAYS));
        if (!trajectories && !survival) {
            return;
        }
        ReportSection section = report.section("The reform and its champion");
        if (trajectories) {
            implementation(section);
        }
        if (survival) {
            survival(section);
        }
    }

    private void implementation(ReportSection section) throws IOException {
        boolean aligned = runs.stream().allMatch(r -> r.hasMetric(MetricCatalogue.CHAMPION_DEPARTURE_DAY));
        String xTitle = aligned ? "Days since the champion left" : "Day of the school year";
        BandChart.Builder band = BandChart.builder("Reform implementation", xTitle, "Implementation (0 to 1)");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunData run = runs.get(i);
            double[] x = run.series().numbers("day");
            if (aligned) {
                Map<String, Double> departure = new LinkedHashMap<>();
                double[] left = run.metric(MetricCatalogue.CHAMPION_DEPARTURE_DAY);
                for (int r = 0; r < run.replicates(); r++) {
                    departure.put(run.runs().get(r, "replicate"), left[r]);
                }
                List<String> replicate = run.series().strings("replicate");
                for (int k = 0; k < x.length; k++) {
                    x[k] = x[k] - departure.getOrDefault(replicate.get(k), Double.NaN);
                }
            }
            Daily d = Daily.of(x, run.series().numbers(MetricCatalogue.IMPLEMENTATION));
            if (aligned) {
                // Far from the departure only the replicates whose champion left early (or late)
                // contribute; their mean would be a different sample, so those days are dropped.
                long departed = java.util.Arrays.stream(run.metric(MetricCatalogue.CHAMPION_DEPARTURE_DAY))
                        .filter(v -> !Double.isNaN(v)).count();
                d = d.atLeast((int) Math.max(1, Math.ceil(departed / 2.0)));
            }
            if (d.size() == 0) {
                continue;
            }
            band.series(labels.get(i), d.day(), d.mean(), unit(d.lowOrMean()), unit(d.highOrMean()));
            dailyRows(rows, labels.get(i), d);
        }
        if (rows.isEmpty()) {
            section.paragraph("(No replicate saw the champion leave, so there is no trajectory around a departure.)");
            return;
        }
        if (aligned) {
            band.marker(0, "champion leaves");
        }
        out.table("implementation", List.of("scenario", aligned ? "days_since_departure" : "day", "mean",
                "ci95_low", "ci95_high"), rows);
        figure(section, out.chart(band.build(), "implementation"),
                aligned ? "How fully the reform was implemented before and after its champion left, each replicate"
                        + " aligned on its own departure day: mean with its 95% confidence band, over the days that at"
                        + " least half of the replicates cover (replicates where the champion stayed are left out)."
                        : "How fully the reform was implemented through the year, mean over replicates with its 95%"
                        + " confidence band.",
                "Line chart of reform implementation over time with confidence bands.");
    }

    private void survival(ReportSection section) throws IOException {
        SurvivalChart.Builder chart = SurvivalChart.builder("How long the reform outlived its champion",
                "School years since the champion left", "Reforms still running (share)");
        List<List<String>> rows = new ArrayList<>();
        List<SurvivalFacts> facts = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            java.util.Optional<SurvivalFacts> of = SurvivalFacts.of(runs.get(i));
            if (of.isEmpty()) {
                continue;
            }
            facts.add(of.get());
            KaplanMeier km = of.get().km();
            double perYear = of.get().daysPerYear();
            SurvivalCurve.addTo(chart, labels.get(i), km, perYear);
            double[] ci = km.medianCi();
            rows.add(List.of(labels.get(i), Integer.toString(km.subjects()), Integer.toString(km.events()),
                    Double.isNaN(km.medianSurvival()) ? "not reached" : Fmt.num(km.medianSurvival()) + " ("
                            + Fmt.words(km.medianSurvival() / perYear) + " years)",
                    PlainLanguage.withInterval(Double.NaN, ci[0], ci[1], Fmt::num)[1] + " to " + (Double.isNaN(ci[1])
                            ? "not reached" : PlainLanguage.withInterval(Double.NaN, ci[0], ci[1], Fmt::num)[2])));
        }
        if (rows.isEmpty()) {
            return;
        }
        figure(section, out.chart(chart.build(), "reform-survival"),
                "Kaplan-Meier curves: of the replicates in which the champion left, the share in which the reform"
                        + " was still running so many school years after the departure. A curve that stays high means"
                        + " reforms that outlive their champion; where a curve crosses 0.5 is the median. A tick marks a"
                        + " replicate whose reform was still running when the run ended (censored): we know only that"
                        + " it lasted at least that long.",
                "Step curves of reform survival over school years since the champion left, one per scenario.");
        List<String> header = List.of("Scenario", "Replicates (champion left)", "Reforms ended",
                "Median survival (days since the champion left)", "95% CI of the median (days)");
        section.table("Reform survival", header, rows, TableNames.columns(0));
        out.table("reform-survival", header, rows);
        if (facts.size() == 2) {
            LogRankResult test = SurvivalFacts.logRank(facts.get(0), facts.get(1));
            section.paragraph("Log-rank test of equal survival: chi-square " + Fmt.num(test.chiSquare()) + " on "
                    + test.df() + " degree of freedom, p " + pText(test.pValue()) + (test.pValue() < 0.05
                    ? ": the two curves differ by more than chance would make them."
                    : ": a difference this large could be chance."));
        }
    }

    private static String pText(double p) {
        String text = Fmt.p(p);
        return text.startsWith("<") ? text : "= " + text;
    }

    // ---------------------------------------------------------------- what was run

    /** Every section, in the order a reader meets them; one that has no data stays out. */
    void all() throws IOException {
        latency();
        bottlenecks();
        new DistrictSection(report, out, runs, labels).write();
        whoDecides();
        innovation();
        reform();
        manifest();
    }

    void manifest() throws IOException {
        ReportSection section = report.section("What was run");
        section.paragraph("Everything needed to run this again: the scenario file and its hash, the master seed and"
                + " the seed of every replicate, and the versions of leadsim, MASON and Java. The full manifest,"
                + " including the resolved scenario, is below.");
        List<String> header = new ArrayList<>(List.of("Item"));
        header.addAll(labels);
        List<List<String>> rows = new ArrayList<>();
        String[][] items = {
                {"Scenario file", "scenario_file"}, {"Scenario SHA-256", "scenario_sha256"},
                {"Master seed", "master_seed"}, {"Replicates", "replicates_completed"},
                {"leadsim version", "leadsim_version"}, {"Git commit", "git_commit"},
                {"MASON version", "mason_version"}, {"Java", "jvm"}, {"Started", "started"},
                {"Finished", "finished"}, {"Command line", "command_line"}};
        for (String[] item : items) {
            List<String> row = new ArrayList<>(List.of(item[0]));
            for (RunData run : runs) {
                JsonNode v = run.manifest().path(item[1]);
                String text = v.isMissingNode() || v.isNull() ? Fmt.NONE : v.isArray() ? join(v) : v.asText();
                if (item[1].equals("replicates_completed") && (v.isMissingNode() || v.isNull())) {
                    text = run.replicates() + " (run not finished)";
                }
                row.add(text);
            }
            rows.add(row);
        }
        List<String> seedsRow = new ArrayList<>(List.of("Replicate seeds"));
        runs.forEach(r -> seedsRow.add(String.join(", ", r.seeds())));
        rows.add(seedsRow);
        section.table(null, header, rows, TableNames.columns(0).headerSpan(1, labels.size()));
        out.table("manifest", header, rows);
        Path shared = runs.get(0).dir();
        if (runs.stream().allMatch(r -> r.dir().equals(shared)) && !RunData.isRunDirectory(shared)) {
            // The scenarios of one `leadsim compare` directory: its own manifest says it all.
            try {
                section.details("Full manifest (" + shared + "/manifest.json)",
                        pretty(ScenarioMapper.json().readTree(shared.resolve("manifest.json").toFile())));
                return;
            } catch (IOException e) {
                // fall through to the manifests as read per scenario
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            section.details("Full manifest" + (several() ? ": " + labels.get(i) : "") + " (" + runs.get(i).dir()
                    + "/manifest.json)", pretty(runs.get(i).manifest()));
        }
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(" ", parts);
    }

    private static String pretty(JsonNode node) {
        try {
            return ScenarioMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The role whose row holds the largest value, as "the principal's desk"; null when all are zero. */
    private static String worstRow(List<String> roles, double[][] grid, Map<String, Integer> desks) {
        int best = -1;
        double max = 0;
        for (int r = 0; r < grid.length; r++) {
            for (double v : grid[r]) {
                if (v > max) {
                    max = v;
                    best = r;
                }
            }
        }
        if (best < 0) {
            return null;
        }
        String role = roles.get(best);
        return RunReport.desk(role) + (desks.getOrDefault(role, 2) == 1 || role.equals("principal")
                ? " desk" : " desks");
    }

    static ReplicateSummary summary(RunData run, String column) {
        return ReplicateSummary.of(run.metric(column));
    }

    private static void dailyRows(List<List<String>> rows, String label, Daily d) {
        for (int k = 0; k < d.size(); k++) {
            rows.add(List.of(label, Fmt.num(d.day()[k]), Double.toString(d.mean()[k]), Double.toString(d.low()[k]),
                    Double.toString(d.high()[k])));
        }
    }

    private static double[] times(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** 1, 2, 5 times a power of ten at or above {@code v}: a colour scale end that reads well. */
    static double niceCeiling(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /**
     * A t-band of a quantity bounded by 0 and 1 (a share, a commitment) is clipped to that
     * range for drawing: with few replicates the interval's arithmetic leaves it, the quantity
     * cannot. The CSV tables keep the unclipped bounds.
     */
    private static double[] unit(double[] values) {
        double[] clipped = values.clone();
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(0, Math.min(1, clipped[i]));
        }
        return clipped;
    }
}
