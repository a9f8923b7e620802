package leadsim.analysis.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Short, noise-free number labels for ticks, cells and legends. */
final class NumberLabels {

  private NumberLabels() {}

  /**
   * {@code value} to at most three significant figures, keeping every integer digit and dropping
   * trailing zeros: 0.30000000000000004 becomes "0.3", 1234.5 becomes "1235", 12.0 becomes "12".
   */
  static String compact(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal exact = new BigDecimal(value);
    int integerDigits = exact.precision() - exact.scale();
    int figures = Math.max(3, integerDigits);
    BigDecimal rounded = exact.round(new MathContext(figures, RoundingMode.HALF_UP));
    String text = rounded.stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /** The largest "nice" number (1, 2 or 5 times a power of ten) at or below {@code value}. */
  static double niceFloor(double value) {
    return nice(value, RoundingMode.FLOOR);
  }

  /** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above {@code value}. */
  static double niceCeiling(double value) {
    return nice(value, RoundingMode.CEILING);
  }

  /**
   * Rounds {@code value} outwards to a multiple of a step that is about a tenth of the span
   * {@code [low, high]}, so legend ends read "0" to "12.5" rather than raw data extremes.
   */
  static double[] niceRange(double low, double high) {
    if (!(high > low)) {
      double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
      return new double[] {low - pad, high + pad};
    }
    double step = niceFloor((high - low) / 10);
    BigDecimal stepDecimal = new BigDecimal(Double.toString(step));
    BigDecimal lowDecimal =
        new BigDecimal(low).divide(stepDecimal, 0, RoundingMode.FLOOR).multiply(stepDecimal);
    BigDecimal highDecimal =
        new BigDecimal(high).divide(stepDecimal, 0, RoundingMode.CEILING).multiply(stepDecimal);
    return new double[] {lowDecimal.doubleValue(), highDecimal.doubleValue()};
  }

  private static double nice(double value, RoundingMode mode) {
    if (value <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("positive finite value needed, got " + value);
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    double[] multiples = {1, 2, 5, 10};
    double fraction = value / power;
    if (mode == RoundingMode.FLOOR) {
      double chosen = 1;
      for (double m : multiples) {
        if (m <= fraction * (1 + 1e-9)) {
          chosen = m;
        }
      }
      return new BigDecimal(Double.toString(chosen * power)).round(MathContext.DECIMAL64).doubleValue();
    }
    for (double m : multiples) {
      if (m >= fraction * (1 - 1e-9)) {
        return new BigDecimal(Double.toString(m * power)).round(MathContext.DECIMAL64).doubleValue();
      }
    }
    return 10 * power;
  }
}
