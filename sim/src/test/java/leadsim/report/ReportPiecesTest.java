package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.sensitivity.MainEffects;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;

/** The report's small rules: number formats, labels, pairing, day blocks, bins and variance shares. */
class ReportPiecesTest {

    @Test
    void numbersKeepThreeSignificantFiguresAndWholeNumbersStayWhole() {
        assertEquals("1.00", Fmt.num(1.004));
        assertEquals("0.0176", Fmt.num(0.017642));
        assertEquals("9672", Fmt.num(9672.4));
        assertEquals("180", Fmt.num(180.0));
        assertEquals("\u2013", Fmt.num(Double.NaN));
        assertEquals("95.3%", Fmt.percent(0.9526));
        assertEquals("<\u00a00.001", Fmt.p(1e-9));
        assertEquals("0.032", Fmt.p(0.0321));
        assertEquals("0.41", Fmt.p(0.4123));
        assertEquals("0.0012", Fmt.p(0.00123));
    }

    @Test
    void rolesReadAsPeople() {
        assertEquals("teacher leader", MetricCatalogue.role("teacher_leader"));
        assertEquals("teachers", MetricCatalogue.roleAsActors("teacher"));
        assertEquals("the principal", MetricCatalogue.roleAsActors("principal"));
        assertEquals("the teachers'", RunReport.desk("teacher"));
        assertEquals("the principal's", RunReport.desk("principal"));
        assertEquals("district coaches", MetricCatalogue.roleAsActors("district_coach"));
        assertEquals("distributed school", MetricCatalogue.school("distributed"));
        assertEquals("big school", MetricCatalogue.school("big_school"));
    }

    @Test
    void replicatesArePairedBySeedWhateverTheirOrder() {
        RunData a = run(List.of("11", "22", "33"));
        RunData b = run(List.of("33", "44", "11"));
        int[][] pairs = ComparisonReport.pairBySeed(a, b);
        assertArrayEquals(new int[] {0, 2}, pairs[0]);
        assertArrayEquals(new int[] {2, 0}, pairs[1]);
    }

