package leadsim.analysis.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Student t critical values and two-sided p-values. */
final class StudentT {

    private StudentT() {
    }

    /** The t quantile that leaves (1 - confidence)/2 in the upper tail. */
    static double critical(double df, double confidence) {
        return distribution(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** Two-sided p-value of a t statistic. */
    static double twoSidedP(double t, double df) {
        return 2 * distribution(df).cumulativeProbability(-Math.abs(t));
    }

    private static TDistribution distribution(double df) {
        // Only quantiles and probabilities are used, never sampling, so no generator is needed;
        // a null one avoids seeding a Well19937c from the clock on every call.
        return new TDistribution(null, df);
    }
}
