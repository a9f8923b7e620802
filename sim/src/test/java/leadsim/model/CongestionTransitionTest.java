package leadsim.model;

import static leadsim.testing.Runs.mean;
import static leadsim.testing.Runs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Map;
import leadsim.scenario.LoadEstimate;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The congestion transition of the hierarchical school: as the workload grows (a multiplier on
 * every arrival rate), time to decision counting every need rises sharply where the busiest
 * desk's expected load (validate's estimate, with expected escalation) reaches 1. The knee of
 * the simulated curve, the step of steepest rise, must lie within 15% of that prediction.
 */
class CongestionTransitionTest {
    private static final double FROM = 0.30;
    private static final double STEP = 0.05;
    private static final int POINTS = 19; // 0.30 .. 1.20
    private static final int REPLICATES = 3;

    @Test
    void latencyRisesSharplyWhereTheBusiestDeskReachesFullLoad() {
        Map<String, Double> load = LoadEstimate.utilisationWithEscalation(Runs.load("hierarchical.yaml"));
        double busiest = Collections.max(load.values());
        double predicted = 1 / busiest; // load grows in proportion to the multiplier
        double[] latency = new double[POINTS];
        StringBuilder curve = new StringBuilder();
        for (int i = 0; i < POINTS; i++) {
            double m = FROM + i * STEP;
            Scenario s = Runs.variant("hierarchical.yaml", null, null, "workload_multiplier: " + m + "\n");
            latency[i] = mean(metric(Runs.replicates(s, 42, REPLICATES, false), "latency_rmean"));
            curve.append(String.format(java.util.Locale.ROOT, " %.2f:%.3f", m, latency[i]));
        }
        int steepest = 1;
        for (int i = 1; i < POINTS; i++) {
            if (latency[i] - latency[i - 1] > latency[steepest] - latency[steepest - 1]) {
                steepest = i;
            }
        }
        double knee = FROM + (steepest - 0.5) * STEP; // the middle of the steepest step
        System.out.printf("congestion: predicted knee %.3f (busiest load %.2f), simulated %.3f;%s%n",
                predicted, busiest, knee, curve);
        assertEquals(predicted, knee, 0.15 * predicted, "knee of the latency curve" + curve);
        assertTrue(latency[POINTS - 1] > 2 * latency[0], "latency rises with the workload" + curve);
    }
}
