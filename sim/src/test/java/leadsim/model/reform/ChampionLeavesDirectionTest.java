package leadsim.model.reform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.model.RunResult;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * With distributed ownership the reform outlives its champion longer: the median survival
 * after the principal leaves (censored at the horizon) is longer in
 * champion-leaves-distributed.yaml than in champion-leaves-hierarchical.yaml, over paired
 * replicates (replicate k of both gets the same seed).
 */
class ChampionLeavesDirectionTest {
    @Test
    void distributedOwnershipOutlivesTheChampion() {
        int n = 16;
        List<RunResult> hierarchical = Runs.replicates(Runs.load("champion-leaves-hierarchical.yaml"), 7, n, false);
        List<RunResult> distributed = Runs.replicates(Runs.load("champion-leaves-distributed.yaml"), 7, n, false);
        double[] h = Runs.metric(hierarchical, "reform_survival_days");
        double[] d = Runs.metric(distributed, "reform_survival_days");
        int longer = 0;
        for (int k = 0; k < n; k++) {
            if (d[k] > h[k]) {
                longer++;
            }
        }
        double medianH = Runs.median(h);
        double medianD = Runs.median(d);
        System.out.printf("reform survival after the champion leaves: median hierarchical %.0f days, distributed %.0f days;"
                + " distributed longer in %d of %d pairs%n", medianH, medianD, longer, n);
        assertTrue(medianD > medianH + 90, "median survival: distributed " + medianD + " vs hierarchical " + medianH);
        assertTrue(longer >= n * 3 / 4, "distributed longer in " + longer + " of " + n + " pairs");
    }
}
