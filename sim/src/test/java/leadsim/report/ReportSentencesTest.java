package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.report.DifferenceFacts;
import leadsim.analysis.report.PlainLanguage;
import leadsim.analysis.table.Table;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;
import leadsim.scenario.LoadEstimate;
import org.junit.jupiter.api.Test;

/**
 * The words the reports use for what a measure is: a role's fact says "role", a desk's says
 * "desk"; hours that include meetings say so; a load above its hours never prints as 1.
 */
class ReportSentencesTest {

    @Test
    void theRoleWhereMostWaitingHappenedIsNotCalledADesk() {
        // bottleneck_wait_share pools every desk of a role (all 40 teachers): it is not one desk's share
        assertEquals("Waiting at the role where most waiting happened (share of all waiting)",
                Catalogue.run("bottleneck_wait_share").orElseThrow().label());
        assertEquals("Role where most waiting happened", Catalogue.run("bottleneck_role").orElseThrow().label());
        MetricCatalogue.Metric m = MetricCatalogue.find("bottleneck_wait_share").orElseThrow();
        assertEquals("In the distributed school, the share of all waiting that happened at the role where most waiting"
                + " happened (all its desks together) was 27 percentage points lower on average than in the hierarchical"
                + " school (95% CI 27 to 28 percentage points lower), which is better.",
                PlainLanguage.describe(new DifferenceFacts(m.phrase(), m.unit(), "hierarchical school",
                        "distributed school", -0.274, -0.281, -0.266, 1e-9, true)));
        for (Measure each : Catalogue.of("runs")) {
            assertFalse((each.label() + each.noun() + each.phrase()).contains("busiest desk"), each.name());
        }
    }

    @Test
    void aRunSaysRoleForTheRolesFactAndDeskForTheDesksFact() {
        RunData run = run(List.of("utilization_max_role", "utilization_teacher", "utilization_principal",
                "busiest_desk_utilization", "wait_share_teacher", "wait_share_principal", "top_wait_desk_1",
                "top_wait_desk_1_share"),
                List.of(List.of("teacher", "0.62", "0.49", "0.75", "0.61", "0.01", "leadership_team#0", "0.18"),
                        List.of("teacher", "0.62", "0.49", "0.76", "0.61", "0.01", "leadership_team#0", "0.19")));
        List<String> s = RunReport.sentences(run);
        assertTrue(s.contains("Teachers were the busiest role: busy (deciding or in meetings) 62% of their hours for"
                + " decisions and meetings (the mean over the role's people). The busiest single person was busy 76%"
                + " of their hours for decisions and meetings (the busiest in each replicate, on average)."), s.toString());
        assertTrue(s.contains("Most of the waiting (61%) happened at the teachers' desks, all of them together. The"
                + " single desk with the most waiting was leadership team#0, with 19% of all waiting."), s.toString());
        assertFalse(String.join(" ", s).contains("busiest desk"), s.toString());
        assertEquals("The principal was the busiest role: busy all of their hours for decisions and meetings, so work"
                + " piles up there.", RunReport.busiestRole("principal", 0.999));
    }

    @Test
    void hoursThatIncludeMeetingsSaySo() {
        assertEquals("teacher leader's hours a day for decisions and meetings",
                KeyLabels.words("roles.teacher_leader.capacity_hours"));
        assertEquals("The share of each role's hours for decisions and meetings that was spent deciding or in meetings"
                + " (mean over the role's people and over replicates, with 95% confidence intervals). Near 100% the"
                + " role cannot keep up and queues grow.", SchoolSections.UTILISATION_CAPTION);
        assertEquals("Utilisation that day, deciding and meetings (share of hours)",
                Catalogue.series("utilization_teacher").orElseThrow().label());
    }

    @Test
    void aLoadAboveItsHoursNeverPrintsAsOne() {
        assertEquals("1.75", LoadEstimate.times(1.7512));
        assertEquals("1.00", LoadEstimate.times(1.0));
        assertEquals("1.004", LoadEstimate.times(1.0041));
        assertEquals("1.0002", LoadEstimate.times(1.00021));
        assertEquals("The principal's desk is offered 1.004 times the decision work it has hours for, counting the"
                + " escalation its culture brings: needs there wait until their patience runs out, and then are decided"
                + " by whoever raised them, without the right (a decision by default).",
                ManifestWarnings.words("x.yaml:3:3: roles.principal: expected load is " + LoadEstimate.times(1.0041)
                        + " times its deciding hours (with expected escalation): needs there will run out of patience"
                        + " (overload.workaround)", false));
    }

