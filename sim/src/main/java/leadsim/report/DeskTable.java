package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;
import leadsim.metrics.Catalogue;

/**
 * A district's desks, one row per role or body: the schools' own (all schools' desks of the role
 * together) and each of the office's as a row of its own, with how many needs waited there per
 * desk, its share of all waiting and, for people, how busy they were: district means over
 * replicates, from runs.csv.
 */
final class DeskTable {
    private static final String QUEUE = "queue_mean_";
    private static final String WAIT_SHARE = "wait_share_";

    private DeskTable() {}

    static void write(ReportSection section, ReportOutput out, RunData run, String label, String suffix)
            throws IOException {
        List<String> levels = run.roles(run.runs(), QUEUE);
        if (levels.isEmpty()) {
            return;
        }
        JsonNode scenario = run.manifest().path("scenario");
        Map<String, Integer> desks = Desks.of(scenario);
        Set<String> office = new HashSet<>();
        scenario.path("office").path("roles").fieldNames().forEachRemaining(office::add);
        scenario.path("office").path("bodies").fieldNames().forEachRemaining(office::add);
        String waitingLabel = Catalogue.run(QUEUE + levels.get(0)).orElseThrow().label() + ", per desk";
        String shareLabel = Catalogue.run(WAIT_SHARE + levels.get(0)).orElseThrow().label();
        String busyLabel = Catalogue.run(MetricCatalogue.UTILIZATION + levels.get(0)).map(m -> m.label())
                .orElse("Utilisation");
        List<String> header = List.of("Desk", "Desks", waitingLabel, shareLabel, busyLabel);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        // the schools' desks first, then the office's, each in the model's order
        for (boolean ofOffice : new boolean[] {false, true}) {
            for (String level : levels) {
                if (office.contains(level) != ofOffice) {
                    continue;
                }
                int n = Math.max(1, desks.getOrDefault(level, 1));
                double waiting = SchoolSections.summary(run, QUEUE + level).mean() / n;
                double share = SchoolSections.summary(run, WAIT_SHARE + level).mean();
                String busyColumn = MetricCatalogue.UTILIZATION + level;
                double busy = run.hasMetric(busyColumn) ? SchoolSections.summary(run, busyColumn).mean() : Double.NaN;
                String where = ofOffice ? "office" : "schools";
                rows.add(List.of(MetricCatalogue.role(level) + (ofOffice ? " (office)" : ""), Integer.toString(n),
                        Fmt.num(waiting), Fmt.percent(share), Fmt.percent(busy)));
                csv.add(List.of(level, where, Integer.toString(n), Double.toString(waiting), Double.toString(share),
                        Double.toString(busy)));
            }
        }
        section.table("Desks of the schools and of the office" + (label == null ? "" : ": " + label)
                + " (district means over " + Fmt.replicates(run.replicates()) + "; a school role's row counts its desks in"
                + " every school, each office desk (marked office) has a row of its own; a body's utilisation is its"
                + " members')",
                header, rows, TableNames.columns(0));
        out.table("desks" + suffix, List.of("level", "where", "desks", "queue_mean_per_desk", "wait_share",
                "utilization"), csv);
    }
}
