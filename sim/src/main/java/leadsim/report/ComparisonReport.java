package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.report.DifferenceFacts;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.PlainLanguage;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.stats.PairedDifference;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.stats.SeedPairs;
import leadsim.experiment.summary.Comparisons;
import leadsim.analysis.table.Csv;

/**
 * The report comparing scenarios: the first run is the baseline, each other run is compared with
 * it replicate by replicate, pairing replicates that share a seed (common random numbers, as
 * {@code leadsim run} gives replicate k of every scenario the same seed under one master seed).
 * Per headline measure: the paired difference with its 95% interval, Hedges' g_z, the paired t
 * test's p-value Holm-adjusted across the measures, the Wilcoxon signed-rank p-value, and a
 * sentence in plain language.
 */
final class ComparisonReport {

    private ComparisonReport() {}

    /**
     * One measure compared: the facts for the sentence plus the numbers for the table, all taken
     * from {@link Comparisons} (the same rows as compare.csv and the terminal).
     */
    record Row(MetricCatalogue.Metric metric, ReplicateSummary base, ReplicateSummary alt, PairedDifference d,
               double holmP, Comparisons.Row source) {}

    static HtmlReport build(List<RunData> runs, ReportOutput out) throws IOException, ReportInputException {
        if (runs.size() < 2) {
            throw new ReportInputException("a comparison needs at least two run directories");
        }
        List<String> labels = SchoolSections.labels(runs);
        RunData baseline = runs.get(0);
        List<List<Row>> compared = new ArrayList<>();
        List<Integer> pairs = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            int[][] paired = pairBySeed(baseline, runs.get(i));
            if (paired[0].length < 2) {
                throw new ReportInputException(runs.get(i).dir() + " and " + baseline.dir() + " share "
                        + paired[0].length + " replicate seed(s); a paired comparison needs at least 2. Run both"
                        + " scenarios with the same --seed (and enough --replicates) so replicate k gets the same seed.");
            }
            pairs.add(paired[0].length);
            compared.add(compare(baseline, labels.get(0), runs.get(i), labels.get(i)));
        }

