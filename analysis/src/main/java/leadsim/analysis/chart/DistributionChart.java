package leadsim.analysis.chart;

import java.util.Arrays;
import java.util.Map;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The distribution of one quantity in several groups (for example a waiting time per scenario),
 * as empirical cumulative distribution curves or as box plots.
 *
 * <p>ECDF curves show every value without choosing bin widths, and let a reader read off any
 * percentile ("90% of values were at or below x"); box plots summarise for a quick comparison.
 */
public final class DistributionChart {

  /** Y-axis title of the ECDF chart: what the curve's height means. */
  public static final String ECDF_Y_TITLE = "Share of values at or below x";

  private DistributionChart() {}

  /**
   * One ECDF step curve per group, in the map's iteration order (use a {@code LinkedHashMap} to
   * control legend order).
   *
   * @param title chart title
   * @param xAxisTitle the quantity and its unit, e.g. "Waiting time (days)"
   * @param groups group name to values; NaN values are ignored
   */
  public static XYChart ecdf(String title, String xAxisTitle, Map<String, double[]> groups) {
    requireGroups(groups);
    XYChart chart =
        new XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(title)
            .xAxisTitle(xAxisTitle)
            .yAxisTitle(ECDF_Y_TITLE)
            .build();
    ChartStyle.applyAxes(chart.getStyler());
    chart.getStyler().setLegendPosition(LegendPosition.InsideSE);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setYAxisDecimalPattern("0.0#");
    int index = 0;
    for (Map.Entry<String, double[]> group : groups.entrySet()) {
      EcdfSteps steps = EcdfSteps.of(group.getValue());
      if (steps.x.length == 0) {
        throw new IllegalArgumentException("group '" + group.getKey() + "' has no values");
      }
      XYSeries series = chart.addSeries(group.getKey(), steps.x, steps.y);
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineColor(ChartStyle.colour(index));
      series.setLineStyle(ChartStyle.solidLine());
      index++;
    }
    RoundXTicks.apply(chart);
    return chart;
  }

  /**
   * One box per group (median, quartiles, whiskers to the most extreme values within 1.5 IQR).
   *
   * @param title chart title
   * @param yAxisTitle the quantity and its unit, e.g. "Waiting time (days)"
   * @param groups group name to values; NaN values are ignored
   */
  public static BoxChart boxPlot(String title, String yAxisTitle, Map<String, double[]> groups) {
    requireGroups(groups);
    BoxChart chart =
        new BoxChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(title)
            .yAxisTitle(yAxisTitle)
            .build();
    BoxStyler styler = chart.getStyler();
    ChartStyle.applyAxes(styler);
    styler.setLegendVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    for (Map.Entry<String, double[]> group : groups.entrySet()) {
      double[] values =
          Arrays.stream(group.getValue()).filter(v -> !Double.isNaN(v)).toArray();
      if (values.length == 0) {
        throw new IllegalArgumentException("group '" + group.getKey() + "' has no values");
      }
      chart.addSeries(group.getKey(), values);
    }
    return chart;
  }

  private static void requireGroups(Map<String, double[]> groups) {
    if (groups == null || groups.isEmpty()) {
      throw new IllegalArgumentException("at least one group is needed");
    }
  }
}
