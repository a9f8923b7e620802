package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.chart.SurvivalChart;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.analysis.survival.KaplanMeier;
import leadsim.analysis.survival.LogRank;
import leadsim.analysis.survival.LogRankResult;

/**
 * A district reform's survival school by school (Kaplan-Meier): per school and replicate, the days
 * from the champion's departure to the reform's end in that school, censored where it still ran
 * there at the end. One curve per scenario pools its schools and replicates; a single district of
 * at most {@link #CURVES_PER_SCHOOL} schools also gets one curve per school.
 */
final class SchoolSurvival {
    static final int CURVES_PER_SCHOOL = 6;

    /** The censored times of some schools, pooled over replicates. */
    record Pooled(double[] times, boolean[] ended) {
        static Pooled of(SchoolData data, List<String> schools) {
            List<Double> t = new ArrayList<>();
            List<Boolean> e = new ArrayList<>();
            for (String school : schools) {
                double[] days = data.values(school, MetricCatalogue.REFORM_SURVIVAL_DAYS);
                double[] censored = data.values(school, MetricCatalogue.REFORM_CENSORED);
                for (int r = 0; r < days.length; r++) {
                    if (!Double.isNaN(days[r]) && !Double.isNaN(censored[r])) {
                        t.add(days[r]);
                        e.add(censored[r] == 0);
                    }
                }
            }
            boolean[] ended = new boolean[e.size()];
            for (int k = 0; k < ended.length; k++) {
                ended[k] = e.get(k);
            }
            return new Pooled(t.stream().mapToDouble(Double::doubleValue).toArray(), ended);
        }

        boolean isEmpty() {
            return times.length == 0;
        }
    }

    private SchoolSurvival() {}

    static void write(ReportSection section, ReportOutput out, List<RunData> runs, List<String> labels,
                      List<SchoolData> data) throws IOException {
        List<Pooled> pooled = new ArrayList<>();
        boolean any = false;
        for (SchoolData d : data) {
            Pooled p = d == null || !d.measured(MetricCatalogue.REFORM_SURVIVAL_DAYS) ? null : Pooled.of(d, d.schools());
            pooled.add(p);
            any |= p != null && !p.isEmpty();
        }
        if (!any) {
            boolean reform = data.stream().anyMatch(d -> d != null && d.measured(MetricCatalogue.IMPLEMENTATION + "_final"));
            if (reform) {
                section.paragraph("The reform's survival school by school cannot be shown: its champion did not leave in"
                        + " any replicate, so there is no departure to count from.");
            }
            return;
        }
        double perYear = runs.get(0).manifest().path("scenario").path("horizon").path("days_per_year")
                .asDouble(SurvivalFacts.DEFAULT_DAYS_PER_YEAR);
        SurvivalChart.Builder chart = SurvivalChart.builder("How long the reform lasted in each school after the"
                + " champion left", "School years since the champion left", "Schools still running it (share)");
        List<List<String>> rows = new ArrayList<>();
        List<Pooled> groups = new ArrayList<>();
        boolean single = runs.size() == 1;
        for (int i = 0; i < runs.size(); i++) {
            Pooled p = pooled.get(i);
            if (p == null || p.isEmpty()) {
                continue;
            }
            groups.add(p);
            String name = single ? "all " + data.get(i).schools().size() + " schools" : labels.get(i);
            rows.add(curve(chart, name, p, perYear));
            if (single && data.get(i).schools().size() <= CURVES_PER_SCHOOL) {
                for (String school : data.get(i).schools()) {
                    Pooled one = Pooled.of(data.get(i), List.of(school));
                    if (!one.isEmpty()) {
                        rows.add(curve(chart, school, one, perYear));
                    }
                }
            }
        }
        boolean ended = groups.stream().anyMatch(g -> {
            for (boolean e : g.ended()) {
                if (e) {
                    return true;
                }
            }
            return false;
        });
        out.chart(chart.build(), "school-reform-survival");
        section.figure(out.dir().resolve("figures").resolve("school-reform-survival.png"),
                out.dir().resolve("figures").resolve("school-reform-survival.svg"),
                "Kaplan-Meier curves of the reform school by school: of the schools of the replicates in which the"
                        + " champion left, the share still running the reform so many school years after the departure"
                        + (single ? " (all schools pooled" + (rows.size() > 1 ? ", and each school on its own" : "")
                        + ")" : ", one curve per scenario pooling its schools") + ". A tick marks a school where the"
                        + " reform still ran when the run ended (censored). The schools of one replicate share the"
                        + " departure day and the office, so they are not independent of each other: read the curves"
                        + " as a description, and any test between them as optimistic."
                        + (ended ? "" : " In no school did the reform end within the run: every curve stays at 1."),
                "Step curves of the share of schools still running the reform over school years since the champion"
                        + " left.");
        List<String> header = List.of(single ? "Schools" : "Scenario", "School-replicates (champion left)",
                "Reform ended in the school", "Median (days since the champion left)");
        section.table("Reform survival, school by school", header, rows, TableNames.columns(0));
        out.table("school-reform-survival", header, rows);
        if (ended && groups.size() == 2 && runs.size() == 2) {
            LogRankResult test = LogRank.test(groups.get(0).times(), groups.get(0).ended(), groups.get(1).times(),
                    groups.get(1).ended());
            section.paragraph("Log-rank test of equal survival over schools: chi-square " + Fmt.num(test.chiSquare())
                    + ", p " + Fmt.p(test.pValue()) + " (taking the schools as independent, which they are not:"
                    + " the p-value is smaller than it should be).");
        }
    }

    private static List<String> curve(SurvivalChart.Builder chart, String name, Pooled p, double perYear) {
        KaplanMeier km = KaplanMeier.fit(p.times(), p.ended());
        SurvivalCurve.addTo(chart, name, km, perYear);
        return List.of(name, Integer.toString(km.subjects()), Integer.toString(km.events()),
                Double.isNaN(km.medianSurvival()) ? "not reached" : Fmt.num(km.medianSurvival()));
    }
}
