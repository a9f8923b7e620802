package leadsim.model;

import leadsim.testing.Runs;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Espoused-distributed (the distributed table on paper, low psychological safety) lies closer
 * to the hierarchical school than to the distributed one on decision latency counting every
 * need (the restricted mean; open needs censored): the same people
 * and workload as distributed.yaml, only the preset changed.
 *
 * <p>It holds because fear-driven escalation seeks cover at the top of the school, where the
 * principal's desk saturates, while doubt only asks one step up.
 */
class EspousedLatencyDirectionTest {
    @Test
    void espousedDistributedIsCloserToHierarchical() {
        int n = 6;
        String measure = "latency_rmean"; // counts every need: open ones censored
        double h = Runs.mean(Runs.metric(Runs.replicates(Runs.load("hierarchical.yaml"), 9, n, false), measure));
        double d = Runs.mean(Runs.metric(Runs.replicates(Runs.load("distributed.yaml"), 9, n, false), measure));
        Scenario espoused = Runs.variant("distributed.yaml", "preset: distributed", "preset: espoused-distributed", null);
        double e = Runs.mean(Runs.metric(Runs.replicates(espoused, 9, n, false), measure));
        System.out.printf("restricted mean latency: hierarchical %.3f, espoused-distributed %.3f, distributed %.3f days%n", h, e, d);
        assertTrue(Math.abs(e - h) < Math.abs(e - d),
                "espoused " + e + " should be closer to hierarchical " + h + " than to distributed " + d);
    }
}
