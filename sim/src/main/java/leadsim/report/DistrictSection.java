package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import leadsim.analysis.chart.SmallMultiplesChart;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.stats.PairedDifference;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;
import leadsim.model.SchoolNames;
import leadsim.model.SchoolSeries;

/**
 * The district section of a run or comparison report: every school seen. The slowest and fastest
 * schools named ({@link SchoolRanking}), a table of the schools and the office, the desks with the
 * office's as rows of their own ({@link DeskTable}), small multiples of each school's waiting needs
 * and reform implementation through the run (at most {@link #PANELS} panels), and the reform's
 * survival school by school ({@link SchoolSurvival}). Left out when no scenario is a district.
 */
final class DistrictSection {
    /** Panels a small-multiples chart shows at most: beyond this, schools are picked. */
    static final int PANELS = 24;
    /** Schools a table lists in the page at most; tables/schools*.csv has them all. */
    static final int TABLE_ROWS = 12;

    private final HtmlReport report;
    private final ReportOutput out;
    private final List<RunData> runs;
    private final List<String> labels;

    DistrictSection(HtmlReport report, ReportOutput out, List<RunData> runs, List<String> labels) {
        this.report = report;
        this.out = out;
        this.runs = runs;
        this.labels = labels;
    }

    void write() throws IOException {
        List<SchoolData> data = new ArrayList<>();
        for (RunData run : runs) {
            data.add(SchoolData.read(run, Set.of(SchoolSeries.WAITING, MetricCatalogue.IMPLEMENTATION)).orElse(null));
        }
        if (data.stream().allMatch(d -> d == null)) {
            return;
        }
        ReportSection section = report.section("School by school");
        section.paragraph("A district is more than its totals: here each school is seen on its own. A school's figures"
                + " count the needs raised in it, wherever they waited (a district matter its principal raises waits"
                + " at the office but counts for the school); the office's row counts the needs its own staff"
                + " raised. Counts of the schools and the office add up to the district's.");
        Measure rank = SchoolRanking.measure();
        List<SchoolRanking> rankings = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            SchoolData d = data.get(i);
            SchoolRanking ranking = d == null ? null : SchoolRanking.of(d);
            rankings.add(ranking);
            if (ranking == null || ranking.isEmpty()) {
                continue;
            }
            section.meaning(runs.size() == 1 ? "Slowest and fastest schools" : "Slowest and fastest schools: "
                    + labels.get(i), slowestAndFastest(d, ranking, rank, runs.get(i).replicates()) + templateNote(
                    runs.get(i).manifest().path("scenario")));
        }
        sameSchoolsCompared(section, data, rankings, rank);
        for (int i = 0; i < runs.size(); i++) {
            if (data.get(i) != null && !rankings.get(i).isEmpty()) {
                schoolsTable(section, data.get(i), rankings.get(i), i);
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            if (data.get(i) != null) {
                DeskTable.write(section, out, runs.get(i), runs.size() == 1 ? null : labels.get(i), suffix(i));
            }
        }
        smallMultiples(section, data, rankings, SchoolSeries.WAITING);
        smallMultiples(section, data, rankings, MetricCatalogue.IMPLEMENTATION);
        SchoolSurvival.write(section, out, runs, labels, data);
    }

    private String suffix(int i) {
        return runs.size() > 1 ? "-" + SchoolSections.slug(labels.get(i)) : "";
    }

