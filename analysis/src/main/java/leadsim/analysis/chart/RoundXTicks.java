package leadsim.analysis.chart;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Makes XChart put x ticks at round numbers (0, 50, 100, ...) even when every series has evenly
 * spaced x values (days 0, 1, ..., 365).
 *
 * <p>XChart 3.8.8 switches to "a tick on every k-th data value" when the union of all x values is
 * evenly spaced, which gives ticks like 0, 14, 28, ... 364 crammed edge to edge. One hidden
 * series with a single off-grid x value (and no y value, so nothing is drawn) breaks the even
 * spacing and brings back its usual round-number ticks.
 */
final class RoundXTicks {

  static final String HIDDEN_SERIES_NAME = "\u200b"; // zero-width: never shown, never clashes

  private RoundXTicks() {}

  static void apply(XYChart chart) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (XYSeries series : chart.getSeriesMap().values()) {
      for (double x : series.getXData()) {
        if (!Double.isNaN(x)) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
      }
    }
    if (!(max > min)) {
      return;
    }
    double offGrid = min + (max - min) * 0.5 / Math.PI; // irrational share: never on the grid
    XYSeries hidden =
        chart.addSeries(HIDDEN_SERIES_NAME, new double[] {offGrid}, new double[] {Double.NaN});
    hidden.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    hidden.setMarker(SeriesMarkers.NONE);
    hidden.setShowInLegend(false);
  }
}
