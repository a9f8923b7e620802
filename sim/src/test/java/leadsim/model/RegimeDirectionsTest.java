package leadsim.model;

import static leadsim.testing.Runs.metric;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.analysis.stats.PairedDifference;
import leadsim.testing.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped pair over 20 paired replicates (common random numbers: replicate k of both
 * regimes has the same seed). Directions, not magic numbers: the 95% interval of the paired
 * difference distributed - hierarchical must lie wholly on the expected side of zero.
 */
class RegimeDirectionsTest {
    private static final int PAIRS = 20;
    private static List<RunResult> hierarchical;
    private static List<RunResult> distributed;

    @BeforeAll
    static void runBoth() {
        hierarchical = Runs.replicates(Runs.load("hierarchical.yaml"), 7L, PAIRS);
        distributed = Runs.replicates(Runs.load("distributed.yaml"), 7L, PAIRS);
    }

    private static PairedDifference distributedMinusHierarchical(String metric) {
        return PairedDifference.of(metric(hierarchical, metric), metric(distributed, metric));
    }

    @Test
    void distributedWaitsLessOnAverage() {
        PairedDifference d = distributedMinusHierarchical("latency_mean");
        assertTrue(d.ciHigh() < 0, "mean latency: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    @Test
    void distributedHasAShorterTail() {
        PairedDifference d = distributedMinusHierarchical("latency_p90");
        assertTrue(d.ciHigh() < 0, "p90 latency: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    @Test
    void distributedLoadsNoDeskAsHeavily() {
        PairedDifference d = distributedMinusHierarchical("utilization_max");
        assertTrue(d.ciHigh() < 0, "max utilisation: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    @Test
    void distributedDecidesMostlyAtTeacherOrPlcLevel() {
        double[] teacher = metric(distributed, "decided_share_teacher");
        double[] plc = metric(distributed, "decided_share_plc");
        for (int k = 0; k < PAIRS; k++) {
            assertTrue(teacher[k] + plc[k] > 0.5, "replicate " + k + ": teacher + PLC share " + (teacher[k] + plc[k]));
        }
        double[] hTeacher = metric(hierarchical, "decided_share_teacher");
        double[] hPlc = metric(hierarchical, "decided_share_plc");
        for (int k = 0; k < PAIRS; k++) {
            assertTrue(hTeacher[k] + hPlc[k] < 0.5, "hierarchical replicate " + k + " should decide most above the classroom");
        }
    }

    @Test
    void hierarchicalBottleneckIsThePrincipalsDesk() {
        for (RunResult run : hierarchical) {
            assertTrue("principal".equals(run.metrics().get("bottleneck_role")), "bottleneck " + run.metrics().get("bottleneck_role"));
        }
    }
}
