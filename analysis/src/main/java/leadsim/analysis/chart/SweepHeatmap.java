package leadsim.analysis.chart;

import org.knowm.xchart.HeatMapChart;

/**
 * The outcome over a two-factor sweep: one factor's levels across, the other's up, each cell
 * coloured (and, for small grids, labelled) by the outcome at that design point.
 *
 * <p>Unlike {@link HeatmapChart}, both axes are numeric levels, and the vertical one grows upward
 * as on any plot with numeric axes.
 */
public final class SweepHeatmap {

  private SweepHeatmap() {}

  /**
   * A heatmap of {@code values} over the grid of the two factors' levels.
   *
   * @param title chart title
   * @param xFactorTitle the factor across, with unit, e.g. "Meeting interval (days)"
   * @param xLevels its levels, in the order of the inner index of {@code values}
   * @param yFactorTitle the factor up, with unit
   * @param yLevels its levels, in the order of the outer index of {@code values}, drawn bottom to
   *     top
   * @param values {@code values[yIndex][xIndex]}, e.g. a mean outcome per design point
   * @param valueCaption what the colour means, with unit
   */
  public static HeatMapChart of(
      String title,
      String xFactorTitle,
      double[] xLevels,
      String yFactorTitle,
      double[] yLevels,
      double[][] values,
      String valueCaption) {
    if (values.length != yLevels.length) {
      throw new IllegalArgumentException(
          values.length + " rows of values but " + yLevels.length + " y levels");
    }
    String[] columns = new String[xLevels.length];
    for (int i = 0; i < xLevels.length; i++) {
      columns[i] = NumberLabels.compact(xLevels[i]);
    }
    // HeatmapChart lists rows top to bottom; a numeric axis should grow upward.
    int rows = yLevels.length;
    String[] rowLabels = new String[rows];
    double[][] topDown = new double[rows][];
    for (int i = 0; i < rows; i++) {
      rowLabels[i] = NumberLabels.compact(yLevels[rows - 1 - i]);
      topDown[i] = values[rows - 1 - i];
    }
    return HeatmapChart.of(
        title, xFactorTitle, columns, yFactorTitle, rowLabels, topDown, valueCaption);
  }
}
