package leadsim.analysis.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleFunction;

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
    String[] rounded = withInterval(mean, f.ciLow() * scale, f.ciHigh() * scale, PlainLanguage::significant);
    String meanText = unsigned(rounded[0]);
    if (mean == 0 || isZero(meanText)) {
      s.append("about the same on average as in the ").append(f.baseline());
    } else {
      s.append(amount(meanText, unit)).append(' ').append(mean > 0 ? more : less)
          .append(" on average than in the ").append(f.baseline());
    }
    s.append(" (95% CI ")
        .append(interval(f.ciLow() * scale, f.ciHigh() * scale, rounded, unit, more, less)).append(')');

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

  /**
   * An estimate and its 95% interval as printed, by the one rule for every interval leadsim
   * prints: each number as {@code text} rounds it, unless two distinct bounds would print alike
   * ("1.7 to 1.7" for 1.66 to 1.74); then the estimate and both bounds are printed with one more
   * decimal than the bounds had, and another, until the bounds differ (at most six more). So
   * rounding never hides an interval that is there.
   *
   * @return the estimate, the low bound and the high bound, as text (NaN as {@code text} gives it)
   */
  public static String[] withInterval(double estimate, double low, double high, DoubleFunction<String> text) {
    String e = text.apply(estimate);
    String lo = text.apply(low);
    String hi = text.apply(high);
    // bounds a rounding error apart (a utilisation of 1 in every replicate) are one number
    boolean distinct = Math.abs(high - low) > 1e-9 * Math.max(1, Math.max(Math.abs(low), Math.abs(high)));
    if (!Double.isFinite(low) || !Double.isFinite(high) || !distinct || !lo.equals(hi)) {
      return new String[] {e, lo, hi};
    }
    int decimals = decimalsOf(lo);
    for (int more = 1; more <= 6; more++) {
      String wideLow = fixed(low, decimals + more);
      String wideHigh = fixed(high, decimals + more);
      if (!wideLow.equals(wideHigh)) {
        return new String[] {
          Double.isFinite(estimate) ? fixed(estimate, decimals + more) : e, wideLow, wideHigh
        };
      }
    }
    return new String[] {e, lo, hi};
  }

  /** The digits after the decimal point of a printed number ("1.7" has 1, "17" and "17%" none). */
  private static int decimalsOf(String number) {
    int dot = number.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int end = dot + 1;
    while (end < number.length() && Character.isDigit(number.charAt(end))) {
      end++;
    }
    return end - dot - 1;
  }

  private static String fixed(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String unsigned(String number) {
    return number.startsWith("-") ? number.substring(1) : number;
  }

  /** "1.8 to 2.4 days less", "0.18 days less to 0.79 days more", "0 to 2.4 days more". */
  private static String interval(double low, double high, String[] rounded, String unit, String more,
      String less) {
    String lo = unsigned(rounded[1]);
    String hi = unsigned(rounded[2]);
    if (low >= 0) {
      return lo + " to " + amount(hi, unit) + " " + more;
    }
    if (high <= 0) {
      // Both ends below zero: name the smaller shortfall first, as people count.
      return hi + " to " + amount(lo, unit) + " " + less;
    }
    return amount(lo, unit) + " " + less + " to " + amount(hi, unit) + " " + more;
  }

  private static String amount(String number, String unit) {
    return unit.isEmpty() ? number : number + " " + unit;
  }

  private static boolean isZero(String number) {
    return new BigDecimal(number).signum() == 0;
  }
}
