package leadsim.analysis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Puts statistical results into sentences a head teacher can read, for example: "In the
 * distributed school, needs waited 2.1 days less on average than in the hierarchical school (95%
 * CI 1.8 to 2.4 days less), which is better."
 *
 * <p>Rules: numbers are rounded to two significant figures (all integer digits are kept, so 123.4
 * reads "123"); the sign of the difference gives "more"/"less" ("higher"/"lower" for shares,
 * which are said in percentage points); a difference counts as statistically significant only
 * when p &lt; 0.05 <em>and</em> the 95% interval excludes zero, so the two never contradict the
 * sentence.
 */
public final class PlainLanguage {

  /** The conventional threshold; results at or above it are called "not significant". */
  public static final double ALPHA = 0.05;

  private PlainLanguage() {}

  /** One sentence describing the paired difference b - a. */
  public static String describe(DifferenceFacts f) {
    boolean share = DifferenceFacts.SHARE.equals(f.unit());
    double scale = share ? 100 : 1;
    String unit = share ? "percentage points" : f.unit();
    String more = share ? "higher" : "more";
    String less = share ? "lower" : "less";

    if (!Double.isFinite(f.meanDifference())) {
      return "In the " + f.alternative() + ", " + f.metric() + " could not be compared with the "
          + f.baseline() + ": it was not measured in both.";
    }
    StringBuilder s = new StringBuilder();
    s.append("In the ").append(f.alternative()).append(", ").append(f.metric()).append(' ');
    double mean = f.meanDifference() * scale;
    String meanText = significant(Math.abs(mean));
    if (mean == 0 || isZero(meanText)) {
      s.append("about the same on average as in the ").append(f.baseline());
    } else {
      s.append(amount(meanText, unit)).append(' ').append(mean > 0 ? more : less)
          .append(" on average than in the ").append(f.baseline());
    }
    s.append(" (95% CI ")
        .append(interval(f.ciLow() * scale, f.ciHigh() * scale, unit, more, less)).append(')');

    if (isSignificant(f)) {
      boolean better = f.lowerIsBetter() ? f.meanDifference() < 0 : f.meanDifference() > 0;
      s.append(", which is ").append(better ? "better" : "worse").append('.');
    } else {
      s.append("; this difference is not statistically significant: it could be chance.");
    }
    return s.toString();
  }

  /** True when p &lt; {@link #ALPHA} (or p is NaN) and the interval does not include zero. */
  public static boolean isSignificant(DifferenceFacts f) {
    boolean intervalExcludesZero = f.ciLow() > 0 || f.ciHigh() < 0;
    boolean pBelowAlpha = Double.isNaN(f.pValue()) || f.pValue() < ALPHA;
    return intervalExcludesZero && pBelowAlpha;
  }

  /**
   * {@code value} rounded for reading: two significant figures below 10 ("2.1", "0.31", "0.0047"),
   * whole numbers from 10 on ("21", "123"); trailing zeros that carry a significant figure stay
   * ("1.0").
   */
  public static String significant(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return "0";
    }
    BigDecimal decimal = BigDecimal.valueOf(value);
    int decimals = magnitude >= 10 ? 0 : 1 - (int) Math.floor(Math.log10(magnitude));
    BigDecimal rounded = decimal.setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.abs().compareTo(BigDecimal.TEN) >= 0) {
      rounded = decimal.setScale(0, RoundingMode.HALF_UP); // 9.96 reads "10", not "10.0"
    }
    return rounded.toPlainString();
  }

  /** "1.8 to 2.4 days less", "0.18 days less to 0.79 days more", "0 to 2.4 days more". */
  private static String interval(double low, double high, String unit, String more, String less) {
    if (low >= 0) {
      return significant(low) + " to " + amount(significant(high), unit) + " " + more;
    }
    if (high <= 0) {
      // Both ends below zero: name the smaller shortfall first, as people count.
      return significant(-high) + " to " + amount(significant(-low), unit) + " " + less;
    }
    return amount(significant(-low), unit) + " " + less + " to "
        + amount(significant(high), unit) + " " + more;
  }

  private static String amount(String number, String unit) {
    return unit.isEmpty() ? number : number + " " + unit;
  }

  private static boolean isZero(String number) {
    return new BigDecimal(number).signum() == 0;
  }
}