    @Test
    void anIntervalThatRoundingWouldHidePrintsWithMoreDigits() {
        RunData run = run(List.of("latency_mean"),
                List.of(List.of("1.68"), List.of("1.69"), List.of("1.70"), List.of("1.71"), List.of("1.72")));
        assertEquals("Needs waited 1.70 days on average from being raised to being decided (95% CI 1.68 to 1.72"
                + " days).", RunReport.sentences(run).get(0));
        // the same rule in tables: three significant figures, more when the bounds would print alike
        MetricCatalogue.Metric share = MetricCatalogue.find("on_time_share").orElseThrow();
        assertEquals("99.71% to 99.74%", Fmt.interval(share, 0.99712, 0.99738));
        assertEquals("100% to 100%", Fmt.interval(share, 0.99999999999999, 1.0));
        assertEquals("\u221215.90 pp (\u221215.92 pp to \u221215.88 pp)",
                ComparisonReport.difference(share, -0.159, -0.15916, -0.15884));
    }

    @Test
    void aComparisonSaysWhatGotWorseRoleByRoleAndCountsAnOutcomeOnce() {
        // the distributed school is better on every headline measure, slower and fuller at the
        // teachers' desks; needs_open and open_share are one outcome
        List<String> columns = List.of("latency_mean", "open_share", "needs_open", "latency_mean_at_teacher",
                "queue_mean_teacher", "queue_mean_principal");
        RunData hierarchical = run(columns, List.of(
                List.of("1.60", "0.010", "95", "0.68", "5.1", "67"), List.of("1.70", "0.011", "96", "0.69", "5.0", "66"),
                List.of("1.65", "0.009", "90", "0.67", "5.2", "68"), List.of("1.66", "0.010", "93", "0.68", "5.1", "67")));
        RunData distributed = run(columns, List.of(
                List.of("0.98", "0.003", "29", "0.92", "23.0", "0.5"), List.of("0.99", "0.003", "30", "0.93", "23.5", "0.6"),
                List.of("0.97", "0.002", "27", "0.91", "23.1", "0.5"), List.of("0.98", "0.003", "28", "0.92", "23.2", "0.6")));
        List<ComparisonReport.Row> rows = ComparisonReport.compare(hierarchical, "hierarchical", distributed,
                "distributed");
        assertEquals(List.of("latency_mean", "open_share"), rows.stream().map(r -> r.metric().column()).toList(),
                "needs_open is not a headline of its own");
        List<ComparisonSummary.Sentence> summary = ComparisonSummary.of(hierarchical, "hierarchical", distributed,
                "distributed", rows, ScenarioDifferences.of(null, "hierarchical", null, "distributed"));
        String open = summary.stream().filter(x -> x.label().startsWith("Needs still open")).findFirst().orElseThrow()
                .text();
        assertTrue(open.endsWith("(Means: 0.27% against 1.0%; in needs, 29 against 94, a mean over replicates.)"), open);
        assertEquals("Of the 2 headline measures compared, the distributed school did significantly better than the"
                + " hierarchical school on 2 and worse on none; 0 did not differ significantly. Needs still open at the"
                + " end count once among these, as a share of the needs raised (their number is given beside it). Role"
                + " by role, the distributed school did significantly worse on 2 and better on 1 of 3 measures (below).",
                text(summary, "Better and worse"));
        ComparisonSummary.Sentence roles = summary.stream().filter(x -> x.label().equals("Role by role")).findFirst()
                .orElseThrow();
        assertTrue(roles.caution(), "what got worse is drawn as a caution");
        assertTrue(roles.text().startsWith("Role by role, the distributed school did significantly worse than the"
                + " hierarchical school on 2 of the 3 role-level measures tested: needs decided by teachers waited 0.92"
                + " days on average, against 0.68; and on average 23.2 needs were waiting at the teachers' desks,"
                + " against 5.1. It did significantly better on 1; 0 did not differ significantly."), roles.text());
        assertTrue(roles.text().endsWith("adjusted (Holm) for testing these 3 at once, apart from the headline"
                + " measures, is below 0.05."), roles.text());
    }

    private static String text(List<ComparisonSummary.Sentence> summary, String label) {
        return summary.stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow().text();
    }

    static RunData run(List<String> columns, List<List<String>> values) {
        List<String> all = new ArrayList<>(List.of("replicate", "seed"));
        all.addAll(columns);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r), Integer.toString(100 + r)));
            row.addAll(values.get(r));
            rows.add(row);
        }
        return new RunData(Path.of("x"), JsonNodeFactory.instance.objectNode(), Table.fromRows(all, rows), null);
    }
}
