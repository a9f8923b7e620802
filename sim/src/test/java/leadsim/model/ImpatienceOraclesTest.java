package leadsim.model;

import static leadsim.testing.Runs.mean;
import static leadsim.testing.Runs.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Oracles for impatient needs, each on its scenario file in scenarios/validation/: one FIFO
 * decider, Poisson arrivals, exponential service at mu = 1 a day, and needs that lapse when
 * their patience runs out while they wait (not while they are served). Eight replicates of
 * 100,000 days each; the tolerance is 3% relative.
 */
class ImpatienceOraclesTest {
    private static final int REPLICATES = 8;
    private static final long MASTER = 20261205L;

    /**
     * M/M/1+D, deterministic patience tau: the probability of abandoning is
     * (1 - rho) rho a / (1 - rho^2 a), a = exp(-(mu - lambda) tau) (Baccelli, Boyer and Hebuterne
     * 1984, "Single-server queues with impatient customers", Adv. Appl. Prob. 16:887-905).
     */
    static double mm1Deterministic(double lambda, double mu, double tau) {
        double rho = lambda / mu;
        double a = Math.exp(-(mu - lambda) * tau);
        return (1 - rho) * rho * a / (1 - rho * rho * a);
    }

    /**
     * M/M/1+M (Erlang-A with one server), exponential patience at rate theta: a birth-death
     * chain with birth rate lambda and death rate mu + (n - 1) theta in state n >= 1, so
     * p_n = p_0 prod_{k=1..n} lambda / (mu + (k - 1) theta); served share = mu (1 - p_0) / lambda,
     * and the rest abandon (Palm 1943; Garnett, Mandelbaum and Reiman 2002, "Designing a call
     * center with impatient customers", M&SOM 4:208-227). In R:
     * {@code p <- cumprod(c(1, 0.8 / (1 + (0:399) * 0.5))); 1 - (1 - 1 / sum(p)) / 0.8} gives 0.2559.
     */
    static double mm1Exponential(double lambda, double mu, double theta) {
        double term = 1;
        double sum = 1;
        for (int n = 1; n < 10_000 && term > 1e-18; n++) {
            term *= lambda / (mu + (n - 1) * theta);
            sum += term;
        }
        double p0 = 1 / sum;
        return 1 - mu * (1 - p0) / lambda;
    }

    @Test
    void theFormulasGiveThePublishedFigures() {
        assertEquals(0.1878, mm1Deterministic(0.8, 1, 2), 5e-5);
        assertEquals(0.3118, mm1Deterministic(1.2, 1, 2), 5e-5);
        assertEquals(0.2559, mm1Exponential(0.8, 1, 0.5), 5e-5);
    }

    @Test
    void deterministicPatienceIsMM1PlusD() {
        List<RunResult> runs = Runs.replicates(Runs.load("validation/mm1-impatient.yaml"), MASTER, REPLICATES);
        double expected = mm1Deterministic(0.8, 1, 2); // 0.1878
        assertEquals(expected, mean(metric(runs, "lapse_share")), 0.03 * expected, "lapsed share");
    }

    @Test
    void anOverloadedDeskStaysBoundedWithImpatience() {
        // rho = 1.2: without impatience the queue would grow for ever
        List<RunResult> runs = Runs.replicates(Runs.load("validation/mm1-overloaded-impatient.yaml"), MASTER, REPLICATES);
        double expected = mm1Deterministic(1.2, 1, 2); // 0.3118
        assertEquals(expected, mean(metric(runs, "lapse_share")), 0.03 * expected, "lapsed share");
        for (RunResult run : runs) {
            assertEquals(0.0, run.number("open_share"), 1e-3, "nothing piles up");
        }
    }

    @Test
    void exponentialPatienceIsErlangA() {
        List<RunResult> runs = Runs.replicates(Runs.load("validation/mm1-exponential-patience.yaml"), MASTER, REPLICATES);
        double expected = mm1Exponential(0.8, 1, 0.5); // 0.2559
        assertEquals(expected, mean(metric(runs, "lapse_share")), 0.03 * expected, "lapsed share");
    }
}
