package leadsim.analysis.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * A grid of values coloured on a sequential scale: rows are categories (for example roles),
 * columns are ordered steps (for example days), with a colour bar that says what the colour means.
 *
 * <p>Built for wide grids: with ~180 columns only every 10th, 20th or 50th column label is
 * printed, so labels never overlap.
 */
public final class HeatmapChart {

  /** Cells are labelled with their values only when there are at most this many columns. */
  static final int MAX_COLUMNS_WITH_VALUES = 12;

  /** ...and at most this many rows. */
  static final int MAX_ROWS_WITH_VALUES = 12;

  private HeatmapChart() {}

  /**
   * A heatmap whose colour scale runs over rounded data extremes.
   *
   * @param title chart title
   * @param columnAxisTitle what the columns are, with unit, e.g. "Day of the school year"
   * @param columnLabels one label per column, left to right
   * @param rowAxisTitle what the rows are, e.g. "Role"
   * @param rowLabels one label per row, top to bottom
   * @param values {@code values[row][column]}; NaN cells are left blank
   * @param valueCaption what the colour means, with unit, e.g. "Open tasks (count)"
   */
  public static HeatMapChart of(
      String title,
      String columnAxisTitle,
      String[] columnLabels,
      String rowAxisTitle,
      String[] rowLabels,
      double[][] values,
      String valueCaption) {
    double[] extremes = extremes(values);
    double[] range = NumberLabels.niceRange(extremes[0], extremes[1]);
    return of(
        title, columnAxisTitle, columnLabels, rowAxisTitle, rowLabels, values, valueCaption,
        range[0], range[1]);
  }

  /**
   * A heatmap with a fixed colour scale, for several heatmaps that must be compared by colour
   * (for example 0 to 1 for shares). Values outside the range get the end colours.
   */
  public static HeatMapChart of(
      String title,
      String columnAxisTitle,
      String[] columnLabels,
      String rowAxisTitle,
      String[] rowLabels,
      double[][] values,
      String valueCaption,
      double scaleMin,
      double scaleMax) {
    checkShape(columnLabels, rowLabels, values);
    if (!(scaleMax > scaleMin)) {
      throw new IllegalArgumentException("scaleMax must exceed scaleMin");
    }
    int rows = rowLabels.length;
    int columns = columnLabels.length;
    boolean showValues = columns <= MAX_COLUMNS_WITH_VALUES && rows <= MAX_ROWS_WITH_VALUES;
    CaptionedHeatMapChart chart =
        new CaptionedHeatMapChart(ChartStyle.WIDTH, ChartStyle.HEIGHT, valueCaption, showValues);
    chart.setTitle(title);
    chart.setXAxisTitle(columnAxisTitle);
    chart.setYAxisTitle(rowAxisTitle);
    HeatMapStyler styler = chart.getStyler();
    ChartStyle.applyAxes(styler);
    styler.setPlotGridLinesVisible(false);
    styler.setRangeColors(ChartStyle.SEQUENTIAL.toArray(Color[]::new));
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Horizontal);
    styler.setGradientColorColumnHeight(260); // the bar's length when laid out horizontally
    styler.setGradientColorColumnWeight(18);
    // Outlining each cell in its own colour hides the hairline seams anti-aliasing leaves.
    styler.setDrawBorder(true);
    styler.setShowValue(false); // CaptionedHeatMapChart draws values with a contrasting colour
    styler.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setPlotContentSize(1.0); // cells fill the plot; no padding strip around the grid
    styler.setAxisTickPadding(8); // keeps long row labels off the grid's edge

    int longest = Arrays.stream(columnLabels).mapToInt(String::length).max().orElse(1);
    int stride = TickThinning.stride(columns, longest, ChartStyle.WIDTH * 0.75);
    List<String> xData = Arrays.asList(TickThinning.keepEvery(columnLabels, stride));
    // XChart draws row index 0 at the bottom; callers list rows top to bottom.
    List<String> yData = new ArrayList<>();
    for (int r = rows - 1; r >= 0; r--) {
      yData.add(rowLabels[r]);
    }
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double v = values[r][c];
        if (!Double.isNaN(v)) {
          cells.add(new Number[] {c, rows - 1 - r, v});
        }
      }
    }
    HeatMapSeries series = chart.addSeries(valueCaption, xData, yData, cells);
    series.setMin(scaleMin);
    series.setMax(scaleMax);
    return chart;
  }

  private static void checkShape(String[] columnLabels, String[] rowLabels, double[][] values) {
    if (rowLabels.length == 0 || columnLabels.length == 0) {
      throw new IllegalArgumentException("a heatmap needs at least one row and one column");
    }
    if (values.length != rowLabels.length) {
      throw new IllegalArgumentException(
          values.length + " rows of values but " + rowLabels.length + " row labels");
    }
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != columnLabels.length) {
        throw new IllegalArgumentException(
            "row " + r + " has " + values[r].length + " values but there are "
                + columnLabels.length + " column labels");
      }
    }
  }

  private static double[] extremes(double[][] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (min > max) {
      throw new IllegalArgumentException("a heatmap needs at least one value that is not NaN");
    }
    return new double[] {min, max};
  }
}
