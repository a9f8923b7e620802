package leadsim.analysis.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Bars per category with optional confidence-interval whiskers, side by side when there are
 * several series: main-effect plots (factor levels across, mean outcome with its 95% CI) and
 * sensitivity plots (factors across, first-order and total-order index as two series).
 *
 * <pre>{@code
 * CategoryChart chart = CategoryBarChart.builder("Sensitivity", "Factor", "Sobol index (share of variance)",
 *         List.of("team size", "meeting interval"))
 *     .series("first-order", s1, s1Low, s1High)
 *     .series("total-order", st, stLow, stHigh)
 *     .build();
 * }</pre>
 */
public final class CategoryBarChart {

  private CategoryBarChart() {}

  /** Starts a chart over {@code categories}, in the order given; titles should carry units. */
  public static Builder builder(
      String title, String xAxisTitle, String yAxisTitle, List<String> categories) {
    return new Builder(title, xAxisTitle, yAxisTitle, categories);
  }

  /** Collects series, then {@link #build()}s the chart. */
  public static final class Builder {
    private final String title;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final List<String> categories;
    private final List<Bars> bars = new ArrayList<>();

    private Builder(String title, String xAxisTitle, String yAxisTitle, List<String> categories) {
      if (categories.isEmpty()) {
        throw new IllegalArgumentException("a bar chart needs at least one category");
      }
      this.title = title;
      this.xAxisTitle = xAxisTitle;
      this.yAxisTitle = yAxisTitle;
      this.categories = List.copyOf(categories);
    }

    /** Adds bars without intervals, one value per category. */
    public Builder series(String name, double[] values) {
      return series(name, values, null, null);
    }

    /**
     * Adds bars with whiskers from {@code low[i]} to {@code high[i]} (need not be symmetric;
     * NaN leaves a bar without whisker). Pass both as null for no whiskers.
     */
    public Builder series(String name, double[] values, double[] low, double[] high) {
      requireLength(name, values);
      if ((low == null) != (high == null)) {
        throw new IllegalArgumentException(name + ": give both low and high, or neither");
      }
      if (low != null) {
        requireLength(name, low);
        requireLength(name, high);
      }
      bars.add(new Bars(name, values.clone(), low, high));
      return this;
    }

    /** Builds the chart; the y axis always includes 0, where bars start. */
    public CategoryChart build() {
      if (bars.isEmpty()) {
        throw new IllegalArgumentException("a bar chart needs at least one series");
      }
      WhiskeredCategoryChart chart = new WhiskeredCategoryChart(ChartStyle.WIDTH, ChartStyle.HEIGHT);
      chart.setTitle(title);
      chart.setXAxisTitle(xAxisTitle);
      chart.setYAxisTitle(yAxisTitle);
      CategoryStyler styler = chart.getStyler();
      ChartStyle.applyAxes(styler);
      styler.setPlotGridVerticalLinesVisible(false);
      styler.setAvailableSpaceFill(0.7);
      styler.setLegendVisible(bars.size() > 1);
      ChartStyle.placeLegend(styler, bars.stream().map(Bars::name).toList());
      int longest = categories.stream().mapToInt(String::length).max().orElse(1);
      double perCategoryPx = ChartStyle.WIDTH * 0.8 / categories.size();
      if (longest * TickThinning.CHAR_WIDTH_PX > perCategoryPx) {
        styler.setXAxisLabelRotation(30); // long factor names would otherwise overlap
      }

      double low = 0;
      double high = 0;
      for (int i = 0; i < bars.size(); i++) {
        Bars b = bars.get(i);
        CategorySeries series =
            chart.addSeries(b.name, categories, Arrays.stream(b.values).boxed().toList());
        series.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        series.setFillColor(ChartStyle.colour(i));
        series.setLineColor(ChartStyle.colour(i));
        chart.addIntervals(b.low, b.high);
        for (int k = 0; k < b.values.length; k++) {
          low = minIgnoringNaN(low, b.values[k], b.low == null ? Double.NaN : b.low[k]);
          high = maxIgnoringNaN(high, b.values[k], b.high == null ? Double.NaN : b.high[k]);
        }
      }
      // Whiskers are not XChart data, so the axis must be stretched to show them whole.
      double pad = high > low ? (high - low) * 0.06 : 1.0; // all zero: still show an axis
      styler.setYAxisMin(low < 0 ? low - pad : 0.0);
      styler.setYAxisMax(high > 0 ? high + pad : 0.0);
      return chart;
    }

    private void requireLength(String name, double[] values) {
      if (values == null || values.length != categories.size()) {
        throw new IllegalArgumentException(
            name + ": need one value per category (" + categories.size() + ")");
      }
    }
  }

  private static double minIgnoringNaN(double current, double... candidates) {
    for (double c : candidates) {
      if (!Double.isNaN(c)) {
        current = Math.min(current, c);
      }
    }
    return current;
  }

  private static double maxIgnoringNaN(double current, double... candidates) {
    for (double c : candidates) {
      if (!Double.isNaN(c)) {
        current = Math.max(current, c);
      }
    }
    return current;
  }

  private record Bars(String name, double[] values, double[] low, double[] high) {}
}
