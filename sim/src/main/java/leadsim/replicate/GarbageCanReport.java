package leadsim.replicate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.ChartFiles;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.model.garbagecan.GarbageCanSetup;
import leadsim.model.garbagecan.GarbageCanStatistics;
import leadsim.replicate.GarbageCanFindings.Finding;
import leadsim.replicate.GarbageCanReplication.Run;

/**
 * The replication's report: the paper's properties each stated as holding or not, the decision
 * styles by load, access, decision structure and energy (tables and charts), for the random
 * draws and for the paper's fixed orders; and every statistic's mean and standard error per
 * variant as CSV. Writes {@code report.html}, {@code figures/} and {@code tables/}.
 */
public final class GarbageCanReport {
    private static final List<String> FACTORS = List.of("load", "access", "decision", "energy");
    private static final Map<String, List<String>> LEVELS = Map.of("load", GarbageCanVariant.LOADS,
            "energy", GarbageCanVariant.ENERGIES, "access", GarbageCanVariant.ACCESS, "decision", GarbageCanVariant.DECISION);
    private static final Map<String, String> FACTOR_NAMES = Map.of("load", "load", "energy", "energy distribution",
            "access", "access structure", "decision", "decision structure");

    private GarbageCanReport() {}

    /** Writes the report for runs on {@code draws} random draws and on the paper's orders; returns report.html. */
    public static Path write(Path out, String scenarioFile, int draws, List<Run> random, List<Run> paper) {
        HtmlReport report = new HtmlReport("Replication: the Garbage Can Model of organizational choice")
                .subtitle("Cohen, March and Olsen (1972), Administrative Science Quarterly 17(1):1-25, in leadsim's "
                        + "scenario language (" + scenarioFile + ")");
        ReportSection what = report.section("What was run");
        what.paragraph(String.format(Locale.ROOT, "The 81 variants of the model (3 loads x 3 energy distributions x 3 "
                + "access structures x 3 decision structures), each on the same %d random draws of the entry orders "
                + "of choices and problems (common random numbers: %d runs), and each on the paper's four pairings "
                + "of fixed entry orders (m1 or m2 with w1 or w2: %d runs). Energies are counted exactly in whole "
                + "hundredths, so no result depends on floating-point rounding. Decision styles are the paper's: "
                + "every choice made is exactly one of resolution, oversight or flight; shares are pooled (a "
                + "style's total over the runs divided by the choices made).", draws, random.size(), paper.size()));
        findings(report.section("The paper's properties"), draws, random, paper);
        for (String factor : FACTORS) {
            styles(report.section("Decision styles by " + FACTOR_NAMES.get(factor)), out, factor, draws, random, paper);
        }
        RegimeReading.section(report.section("What the Garbage Can reading adds to hierarchical versus distributed"),
                out, random);
        port(report.section("The public port's style counters beside the paper's styles"), random);
        ReportSection tables = report.section("Every statistic by variant");
        tables.paragraph("tables/variants-random-orders.csv and tables/variants-paper-orders.csv give, for each of the "
                + "81 variants, the mean and standard error over its runs of every statistic of the specification "
                + "(resolution, oversight, flight, choices_unmade, problems_unsolved, problem_activity, "
                + "problem_latency, problem_shifts, dm_activity, dm_shifts, energy_spent, energy_reserve, "
                + "energy_wasted and the others).");
        variantTable(out.resolve("tables").resolve("variants-random-orders.csv"), random);
        variantTable(out.resolve("tables").resolve("variants-paper-orders.csv"), paper);
        Path html = out.resolve("report.html");
        report.write(html);
        return html;
    }

