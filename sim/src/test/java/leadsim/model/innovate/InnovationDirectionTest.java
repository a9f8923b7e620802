package leadsim.model.innovate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.model.RunResult;
import leadsim.testing.Runs;
import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Directions of innovation spread over paired replicates of scenarios/innovation.yaml and its variants. */
class InnovationDirectionTest {
    private static final int PAIRS = 16;

    /** Weak PLCs (weak-plc preset: meetings every 20 days) slow the spread of good practices. */
    @Test
    void weakPlcsSlowTheSpreadOfGoodPractices() {
        Scenario strong = Runs.load("innovation.yaml");
        Scenario weak = Runs.variant("innovation.yaml", "preset: distributed", "preset: weak-plc", null);
        List<RunResult> a = Runs.replicates(strong, 3, PAIRS, false);
        List<RunResult> b = Runs.replicates(weak, 3, PAIRS, false);
        double[] reachStrong = Runs.metric(a, "good_practices_per_staff");
        double[] reachWeak = Runs.metric(b, "good_practices_per_staff");
        int wins = 0;
        for (int k = 0; k < PAIRS; k++) {
            if (reachStrong[k] > reachWeak[k]) {
                wins++;
            }
        }
        double halfStrong = Runs.mean(Runs.metric(a, "adoption_days_to_half"));
        double halfWeak = Runs.mean(Runs.metric(b, "adoption_days_to_half"));
        System.out.printf("good practices in use per staff member: strong PLCs %.3f, weak %.3f (strong ahead in %d of %d);"
                + " days to half the staff: strong %.0f, weak %.0f%n",
                Runs.mean(reachStrong), Runs.mean(reachWeak), wins, PAIRS, halfStrong, halfWeak);
        assertTrue(wins >= PAIRS * 3 / 4, "strong PLCs ahead in " + wins + " of " + PAIRS);
        assertTrue(Runs.mean(reachStrong) > Runs.mean(reachWeak) * 1.2);
        assertTrue(halfStrong < halfWeak, "days to half: strong " + halfStrong + " weak " + halfWeak);
    }

    /**
     * The share of practice in use that is good is higher where trials are cheap (the teacher
     * decides a change of practice) and signals are shared (transparency 0.8) than where an
     * assistant principal must approve every change and signals stay private (transparency 0).
     * The effect is small (a few points of share), so 40 pairs and a paired 95% interval.
     */
    @Test
    void cheapTrialsAndSharedSignalsKeepBetterPractices() {
        Scenario cheap = Runs.load("innovation.yaml");
        Scenario costly = Runs.variant("innovation.yaml", null, null,
                "culture: {transparency: 0.0}\ndecision_rights:\n  instruction: {classroom: assistant_principal}\n");
        int n = 40;
        double[] a = Runs.metric(Runs.replicates(cheap, 5, n, false), "adopted_good_share");
        double[] b = Runs.metric(Runs.replicates(costly, 5, n, false), "adopted_good_share");
        int pairs = 0;
        int wins = 0;
        double diff = 0;
        for (int k = 0; k < n; k++) {
            if (!Double.isNaN(a[k]) && !Double.isNaN(b[k])) {
                pairs++;
                diff += a[k] - b[k];
                if (a[k] > b[k]) {
                    wins++;
                }
            }
        }
        System.out.printf("good share of practice in use: cheap+shared %.3f, costly+private %.3f; mean paired difference"
                + " %.3f, cheap ahead in %d of %d pairs%n", Runs.mean(a), Runs.mean(b), diff / pairs, wins, pairs);
        assertTrue(pairs >= n * 3 / 4, "pairs with adoptions on both sides: " + pairs);
        var paired = leadsim.analysis.stats.PairedDifference.of(b, a);
        System.out.printf("paired difference cheap - costly: %.4f (95%% CI %.4f to %.4f)%n",
                paired.meanDiff(), paired.ciLow(), paired.ciHigh());
        assertTrue(paired.ciLow() > 0, "cheap - costly 95% CI " + paired.ciLow() + " .. " + paired.ciHigh());
        assertTrue(wins > pairs / 2, "cheap ahead in " + wins + " of " + pairs);
    }
}
