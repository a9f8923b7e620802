package leadsim.model;

import static leadsim.testing.Runs.mean;
import static leadsim.testing.Runs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The decision oracles of MODEL.md section 11, each on its scenario file in
 * scenarios/validation/: the model reduced to textbook queues must give textbook answers.
 * Eight replicates of 100,000 days each: the standard error of the mean is well under 1%,
 * so the 3% tolerance tests the model, not the luck of the seed.
 */
class QueueingOraclesTest {
    private static final int REPLICATES = 8;
    private static final long MASTER = 20261123L;

    @Test
    void singleDeciderIsMM1() {
        // M/M/1 with lambda = 0.8, mu = 1: W = 1/(mu - lambda) = 5, Wq = rho/(mu - lambda) = 4, L = lambda W = 4
        List<RunResult> runs = Runs.replicates(Runs.load("validation/mm1.yaml"), MASTER, REPLICATES);
        assertEquals(5.0, mean(metric(runs, "latency_mean")), 5.0 * 0.03, "W");
        assertEquals(4.0, mean(metric(runs, "wait_mean")), 4.0 * 0.03, "Wq");
        assertEquals(4.0, mean(metric(runs, "in_system_mean")), 4.0 * 0.03, "L");
        assertEquals(0.8, mean(metric(runs, "utilization_decider")), 0.8 * 0.03, "rho");
        assertLittle(runs);
    }

    @Test
    void pooledBodyOfTwoIsMM2() {
        // M/M/2 with lambda = 1.6, mu = 1 (rho = 0.8): P0 = 1/9, Wq = P0 * (2 rho)^2 / (2! (1-rho)^2) * rho / lambda
        // = (1/9) * 2.56 / (2 * 0.04) * 0.5 = 1.7778 days
        List<RunResult> runs = Runs.replicates(Runs.load("validation/mm2-pooled-body.yaml"), MASTER, REPLICATES);
        assertEquals(1.778, mean(metric(runs, "wait_mean")), 1.778 * 0.03, "Wq");
        assertEquals(1.0, mean(metric(runs, "decided_share_front_office")), 1e-12, "the body decides, not a clerk alone");
        assertLittle(runs);
    }

    @Test
    void threeDecidersInSeriesAddUp() {
        // Jackson network: each M/M/1 stage has W = 5, so the chain has W = 15
        List<RunResult> runs = Runs.replicates(Runs.load("validation/tandem-three.yaml"), MASTER, REPLICATES);
        assertEquals(15.0, mean(metric(runs, "latency_mean")), 15.0 * 0.03, "W");
        assertEquals(1.0, mean(metric(runs, "decided_share_third")), 1e-12, "the last holder of the chain decides");
        assertLittle(runs);
    }

    @Test
    void littlesLawHoldsOnTheShippedSchool() {
        assertLittle(Runs.replicates(Runs.load("distributed.yaml"), MASTER, 4));
    }

    /** L = lambda W within 1% in every run. */
    private static void assertLittle(List<RunResult> runs) {
        for (RunResult run : runs) {
            double l = run.number("in_system_mean");
            double lambdaW = run.number("arrival_rate") * run.number("latency_mean");
            assertEquals(l, lambdaW, 0.01 * l, "Little's law L = lambda W");
        }
    }
}
