package leadsim.model.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import leadsim.model.RunResult;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/** Principal turnover of 0.19 a year: in steady state 1 - 0.81^2 = 34.4% have under two years' tenure. */
class TenureOracleTest {
    @Test
    void steadyStateShareWithUnderTwoYears() {
        RunResult run = Runs.replicates(Runs.load("validation/principal-tenure.yaml"), 5, 1, false).get(0);
        System.out.printf("principals with under 2 years' tenure: %.4f (expected 0.344 +- 0.02)%n",
                run.number("tenure_under_2y_share_principal"));
        assertEquals(0.344, run.number("tenure_under_2y_share_principal"), 0.02);
    }
}
