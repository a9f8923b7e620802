package leadsim.analysis.survival;

/**
 * Two censored samples compared: Kaplan-Meier medians and the log-rank test, as R's
 * {@code survfit} and {@code survdiff}. The difference is {@code b - a} of the medians, NaN when
 * either median is not reached; the log-rank p-value needs no median.
 *
 * @param a       the first sample's summary
 * @param b       the second's
 * @param medianDifference median of b less median of a
 * @param pValue  log-rank p-value (NaN when there is no event at all, or a group is empty)
 */
public record CensoredDifference(CensoredSummary a, CensoredSummary b, double medianDifference, double pValue) {

    public static CensoredDifference of(double[] timesA, double[] censoredA, double[] timesB, double[] censoredB) {
        CensoredSummary sa = CensoredSummary.of(timesA, censoredA);
        CensoredSummary sb = CensoredSummary.of(timesB, censoredB);
        CensoredSummary.Sample x = CensoredSummary.Sample.of(timesA, censoredA);
        CensoredSummary.Sample y = CensoredSummary.Sample.of(timesB, censoredB);
        double p = Double.NaN;
        if (x.times().length > 0 && y.times().length > 0 && sa.events() + sb.events() > 0) {
            p = LogRank.test(x.times(), x.events(), y.times(), y.events()).pValue();
        }
        return new CensoredDifference(sa, sb, sb.median() - sa.median(), p);
    }
}