        String title = labels.size() == 2
                ? ScenarioNames.The(labels.get(0)) + " and " + ScenarioNames.the(labels.get(1)) + " compared"
                : "Comparing " + labels.size() + " scenarios: " + String.join(", ", labels);
        HtmlReport report = new HtmlReport(title)
                .subtitle("Replicates paired by seed (common random numbers): " + pairsNote(labels, pairs)
                        + "; baseline " + labels.get(0) + ".");
        List<ScenarioDifferences> differences = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            differences.add(ScenarioDifferences.of(resolved(baseline), labels.get(0), resolved(runs.get(i)),
                    labels.get(i)));
        }
        ReportSection summary = report.section("Summary");
        summary.paragraph(intro(differences, compared.get(0).size()));
        for (int i = 1; i < runs.size(); i++) {
            if (runs.size() > 2) {
                summary.heading(ScenarioNames.The(labels.get(i)) + " against " + ScenarioNames.the(labels.get(0)));
            }
            for (ComparisonSummary.Sentence sentence : ComparisonSummary.of(baseline, labels.get(0), runs.get(i),
                    labels.get(i), compared.get(i - 1), differences.get(i - 1))) {
                if (sentence.caution()) {
                    summary.caution(sentence.label(), sentence.text());
                } else {
                    summary.meaning(sentence.label(), sentence.text());
                }
            }
        }
        differencesTable(summary, compared, labels, out);
        scenarioTable(summary, runs, labels, out);
        ManifestWarnings.section(report, ManifestWarnings.manifests(runs), labels);
        ScenarioDifferenceSection.add(report, differences, labels, out);

        SchoolSections sections = new SchoolSections(report, out, runs);
        sections.all();
        return report;
    }

    /** What pairing by seed does and does not make equal, and when a difference counts as significant. */
    private static String intro(List<ScenarioDifferences> differences, int measures) {
        boolean sameNeeds = differences.stream().allMatch(ScenarioDifferences::sameWorkload);
        return "Each sentence compares one measure between the scenarios, replicate by replicate: the same seed"
                + (sameNeeds ? " means the same students raising the same needs, so a difference comes from what"
                        + " differs between the scenarios (listed under \u201cWhat differs between these"
                        + " scenarios\u201d)." : " gives the same random numbers, but the scenarios raise different"
                        + " needs (see \u201cWhat differs between these scenarios\u201d).")
                + " A difference is called statistically significant only when its 95% confidence interval excludes"
                + " zero and its p-value, adjusted for testing the " + measures + " headline measures at once (Holm), is"
                + " below 0.05; the role-level measures (\u201cRole by role\u201d) are adjusted in the same way, apart,"
                + " among themselves.";
    }

    /** The resolved scenario a run's manifest records, or a missing node. */
    static com.fasterxml.jackson.databind.JsonNode resolved(RunData run) {
        return run.manifest().path("scenario");
    }

    private static String pairsNote(List<String> labels, List<Integer> pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            parts.add(pairs.get(i) + " pairs" + (pairs.size() > 1 ? " for " + labels.get(i + 1) : ""));
        }
        return String.join(", ", parts);
    }

    /** Row indices {@code [baselineRows, otherRows]} of the replicates whose seeds match, in baseline order. */
    static int[][] pairBySeed(RunData baseline, RunData other) {
        SeedPairs pairs = SeedPairs.of(baseline.seeds(), other.seeds());
        return new int[][] {pairs.a(), pairs.b()};
    }

    /** The Holm family's rows (the headline measures both measured), as {@link Comparisons} computes them. */
    static List<Row> compare(RunData a, String labelA, RunData b, String labelB) {
        List<Row> rows = new ArrayList<>();
        for (Comparisons.Row c : Comparisons.of(List.of(labelA, labelB), List.of(a.runs(), b.runs()))) {
            if (!c.inFamily()) {
                continue;
            }
            MetricCatalogue.find(c.metric()).ifPresent(m -> rows.add(new Row(m, c.base(), c.alt(), c.paired(), c.holm(), c)));
        }
        rows.sort(java.util.Comparator.comparingInt(r -> MetricCatalogue.HEADLINE.indexOf(r.metric().column())));
        return rows;
    }

    static DifferenceFacts facts(Row row, String baseline, String alternative) {
        PairedDifference d = row.d();
        double low = Double.isNaN(d.ciLow()) ? d.meanDiff() : d.ciLow();
        double high = Double.isNaN(d.ciHigh()) ? d.meanDiff() : d.ciHigh();
        return new DifferenceFacts(row.metric().phrase(), row.metric().unit(), baseline, alternative, d.meanDiff(), low, high, row.holmP(),
                row.metric().lowerIsBetter());
    }

    private static void differencesTable(ReportSection section, List<List<Row>> compared, List<String> labels,
                                         ReportOutput out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Measure"));
        boolean several = compared.size() > 1;
        if (several) {
            header.add("Scenario");
        }
        header.addAll(List.of(labels.get(0), several ? "Scenario" : labels.get(1), "Difference (95% CI)",
                "p (Holm)", "Verdict"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            for (Row row : compared.get(i)) {
                MetricCatalogue.Metric m = row.metric();
                PairedDifference d = row.d();
                String verdict = ComparisonSummary.verdict(row, labels.get(0), labels.get(i + 1));
                List<String> cells = new ArrayList<>(List.of(m.label()));
                if (several) {
                    cells.add(labels.get(i + 1));
                }
                cells.addAll(List.of(Fmt.value(m, row.base().mean()), Fmt.value(m, row.alt().mean()),
                        difference(m, d.meanDiff(), d.ciLow(), d.ciHigh()),
                        Fmt.p(row.holmP()), verdict));
                rows.add(cells);
                List<String> line = new ArrayList<>();
                row.source().cells().forEach(cell -> line.add(Csv.plain(cell)));
                line.add(verdict);
                csv.add(line);
            }
        }
        section.table("Paired differences, " + (several ? "each scenario" : labels.get(1)) + " minus " + labels.get(0)
                + " (pp: percentage points; p (Holm): paired t test, adjusted for the number of measures;"
                + " effect sizes g_z and Wilcoxon signed-rank p-values are in tables/differences.csv)", header, rows,
                several ? TableNames.columns(1).headers(2) : TableNames.NONE.headers(1, 2));
        List<String> csvHeader = new ArrayList<>(Comparisons.HEADER); // compare.csv's columns, and a verdict
        csvHeader.add("verdict");
        out.table("differences", csvHeader, csv);
    }

    /** "+15.7 pp (+15.4 pp to +16.0 pp)": a difference and its interval, by the one interval rule. */
    static String difference(MetricCatalogue.Metric m, double mean, double low, double high) {
        double scale = m.isShare() ? 100 : 1;
        String[] r = PlainLanguage.withInterval(mean * scale, low * scale, high * scale, Fmt::num);
        return signed(m, mean * scale, r[0]) + " (" + signed(m, low * scale, r[1]) + " to "
                + signed(m, high * scale, r[2]) + ")";
    }

    /** A signed difference as printed; shares in percentage points ("−12.3 pp"). */
    private static String signed(MetricCatalogue.Metric m, double scaled, String text) {
        if (Double.isNaN(scaled)) {
            return Fmt.NONE;
        }
        if (scaled > 0) {
            text = "+" + text;
        } else if (text.startsWith("-")) {
            text = "\u2212" + text.substring(1);
        }
        return m.isShare() ? text + " pp" : text;
    }

    private static void scenarioTable(ReportSection section, List<RunData> runs, List<String> labels,
                                      ReportOutput out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Measure"));
        labels.forEach(l -> header.add(l + "\nmean (95% CI)"));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (String column : Measures.compared()) {
            if (!runs.stream().allMatch(r -> Measures.applies(r, column))) {
                continue;
            }
            MetricCatalogue.Metric m = Measures.find(column).orElseThrow();
            List<String> cells = new ArrayList<>(List.of(m.label()));
            for (int i = 0; i < runs.size(); i++) {
                ReplicateSummary s = SchoolSections.summary(runs.get(i), column);
                String[] r = Fmt.withInterval(m, s.mean(), s.ciLow(), s.ciHigh());
                cells.add(r[0] + " (" + r[1] + " to " + r[2] + ")");
                csv.add(List.of(column, labels.get(i), Integer.toString(s.n()), Double.toString(s.mean()),
                        Double.toString(s.ciLow()), Double.toString(s.ciHigh())));
            }
            rows.add(cells);
        }
        section.table("Each scenario on its own (all replicates)", header, rows,
                TableNames.NONE.headerSpan(1, labels.size()));
        out.table("scenarios", List.of("metric", "scenario", "n", "mean", "ci95_low", "ci95_high"), csv);
    }
}
