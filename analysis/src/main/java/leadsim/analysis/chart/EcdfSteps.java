package leadsim.analysis.chart;

import java.util.Arrays;

/**
 * The corner points of an empirical cumulative distribution function, ready to be drawn as a
 * post-step line (flat, then up).
 *
 * <p>Package-private: the chart needs the points, callers only pass raw values.
 */
final class EcdfSteps {

  /** Above this many distinct values, the curve is sampled at evenly spaced cumulative shares. */
  static final int MAX_POINTS = 2000;

  final double[] x;
  final double[] y;

  private EcdfSteps(double[] x, double[] y) {
    this.x = x;
    this.y = y;
  }

  /**
   * Builds the steps of the ECDF of {@code values}; NaN values are ignored (a run that produced no
   * value has no place on a distribution of values).
   *
   * <p>The first point is (smallest value, 0) so that the first jump is drawn; each later point is
   * (value, share of values at or below it), with ties collapsed into one jump.
   */
  static EcdfSteps of(double[] values) {
    double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = sorted.length;
    if (n == 0) {
      return new EcdfSteps(new double[0], new double[0]);
    }
    double[] xs = new double[n + 1];
    double[] ys = new double[n + 1];
    xs[0] = sorted[0];
    ys[0] = 0;
    int count = 1;
    for (int i = 0; i < n; i++) {
      boolean lastOfTie = i == n - 1 || sorted[i + 1] != sorted[i];
      if (lastOfTie) {
        xs[count] = sorted[i];
        ys[count] = (i + 1) / (double) n;
        count++;
      }
    }
    EcdfSteps all = new EcdfSteps(Arrays.copyOf(xs, count), Arrays.copyOf(ys, count));
    return count > MAX_POINTS ? all.thinned(MAX_POINTS) : all;
  }

  /**
   * Keeps about {@code points} corners evenly spread in cumulative share, always keeping the
   * first and last: a 900-pixel-wide chart cannot show more, and SVG files stay small.
   */
  private EcdfSteps thinned(int points) {
    double[] xs = new double[points + 2];
    double[] ys = new double[points + 2];
    int count = 0;
    double nextShare = 0;
    double shareStep = 1.0 / points;
    for (int i = 0; i < x.length; i++) {
      if (i == 0 || i == x.length - 1 || y[i] >= nextShare) {
        xs[count] = x[i];
        ys[count] = y[i];
        count++;
        nextShare = y[i] + shareStep;
      }
    }
    return new EcdfSteps(Arrays.copyOf(xs, count), Arrays.copyOf(ys, count));
  }
}
