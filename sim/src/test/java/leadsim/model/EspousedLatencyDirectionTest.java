package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Espoused-distributed (the distributed table on paper, low psychological safety) lies closer
 * to the hierarchical school than to the distributed one on decision latency: the same people
 * and workload as distributed.yaml, only the preset changed.
 *
 * <p>Disabled because the decision flow does not yet show it: measured (6 paired replicates,
 * seed 9) hierarchical 7.11, espoused-distributed 0.82, distributed 0.96 days. Escalation out
 * of fear moves work from busy teachers (0.5 decision hours a day) to teacher leaders with
 * spare capacity (1 hour), one hop up, so it shortens waits; few escalations reach the
 * principal (utilisation 0.41). The lived-hierarchy effect needs a cost of escalation in the
 * decision flow (MODEL.md section 4), e.g. bodies that defer to the principal where it is
 * unsafe to decide; doubling escalation.fear in the preset flips the system past the
 * principal's capacity instead (0.6: 3.7 days, 0.8: 14.6 days). For the lead to decide.
 */
@Disabled("decision flow: escalation is cheap in espoused-distributed (0.82 vs distributed 0.96, hierarchical 7.11 days)")
class EspousedLatencyDirectionTest {
    @Test
    void espousedDistributedIsCloserToHierarchical() {
        int n = 6;
        double h = Runs.mean(Runs.metric(Runs.replicates(Runs.load("hierarchical.yaml"), 9, n, false), "latency_mean"));
        double d = Runs.mean(Runs.metric(Runs.replicates(Runs.load("distributed.yaml"), 9, n, false), "latency_mean"));
        Scenario espoused = Runs.variant("distributed.yaml", "preset: distributed", "preset: espoused-distributed", null);
        double e = Runs.mean(Runs.metric(Runs.replicates(espoused, 9, n, false), "latency_mean"));
        System.out.printf("mean latency: hierarchical %.3f, espoused-distributed %.3f, distributed %.3f days%n", h, e, d);
        assertTrue(Math.abs(e - h) < Math.abs(e - d),
                "espoused " + e + " should be closer to hierarchical " + h + " than to distributed " + d);
    }
}
