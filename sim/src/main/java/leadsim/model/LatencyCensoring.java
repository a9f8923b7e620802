package leadsim.model;

import leadsim.analysis.survival.SurvivalQuantiles;
import sim.util.DoubleBag;

/**
 * Time to decision counting every need raised: a decision (by the holder or by default) is an
 * event at its latency; a need that lapsed or is still open at the horizon was never decided,
 * so it is censored at its age at the horizon. The Kaplan-Meier curve over these gives a median
 * and 90th percentile that no undecided need can flatter, and a restricted mean up to a stated
 * restriction (one school year, or the measured window if shorter).
 */
final class LatencyCensoring {
    private LatencyCensoring() {}

    /** {median, p90, restricted mean}; NaN where the curve never falls that far. {@code decidedLatencies} sorted, or sorted here in place. */
    static double[] estimate(double[] decidedLatencies, DoubleBag censoredAges, double restriction) {
        if (decidedLatencies.length + censoredAges.numObjs == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        // the curve without its confidence bands: once per run over every need, so the light one
        SurvivalQuantiles km = SurvivalQuantiles.of(decidedLatencies, censoredAges.toArray());
        return new double[] {km.timeAtSurvival(0.5), km.timeAtSurvival(0.1), km.restrictedMean(restriction)};
    }
}