    /**
     * "Ranked by ..., of N schools the slowest school was A (2.1 days), then B and C; the fastest was
     * Z (0.9 days), then ...", and how far apart the two are, replicate by replicate.
     */
    static String slowestAndFastest(SchoolData data, SchoolRanking ranking, Measure rank, int replicates) {
        List<String> order = ranking.slowestFirst();
        int n = order.size();
        String slow = order.get(0);
        String fast = order.get(n - 1);
        int named = Math.min(3, n / 2);
        StringBuilder b = new StringBuilder("Ranked by " + rank.noun() + ", the mean over " + Fmt.replicates(replicates)
                + " (" + rank.name() + "), of " + n + " schools the"
                + " slowest school was " + slow + " (" + Fmt.words(ranking.means().get(slow)) + " days)");
        if (named > 1) {
            b.append(", then ").append(ComparisonSummary.join(order.subList(1, named)));
        }
        b.append("; the fastest was ").append(fast).append(" (").append(Fmt.words(ranking.means().get(fast)))
                .append(" days)");
        if (named > 1) {
            List<String> next = new ArrayList<>(order.subList(n - named, n - 1));
            java.util.Collections.reverse(next);
            b.append(", then ").append(ComparisonSummary.join(next));
        }
        b.append('.');
        if (n > 1) {
            // the two extremes of one replicate come from one run: their difference is paired
            PairedDifference gap = PairedDifference.of(data.values(fast, SchoolRanking.MEASURE),
                    data.values(slow, SchoolRanking.MEASURE));
            double fastMean = ranking.means().get(fast);
            b.append(" Needs in the slowest school waited ").append(Fmt.words(gap.meanDiff())).append(" days longer");
            if (fastMean > 0) {
                b.append(" (").append(Fmt.wordsPercent(gap.meanDiff() / fastMean)).append(" more)");
            }
            if (gap.n() >= 2 && !Double.isNaN(gap.ciLow())) {
                String[] r = Fmt.wordsWithInterval(gap.meanDiff(), gap.ciLow(), gap.ciHigh());
                b.append(", 95% CI of the paired difference ").append(r[1]).append(" to ").append(r[2])
                        .append(" days").append(gap.ciLow() <= 0
                                ? ": a gap this small could be chance, and the two were picked as the extremes"
                                : "; picked as the extremes of " + n + ", they would differ somewhat by chance alone");
            }
            b.append('.');
        }
        if (data.office() && !Double.isNaN(data.mean(SchoolNames.OFFICE, SchoolRanking.MEASURE))) {
            b.append(" The needs the office's own staff raised waited ")
                    .append(Fmt.words(data.mean(SchoolNames.OFFICE, SchoolRanking.MEASURE))).append(" days.");
        }
        return b.toString();
    }

    /**
     * What can make schools differ: every school of a run is a copy of one template (sim/ODD.md
     * 13.9), so only chance, their students and their place under the office can.
     */
    static String templateNote(com.fasterxml.jackson.databind.JsonNode scenario) {
        com.fasterxml.jackson.databind.JsonNode schools = scenario.path("schools");
        if (!schools.isArray() || schools.isEmpty()) {
            return "";
        }
        java.util.TreeSet<Integer> students = new java.util.TreeSet<>();
        for (com.fasterxml.jackson.databind.JsonNode school : schools) {
            com.fasterxml.jackson.databind.JsonNode n = school.path("students");
            students.add(n.isNumber() ? n.asInt() : scenario.path("students").asInt(0));
        }
        boolean office = scenario.path("office").path("roles").size() > 0;
        List<String> causes = new ArrayList<>(List.of("chance"));
        if (students.size() > 1) {
            causes.add("their students");
        }
        if (office) {
            causes.add("their place under the office (which office desks serve them)");
        }
        String from = " so the differences between them come from " + (causes.size() == 1 ? "chance alone"
                : ComparisonSummary.join(causes)) + ", not from how each school is run.";
        return students.size() == 1
                ? " Every school is a copy of one template with the same number of students," + from
                : " The schools are copies of one template that differ only in their students (" + students.first()
                        + " to " + students.last() + ")," + from;
    }

