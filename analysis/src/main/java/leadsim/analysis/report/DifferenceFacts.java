package leadsim.analysis.report;

import java.util.Objects;

/**
 * The numbers behind one paired comparison, ready to be put into words by
 * {@link PlainLanguage#describe(DifferenceFacts)}.
 *
 * @param metric what was measured, phrased to read before an amount: "needs waited" reads as
 *     "needs waited 2.1 days less"; "the adoption share was" as "... 5.2 percentage points higher"
 * @param unit the unit of the difference, plural ("days"), empty for none, or {@link #SHARE} for a
 *     proportion between 0 and 1 (differences then read as percentage points)
 * @param baseline name of scenario a, the reference ("hierarchical school")
 * @param alternative name of scenario b ("distributed school")
 * @param meanDifference mean of the paired differences b - a
 * @param ciLow lower end of its 95% confidence interval
 * @param ciHigh upper end of its 95% confidence interval
 * @param pValue the test's p-value; NaN if there is none (the interval alone then decides)
 * @param lowerIsBetter true when less of the metric is good (waiting times), false when more is
 */
public record DifferenceFacts(
    String metric,
    String unit,
    String baseline,
    String alternative,
    double meanDifference,
    double ciLow,
    double ciHigh,
    double pValue,
    boolean lowerIsBetter) {

  /** The unit for proportions in [0, 1]: differences are said in percentage points. */
  public static final String SHARE = "share";

  /** Checks the names are present and the interval is ordered. */
  public DifferenceFacts {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(alternative, "alternative");
    unit = unit == null ? "" : unit;
    if (ciLow > ciHigh) {
      throw new IllegalArgumentException("CI low " + ciLow + " exceeds CI high " + ciHigh);
    }
  }
}