    @Test
    void longSeriesAreAveragedPerReplicateBeforeAcrossReplicates() {
        // 400 days, two replicates: replicate 0 is 1 on odd days and 3 on even days, replicate 1 twice that.
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            for (int d = 1; d <= 400; d++) {
                rows.add(List.of(Integer.toString(r), Integer.toString(d), Double.toString((r + 1) * (d % 2 == 1 ? 1 : 3))));
            }
        }
        Table series = Table.fromRows(List.of("replicate", "day", "queue_x"), rows);
        assertEquals(2, Daily.blockSize(series.numbers("day")));
        Daily daily = Daily.of(series, "queue_x");
        assertEquals(200, daily.size());
        assertEquals(1.5, daily.day()[0], 1e-12, "a block is labelled by its middle day");
        assertEquals(3.0, daily.mean()[0], 1e-12, "(2 + 4) / 2");
        assertEquals(2, daily.n()[0], "one value per replicate and block");
    }

    @Test
    void sampledFactorsFallIntoEqualCountBinsLabelledByMidpoint() {
        double[] values = {-1, -2, 3, 4, 5, 6, 7, 8, 9, 10};
        List<String> bins = SweepReport.bins(values);
        assertEquals(5, bins.stream().distinct().count());
        assertEquals("-1.5", bins.get(0), "the lowest bin holds -2 and -1");
        for (String label : bins.stream().distinct().toList()) {
            assertEquals(2, bins.stream().filter(label::equals).count(), "two values in bin " + label);
        }
    }

    @Test
    void varianceShareIsOneWhenTheFactorExplainsEverythingAndZeroWhenNothing() {
        List<String> levels = List.of("a", "a", "b", "b");
        double[] explained = {1, 1, 3, 3};
        assertEquals(1.0, SweepReport.varianceShare(MainEffects.of(levels, explained), explained), 1e-12);
        double[] unexplained = {1, 3, 1, 3};
        assertEquals(0.0, SweepReport.varianceShare(MainEffects.of(levels, unexplained), unexplained), 1e-12);
    }

    private static RunData run(List<String> seeds) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            rows.add(List.of(Integer.toString(i), seeds.get(i), Double.toString(i)));
        }
        return new RunData(Path.of("x"), JsonNodeFactory.instance.objectNode(),
                Table.fromRows(List.of("replicate", "seed", "latency_mean"), rows), null);
    }

    @Test
    void factorPathsReadAsWordsAndFactorValuesAsShortNumbers() {
        assertEquals("psychological safety", SweepSensitivity.label("culture.psychological_safety"));
        assertEquals("context lost per hand-off", SweepSensitivity.label("quality.context_loss_per_hop"));
        assertEquals("days between PLC meetings", SweepSensitivity.label("bodies.plc.cadence_days"));
        assertEquals("teacher's hours a day for decisions and meetings", SweepSensitivity.label("roles.teacher.capacity_hours"));
        assertEquals("needs raised a day per person (needs stream 1)", KeyLabels.words("arrivals[0].rate_per_day"));
        assertEquals("who decides student support matters at team level",
                KeyLabels.words("decision_rights.student_support.team"));
        assertEquals("spread of the hours a decision takes (cv)", SweepSensitivity.label("service.cv"));
        assertEquals("innovation rate (reform champion)", KeyLabels.words("reform.champion.innovation_rate"));
        assertEquals("0.225", SweepReport.cell("0.22499999999999998"));
        assertEquals("0.7", SweepReport.cell("0.7000000000000001"));
        assertEquals("12", SweepReport.cell("12"));
        assertEquals("fifo", SweepReport.cell("fifo"));
    }

    @Test
    void aSweepsOverloadWarningReadsInWordsWithItsDesignPoint() {
        assertEquals("The principal's desk at design point 3 (psychological safety 0.2, days between PLC meetings 20)"
                + " is offered 1.23 times the decision work it has hours for, counting the escalation its culture brings:"
                + " needs there wait until their patience runs out, and then are decided by whoever raised them, without"
                + " the right (a decision by default).",
                ManifestWarnings.words("/x/distributed.yaml:35:3: roles.principal: expected load is 1.23 times its"
                        + " deciding hours (with expected escalation): needs there will run out of patience"
                        + " (overload.workaround) (at design point 3: culture.psychological_safety=0.2,"
                        + " bodies.plc.cadence_days=20)", false));
        assertEquals("The principal's desk is offered 1.23 times the decision work it has hours for, counting the"
                + " escalation its culture brings: its queue grows for as long as the run lasts, so its waiting times"
                + " depend on the length of the run.",
                ManifestWarnings.words("/x/distributed.yaml:35:3: roles.principal: expected load is 1.23 times its"
                        + " deciding hours (with expected escalation): its queue will grow without bound", false));
        assertEquals("something else entirely", ManifestWarnings.words("a.yaml:1:2: something else entirely", false));
    }

    @Test
    void manyWarningsShowThreeBoxesAndTheRestCollapsed() {
        var manifest = JsonNodeFactory.instance.objectNode();
        var warnings = manifest.putArray("warnings");
        for (int i = 1; i <= 5; i++) {
            warnings.add("a.yaml:1:2: warning number " + i);
        }
        var report = new leadsim.analysis.report.HtmlReport("t");
        ManifestWarnings.section(report, List.of(manifest), List.of("x"));
        String html = report.toHtml(Path.of("."));
        assertTrue(html.contains("<p>Checked before the run, from the scenario itself (5 warnings; the first 3 here):</p>"),
                html);
        assertEquals(3, html.split("class=\"meaning caution\"", -1).length - 1, "three boxes");
        assertTrue(html.contains("<strong>Warning</strong>warning number 3</div>"), html);
        assertTrue(html.contains("<details><summary>The other 2 warnings</summary>\n<pre>warning number 4\n\nwarning"
                + " number 5</pre></details>"), html);

        var few = new leadsim.analysis.report.HtmlReport("t");
        warnings.remove(4);
        warnings.remove(3);
        ManifestWarnings.section(few, List.of(manifest), List.of("x"));
        String three = few.toHtml(Path.of("."));
        assertTrue(three.contains("<p>Checked before the run, from the scenario itself:</p>"), three);
        assertTrue(!three.contains("<details>"), "three warnings: all as boxes");
    }

    @Test
    void scenarioNamesReadAsASchoolOrAScenario() {
        assertEquals("the distributed school", ScenarioNames.the("distributed"));
        assertEquals("the champion-leaves-hierarchical scenario", ScenarioNames.the("champion-leaves-hierarchical"));
    }

    // The sweep's claims (best levels, dependences, main effects) are tested in SweepClaimsTest.
}