    /** Two scenarios of the same schools: in how many did needs wait longer, in how many less. */
    private void sameSchoolsCompared(ReportSection section, List<SchoolData> data, List<SchoolRanking> rankings,
                                     Measure rank) {
        if (runs.size() < 2 || data.get(0) == null || rankings.get(0).isEmpty()) {
            return;
        }
        for (int i = 1; i < runs.size(); i++) {
            SchoolData d = data.get(i);
            if (d == null || !Set.copyOf(d.schools()).equals(Set.copyOf(data.get(0).schools()))) {
                continue;
            }
            int longer = 0;
            int shorter = 0;
            int compared = 0;
            for (String school : d.schools()) {
                double a = data.get(0).mean(school, SchoolRanking.MEASURE);
                double b = d.mean(school, SchoolRanking.MEASURE);
                if (Double.isNaN(a) || Double.isNaN(b)) {
                    continue;
                }
                compared++;
                if (b > a) {
                    longer++;
                } else if (b < a) {
                    shorter++;
                }
            }
            String other = ScenarioNames.the(labels.get(i));
            String base = ScenarioNames.the(labels.get(0));
            section.meaning("School by school: " + labels.get(i) + " against " + labels.get(0),
                    "By " + rank.noun() + ", means over replicates, needs waited longer in " + other + " than in "
                            + base + " in " + longer + " of " + compared + " schools, and less in " + shorter
                            + (compared - longer - shorter > 0 ? " (the same in " + (compared - longer - shorter) + ")"
                            : "") + ".");
        }
    }

