package leadsim.model;

import leadsim.analysis.survival.KaplanMeier;
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

    /** {median, p90, restricted mean}; NaN where the curve never falls that far. */
    static double[] estimate(DoubleBag decidedLatencies, DoubleBag censoredAges, double restriction) {
        int n = decidedLatencies.numObjs + censoredAges.numObjs;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] times = new double[n];
        boolean[] event = new boolean[n];
        System.arraycopy(decidedLatencies.objs, 0, times, 0, decidedLatencies.numObjs);
        java.util.Arrays.fill(event, 0, decidedLatencies.numObjs, true);
        System.arraycopy(censoredAges.objs, 0, times, decidedLatencies.numObjs, censoredAges.numObjs);
        KaplanMeier km = KaplanMeier.fit(times, event);
        return new double[] {km.medianSurvival(), km.timeAtSurvival(0.1), km.restrictedMean(restriction)};
    }
}