    private static void findings(ReportSection section, int draws, List<Run> random, List<Run> paper) {
        List<Finding> onRandom = GarbageCanFindings.of(random);
        List<Finding> onPaper = GarbageCanFindings.of(paper);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < onRandom.size(); i++) {
            Finding r = onRandom.get(i);
            Finding p = onPaper.get(i);
            rows.add(List.of(r.claim(), r.reading(), verdict(r), verdict(p)));
        }
        section.table("The paper's properties, each read in one stated way, on the random draws and on the paper's "
                        + "fixed orders. The figures behind each verdict follow the table.",
                List.of("property (paper)", "how it is read here", draws + " random draws", "paper's orders"), rows);
        for (int i = 0; i < onRandom.size(); i++) {
            section.paragraph((i + 1) + ". Random draws: " + onRandom.get(i).evidence() + ". Paper's orders: "
                    + onPaper.get(i).evidence() + ".");
        }
    }

    private static String verdict(Finding f) {
        return f.holds() ? "holds" : "does not hold";
    }

    private static void styles(ReportSection section, Path out, String factor, int draws, List<Run> random, List<Run> paper) {
        List<String> levels = LEVELS.get(factor);
        Map<String, StyleShares> onRandom = StyleShares.byLevel(random, factor, levels);
        Map<String, StyleShares> onPaper = StyleShares.byLevel(paper, factor, levels);
        List<List<String>> rows = new ArrayList<>();
        for (String level : levels) {
            rows.add(row(level, draws + " random draws", onRandom.get(level)));
        }
        for (String level : levels) {
            rows.add(row(level, "paper's orders", onPaper.get(level)));
        }
        section.table("Share of the choices made by each style, pooled over the other three factors; "
                        + "choices unmade per run (of 10) beside them.",
                List.of(FACTOR_NAMES.get(factor), "entry orders", "runs", "resolution", "oversight", "flight",
                        "choices unmade (mean)"), rows);
        CategoryBarChart.Builder chart = CategoryBarChart.builder("Decision styles by " + FACTOR_NAMES.get(factor)
                        + " (" + draws + " random draws of the entry orders)",
                FACTOR_NAMES.get(factor), "share of the choices made", levels);
        chart.series("resolution", levels.stream().mapToDouble(l -> onRandom.get(l).resolution()).toArray());
        chart.series("oversight", levels.stream().mapToDouble(l -> onRandom.get(l).oversight()).toArray());
        chart.series("flight", levels.stream().mapToDouble(l -> onRandom.get(l).flight()).toArray());
        SavedChart saved = ChartFiles.save(chart.build(), out.resolve("figures").resolve("styles-by-" + factor));
        StringBuilder caption = new StringBuilder("Share of the choices made by resolution, oversight and flight at "
                + "each level of the " + FACTOR_NAMES.get(factor) + ", pooled over the other factors and "
                + random.size() + " runs:");
        for (String level : levels) {
            StyleShares s = onRandom.get(level);
            caption.append(String.format(Locale.ROOT, " %s %s / %s / %s;", level, GarbageCanFindings.pct(s.resolution()),
                    GarbageCanFindings.pct(s.oversight()), GarbageCanFindings.pct(s.flight())));
        }
        caption.setLength(caption.length() - 1);
        section.figure(saved.png(), saved.svg(), caption + ".", "Bar chart of decision-style shares by "
                + FACTOR_NAMES.get(factor));
    }

    private static List<String> row(String level, String orders, StyleShares s) {
        return List.of(level, orders, Integer.toString(s.runs()), GarbageCanFindings.pct(s.resolution()),
                GarbageCanFindings.pct(s.oversight()), GarbageCanFindings.pct(s.flight()),
                String.format(Locale.ROOT, "%.2f", s.unmadeMean()));
    }

    private static void port(ReportSection section, List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        String[][] pairs = {{"resolution", "port_resolutions"}, {"oversight", "port_oversights"},
                {"flight", "port_flights"}, {"(none: choices made in their entry period)", "port_quickies"}};
        for (String[] pair : pairs) {
            String paper = pair[0].startsWith("(") ? "" : String.format(Locale.ROOT, "%.2f",
                    GarbageCanFindings.mean(runs, pair[0]));
            rows.add(List.of(pair[0], paper, pair[1],
                    String.format(Locale.ROOT, "%.2f", GarbageCanFindings.mean(runs, pair[1]))));
        }
        section.paragraph("The best-known public port counts styles with four overlapping counters that do not "
                + "implement the paper's definitions: its \"resolutions\" are choices open two whole periods before "
                + "being made, its \"oversights\" every choice that solved nothing (oversight plus flight), its "
                + "\"flights\" choices whose requirement fell in the period they were made, its \"quickies\" choices "
                + "made in their entry period. Means per run over the random draws:");
        section.table("The paper's styles (leadsim) and the port's counters of the same name, mean per run: the "
                        + "port's oversights equal oversight plus flight in every run.",
                List.of("paper's style", "mean", "port's counter", "mean"), rows);
    }

    private static void variantTable(Path file, List<Run> runs) {
        List<String> names = GarbageCanStatistics.NAMES;
        StringBuilder csv = new StringBuilder("load,energy,access,decision,runs");
        for (String name : names) {
            csv.append(',').append(name).append("_mean,").append(name).append("_se");
        }
        csv.append('\n');
        for (GarbageCanVariant v : GarbageCanVariant.all()) {
            List<Run> of = StyleShares.select(runs, r -> r.variant().equals(v));
            csv.append(String.join(",", v.load(), v.energy(), v.access(), v.decision(), Integer.toString(of.size())));
            for (String name : names) {
                double scale = GarbageCanStatistics.isEnergy(name) ? GarbageCanSetup.UNIT : 1;
                double[] x = of.stream().mapToDouble(r -> r.get(name) / scale).toArray();
                double mean = java.util.Arrays.stream(x).average().orElse(Double.NaN);
                double ss = java.util.Arrays.stream(x).map(a -> (a - mean) * (a - mean)).sum();
                double se = x.length > 1 ? Math.sqrt(ss / (x.length - 1) / x.length) : Double.NaN;
                csv.append(String.format(Locale.ROOT, ",%.6g,%.6g", mean, se));
            }
            csv.append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
