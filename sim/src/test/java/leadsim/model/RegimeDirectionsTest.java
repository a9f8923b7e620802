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
 * regimes has the same seed), with meetings costing their members' hours and needs giving up
 * when their patience runs out. Directions, not magic numbers: the 95% interval of the paired
 * difference distributed - hierarchical must lie wholly on the expected side of zero. Latency
 * is judged on measures that count every need raised (Kaplan-Meier, open needs censored).
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
    void theComparisonIsLikeForLike() {
        var h = leadsim.scenario.HoursBudget.total(leadsim.scenario.HoursBudget.perRole(Runs.load("hierarchical.yaml")));
        var d = leadsim.scenario.HoursBudget.total(leadsim.scenario.HoursBudget.perRole(Runs.load("distributed.yaml")));
        org.junit.jupiter.api.Assertions.assertEquals(h.people(), d.people(), "same people");
        org.junit.jupiter.api.Assertions.assertEquals(h.total(), d.total(), 1e-9, "same staff hours for decisions and meetings");
        org.junit.jupiter.api.Assertions.assertEquals(h.meeting(), d.meeting(), 1e-9, "same meeting hours");
        double[] hm = metric(hierarchical, "meeting_share_teacher");
        double[] dm = metric(distributed, "meeting_share_teacher");
        for (int k = 0; k < PAIRS; k++) {
            org.junit.jupiter.api.Assertions.assertEquals(hm[k], dm[k], 0.01, "teachers sit in the same meetings");
        }
    }

    @Test
    void distributedWaitsLessCountingEveryNeed() {
        PairedDifference d = distributedMinusHierarchical("latency_rmean");
        assertTrue(d.ciHigh() < 0, "restricted mean latency: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
        PairedDifference median = distributedMinusHierarchical("latency_km_median");
        assertTrue(median.ciHigh() < 0, "Kaplan-Meier median: CI " + median.ciLow() + " .. " + median.ciHigh());
    }

    @Test
    void distributedHasAShorterTail() {
        PairedDifference d = distributedMinusHierarchical("latency_km_p90");
        assertTrue(d.ciHigh() < 0, "Kaplan-Meier p90: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    @Test
    void distributedLeavesFewerNeedsToDefaultsAndLapses() {
        PairedDifference d = PairedDifference.of(gaveUp(hierarchical), gaveUp(distributed));
        assertTrue(d.ciHigh() < 0, "default + lapse share: distributed - hierarchical CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    private static double[] gaveUp(List<RunResult> runs) {
        double[] defaults = metric(runs, "default_share");
        double[] lapses = metric(runs, "lapse_share");
        double[] out = new double[defaults.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = defaults[k] + lapses[k];
        }
        return out;
    }

    @Test
    void theHierarchicalQueueStaysBounded() {
        // with patience, the principal's desk costs defaults, not a queue that grows all year
        for (RunResult run : hierarchical) {
            assertTrue(run.number("open_share") < 0.05, "open at the horizon " + run.number("open_share"));
            assertTrue(run.number("default_share") > 0.05, "defaults " + run.number("default_share"));
        }
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
