package leadsim.analysis.survival;

/**
 * Outcome of a log-rank test.
 *
 * @param chiSquare the test statistic, chi-square distributed under the null
 * @param df        degrees of freedom: the number of groups with anyone at risk at an event
 *                  time, minus one
 * @param pValue    upper-tail probability of {@code chiSquare}
 */
public record LogRankResult(double chiSquare, int df, double pValue) {
}
