package leadsim.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Kaplan-Meier survival curves, one step curve per group, with a tick wherever an observation was
 * censored (followed up to that time without the event happening).
 *
 * <p>Inputs are the already estimated curve as plain arrays, so this chart does not depend on how
 * the estimate was made.
 *
 * <pre>{@code
 * XYChart chart = SurvivalChart.builder("Reform survival", "Days since launch", "Share still running")
 *     .group("hierarchical", stepTimes, survival, censorTimes, survivalAtCensorTimes)
 *     .build();
 * }</pre>
 */
public final class SurvivalChart {

  /** Legend text for the censoring tick. */
  public static final String CENSORED_LABEL = "censored (tick)";

  private SurvivalChart() {}

  /** Starts a chart; axis titles should carry units. */
  public static Builder builder(String title, String xAxisTitle, String yAxisTitle) {
    return new Builder(title, xAxisTitle, yAxisTitle);
  }

  /** Collects groups, then {@link #build()}s the chart. */
  public static final class Builder {
    private final String title;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final List<Group> groups = new ArrayList<>();

    private Builder(String title, String xAxisTitle, String yAxisTitle) {
      this.title = title;
      this.xAxisTitle = xAxisTitle;
      this.yAxisTitle = yAxisTitle;
    }

    /**
     * Adds one group's curve.
     *
     * @param name legend name
     * @param stepTimes increasing times at which the curve changes (event times)
     * @param survival survival from each step time on; {@code survival[i]} holds on [stepTimes[i],
     *     stepTimes[i+1])
     * @param censorTimes times of censored observations (may be empty)
     * @param survivalAtCensorTimes the curve's value at each censor time, where the tick is drawn
     */
    public Builder group(
        String name,
        double[] stepTimes,
        double[] survival,
        double[] censorTimes,
        double[] survivalAtCensorTimes) {
      if (stepTimes.length != survival.length) {
        throw new IllegalArgumentException(name + ": step times and survival differ in length");
      }
      if (censorTimes.length != survivalAtCensorTimes.length) {
        throw new IllegalArgumentException(
            name + ": censor times and survival at censor times differ in length");
      }
      for (int i = 1; i < stepTimes.length; i++) {
        if (stepTimes[i] < stepTimes[i - 1]) {
          throw new IllegalArgumentException(name + ": step times must not decrease");
        }
      }
      groups.add(new Group(name, stepTimes.clone(), survival.clone(), censorTimes.clone(),
          survivalAtCensorTimes.clone()));
      return this;
    }

    /** Builds the chart; the y axis runs from 0 to 1. */
    public XYChart build() {
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("a survival chart needs at least one group");
      }
      XYChart chart = new XYChart(ChartStyle.WIDTH, ChartStyle.HEIGHT);
      chart.setTitle(title);
      chart.setXAxisTitle(xAxisTitle);
      chart.setYAxisTitle(yAxisTitle);
      XYStyler styler = chart.getStyler();
      ChartStyle.applyAxes(styler);
      styler.setLegendPosition(LegendPosition.InsideNE);
      styler.setYAxisMin(0.0).setYAxisMax(1.0);
      styler.setYAxisDecimalPattern("0.0#");
      styler.setMarkerSize(7);

      for (int i = 0; i < groups.size(); i++) {
        Group group = groups.get(i);
        double[][] curve = curvePoints(group);
        XYSeries line = chart.addSeries(group.name, curve[0], curve[1]);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
        line.setLineColor(ChartStyle.colour(i));
        line.setLineStyle(ChartStyle.solidLine());
        line.setMarker(SeriesMarkers.NONE);
      }
      boolean anyCensored = false;
      for (int i = 0; i < groups.size(); i++) {
        Group group = groups.get(i);
        if (group.censorTimes.length == 0) {
          continue;
        }
        anyCensored = true;
        XYSeries ticks =
            chart.addSeries(group.name + " censored", group.censorTimes, group.censorSurvival);
        ticks.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        ticks.setMarker(new CensorTick());
        ticks.setMarkerColor(ChartStyle.colour(i));
        ticks.setShowInLegend(false);
      }
      if (anyCensored) {
        // A legend-only entry: one point with no y value is never drawn on the plot.
        XYSeries key =
            chart.addSeries(CENSORED_LABEL, new double[] {0}, new double[] {Double.NaN});
        key.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        key.setMarker(new CensorTick());
        key.setMarkerColor(ChartStyle.REFERENCE_GREY);
      }
      RoundXTicks.apply(chart);
      return chart;
    }
  }

  /**
   * The drawable corners: starts at (0, 1) unless the caller's curve starts at 0, and runs flat to
   * the group's last censor time, because the estimate holds until the last time anyone in the
   * group was observed (and no further).
   */
  static double[][] curvePoints(Group group) {
    double lastTime = 0;
    for (double t : group.censorTimes) {
      lastTime = Math.max(lastTime, t);
    }
    List<double[]> points = new ArrayList<>();
    if (group.stepTimes.length == 0 || group.stepTimes[0] > 0) {
      points.add(new double[] {0, 1});
    }
    for (int k = 0; k < group.stepTimes.length; k++) {
      points.add(new double[] {group.stepTimes[k], group.survival[k]});
    }
    double[] last = points.get(points.size() - 1);
    if (lastTime > last[0]) {
      points.add(new double[] {lastTime, last[1]});
    }
    double[] xs = new double[points.size()];
    double[] ys = new double[points.size()];
    for (int k = 0; k < xs.length; k++) {
      xs[k] = points.get(k)[0];
      ys[k] = points.get(k)[1];
    }
    return new double[][] {xs, ys};
  }

  record Group(
      String name,
      double[] stepTimes,
      double[] survival,
      double[] censorTimes,
      double[] censorSurvival) {}
}
