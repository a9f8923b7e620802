package leadsim.model.innovate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.model.RunResult;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/** The diffusion oracles of MODEL.md section 11, each on its scenario in scenarios/validation/. */
class DiffusionOraclesTest {

    /**
     * Bass (1969) on a complete graph of 10,000, p = 0.03 and q = 0.38 a year: F(10) =
     * (1 - e^-4.1) / (1 + 12.667 e^-4.1) = 0.8128 (R: p<-.03; q<-.38; (1-exp(-(p+q)*10))/(1+q/p*exp(-(p+q)*10))),
     * peak of adoption at t* = ln(q/p) / (p+q) = 6.19 years.
     */
    @Test
    void bassOnACompleteGraph() {
        List<RunResult> runs = Runs.replicates(Runs.load("validation/bass-complete.yaml"), 11, 2, true);
        double f10 = Runs.mean(Runs.metric(runs, "contagion_share_final"));
        System.out.printf("Bass F(10) = %.4f (expected 0.813 +- 0.02)%n", f10);
        assertEquals(0.813, f10, 0.02, "F(10 years)");
        for (RunResult run : runs) {
            // the Bass curve peaks where F = (q - p) / 2q = 0.4605: the day the cumulative share
            // crosses it is the peak time, read without the noise of daily counts
            int col = Runs.column(run, "contagion_share");
            double[][] rows = run.series();
            int day = 0;
            while (day < rows.length && rows[day][col] < (0.38 - 0.03) / (2 * 0.38)) {
                day++;
            }
            double years = (day + 1) / 180.0;
            System.out.printf("Bass peak at %.2f years (expected 6.19 +- 0.4)%n", years);
            assertEquals(6.19, years, 0.4, "peak of adoption in years");
        }
    }

    /** Ring of 100, 2 neighbours each side, threshold 2, 2 adjacent seeds: exactly 49 synchronous steps. */
    @Test
    void ringLatticeThresholdTwoTakesFortyNineSteps() {
        RunResult run = Runs.replicates(Runs.load("validation/ring-threshold.yaml"), 1, 1, false).get(0);
        assertEquals(100, run.number("contagion_adopters_final"));
        assertEquals(49, run.number("contagion_days_to_full"));
    }

    @Test
    void ringLatticeThresholdThreeDoesNotSpread() {
        RunResult run = Runs.replicates(Runs.load("validation/ring-threshold-3.yaml"), 1, 1, false).get(0);
        assertEquals(2, run.number("contagion_adopters_final"));
        assertTrue(Double.isNaN(run.number("contagion_days_to_full")));
    }

    /** Granovetter (1978): thresholds 0..99 make a chain reaction; moving the threshold-1 person to 2 breaks it. */
    @Test
    void granovettersHundred() {
        assertEquals(100, Runs.replicates(Runs.load("validation/granovetter-100.yaml"), 1, 1, false).get(0)
                .number("contagion_adopters_final"));
        assertEquals(1, Runs.replicates(Runs.load("validation/granovetter-100-moved.yaml"), 1, 1, false).get(0)
                .number("contagion_adopters_final"));
    }
}