    private void schoolsTable(ReportSection section, SchoolData d, SchoolRanking ranking, int i) throws IOException {
        // few columns, so that the page stays readable: tables/schools*.csv has the median beside them
        List<String> measures = new ArrayList<>(List.of("needs_raised", SchoolRanking.MEASURE, "on_time_share",
                "open_share"));
        for (String optional : List.of("default_share", "lapse_share")) {
            if (d.schools().stream().anyMatch(school -> d.mean(school, optional) > 0)) {
                measures.add(optional);
            }
        }
        if (d.measured("implementation_final")) {
            measures.add("implementation_final");
        }
        List<String> csvMeasures = new ArrayList<>(measures);
        csvMeasures.add(2, "latency_km_median");
        List<String> header = new ArrayList<>(List.of("School", "Rank\n(1 = slowest)"));
        measures.forEach(m -> header.add(SchoolColumns.head(m)));
        List<String> shown = ranking.slowestFirst();
        boolean cut = shown.size() > TABLE_ROWS;
        List<String> inPage = cut ? new ArrayList<>(shown.subList(0, TABLE_ROWS / 2)) : new ArrayList<>(shown);
        if (cut) {
            inPage.addAll(shown.subList(shown.size() - TABLE_ROWS / 2, shown.size()));
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        List<String> csvHeader = new ArrayList<>(List.of("school", "rank"));
        csvHeader.addAll(csvMeasures);
        List<String> units = new ArrayList<>(shown);
        if (d.office()) {
            units.add(SchoolNames.OFFICE);
        }
        for (String unit : units) {
            boolean office = unit.equals(SchoolNames.OFFICE);
            List<String> row = new ArrayList<>(List.of(office ? "office (its own staff's needs)" : unit,
                    office ? Fmt.NONE : Integer.toString(ranking.rank(unit))));
            List<String> csvRow = new ArrayList<>(List.of(unit, office ? "" : Integer.toString(ranking.rank(unit))));
            for (String m : measures) {
                double v = d.mean(unit, m);
                row.add(SchoolColumns.isShare(m) ? Fmt.percent(v) : Fmt.num(v));
            }
            for (String m : csvMeasures) {
                csvRow.add(Double.toString(d.mean(unit, m)));
            }
            csv.add(csvRow);
            if (office || inPage.contains(unit)) {
                rows.add(row);
            }
            if (cut && !office && unit.equals(inPage.get(TABLE_ROWS / 2 - 1))) {
                List<String> gap = new ArrayList<>(List.of("\u2026 " + (shown.size() - TABLE_ROWS) + " more schools"));
                while (gap.size() < header.size()) {
                    gap.add("");
                }
                rows.add(gap);
            }
        }
        String file = "schools" + suffix(i);
        section.table("Schools" + (runs.size() > 1 ? " of " + ScenarioNames.the(labels.get(i)) : "") + ", slowest first"
                + (cut ? " (the " + TABLE_ROWS / 2 + " slowest and the " + TABLE_ROWS / 2 + " fastest; all "
                + shown.size() + " in tables/" + file + ".csv)" : "") + ": means over "
                + Fmt.replicates(runs.get(i).replicates()), header, rows, TableNames.columns(0));
        String key = SchoolColumns.key(measures);
        if (!key.isEmpty()) {
            section.paragraph(key);
        }
        out.table(file, csvHeader, csv);
    }

    /**
     * One small panel per school of a daily measure, every panel on the same scales; with several
     * scenarios of the same schools, one line per scenario in each panel, else one chart each.
     */
    private void smallMultiples(ReportSection section, List<SchoolData> data, List<SchoolRanking> rankings,
                                String measure) throws IOException {
        boolean waiting = measure.equals(SchoolSeries.WAITING);
        List<Integer> with = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            SchoolData d = data.get(i);
            if (d != null && !rankings.get(i).isEmpty() && d.daily().containsKey(measure)
                    && (waiting || d.measured("implementation_final"))) {
                with.add(i);
            }
        }
        if (with.isEmpty()) {
            if (waiting && data.stream().anyMatch(d -> d != null)) {
                String why = runs.stream().filter(r -> !r.hasSeries()).map(RunData::whyNoSeries).findFirst()
                        .orElse(null);
                section.paragraph((why != null ? "(No daily series were kept (" + why + "), so the schools' queues"
                        : "(The kept daily series have no queues per school, so the schools' queues")
                        + " through the year cannot be drawn; the tables above come from the runs' measures.)");
            }
            return;
        }
        Measure m = Catalogue.series(measure).orElseThrow();
        double top = 0;
        for (int i : with) {
            for (String school : rankings.get(i).shown(PANELS)) {
                double[] v = data.get(i).dailyMean(measure, school);
                if (v != null) {
                    for (double x : v) {
                        if (!Double.isNaN(x)) {
                            top = Math.max(top, x);
                        }
                    }
                }
            }
        }
        double yMax = waiting ? SchoolSections.niceCeiling(Math.max(top, 1)) : 1;
        String yTitle = waiting ? "Needs waiting" : "Implementation (0 to 1)";
        String title = waiting ? "Needs waiting in each school" : "Reform implementation in each school";
        boolean overlay = with.size() > 1 && with.stream().allMatch(i -> Set.copyOf(data.get(i).schools())
                .equals(Set.copyOf(data.get(with.get(0)).schools())));
        List<List<Integer>> charts = overlay ? List.of(with) : with.stream().map(List::of).toList();
        for (List<Integer> chart : charts) {
            int first = chart.get(0);
            SchoolRanking ranking = rankings.get(first);
            SmallMultiplesChart.Builder b = SmallMultiplesChart.builder(
                    title + (chart.size() == 1 && runs.size() > 1 ? ": " + labels.get(first) : ""),
                    "Day of the run", yTitle).yRange(0, yMax);
            for (String school : ranking.shown(PANELS)) {
                b.panel(school + " (rank " + ranking.rank(school) + ")");
                for (int i : chart) {
                    double[] v = data.get(i).dailyMean(measure, school);
                    if (v != null && v.length > 0) {
                        b.line(labels.get(i), data.get(i).days(), v);
                    }
                }
            }
            String name = (waiting ? "school-waiting" : "school-implementation")
                    + (chart.size() == 1 ? suffix(first) : "");
            SavedChart saved = out.chart(b.build(), name);
            String who = chart.size() > 1 ? "one line per scenario, schools ranked by "
                    + ScenarioNames.the(labels.get(first)) + " (the first)" : runs.size() > 1
                    ? "in " + ScenarioNames.the(labels.get(first)) : "";
            section.figure(saved.png(), saved.svg(), (waiting
                    ? m.label() + " (the school's needs waiting in a queue or on an agenda, the office's included)"
                    : m.label() + " in each school (its staff's mean commitment; 0 once the reform has died there)")
                    + ", mean over " + Fmt.replicates(runs.get(first).replicates()) + " on each day" + (who.isEmpty() ? ""
                    : ", " + who) + ". Every panel has the same scales. Shown: "
                    + ranking.shownWords(PANELS) + ", ranked by " + SchoolRanking.measure().noun() + ".",
                    "Small line charts, one per school, of " + (waiting ? "needs waiting" : "reform implementation")
                            + " by day.");
        }
    }
}
