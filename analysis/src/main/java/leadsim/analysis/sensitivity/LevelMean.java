package leadsim.analysis.sensitivity;

import leadsim.analysis.stats.ReplicateSummary;

/**
 * The output summarised over all runs at one level of a factor.
 *
 * @param level   the level as a label (whole numbers without ".0")
 * @param value   the level as a number, NaN for a non-numeric level
 * @param summary mean, 95% t interval and quantiles of the output at this level
 */
public record LevelMean(String level, double value, ReplicateSummary summary) {

    /** Runs at this level with a non-NaN output. */
    public int n() {
        return summary.n();
    }

    /** Mean output at this level. */
    public double mean() {
        return summary.mean();
    }

    /** Lower end of the 95% t interval of the mean. */
    public double ciLow() {
        return summary.ciLow();
    }

    /** Upper end of the 95% t interval of the mean. */
    public double ciHigh() {
        return summary.ciHigh();
    }
}
