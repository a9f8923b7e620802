package leadsim.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Mean curves over x with a shaded 95% band each (for example adoption over days per scenario),
 * plus optional dashed vertical markers for events (for example "champion leaves" at day 180).
 *
 * <p>Bands are translucent so overlapping bands stay visible; each marker is a legend entry
 * rather than text on the plot, so its label can never cover a curve.
 *
 * <pre>{@code
 * XYChart chart = BandChart.builder("Adoption", "Day", "Teachers using it (share)")
 *     .series("hierarchical", days, mean, low, high)
 *     .marker(180, "champion leaves")
 *     .build();
 * }</pre>
 */
public final class BandChart {

  /** Opacity of a band's fill (of 255): light enough to see a second band through it. */
  static final int BAND_ALPHA = 60;

  private BandChart() {}

  /** Starts a chart; axis titles should carry units. */
  public static Builder builder(String title, String xAxisTitle, String yAxisTitle) {
    return new Builder(title, xAxisTitle, yAxisTitle);
  }

  /** Collects series and markers, then {@link #build()}s the chart. */
  public static final class Builder {
    private final String title;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final List<Band> bands = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private String bandNote = "95% confidence band";

    private Builder(String title, String xAxisTitle, String yAxisTitle) {
      this.title = title;
      this.xAxisTitle = xAxisTitle;
      this.yAxisTitle = yAxisTitle;
    }

    /**
     * Adds a mean curve with its band; all arrays must have the same length, with x increasing.
     * Pass {@code low} and {@code high} as null for a curve without a band.
     */
    public Builder series(String name, double[] x, double[] mean, double[] low, double[] high) {
      requireSameLength(name, x, mean);
      if ((low == null) != (high == null)) {
        throw new IllegalArgumentException(name + ": give both low and high, or neither");
      }
      if (low != null) {
        requireSameLength(name, x, low);
        requireSameLength(name, x, high);
      }
      bands.add(new Band(name, x.clone(), mean.clone(), low == null ? null : low.clone(),
          high == null ? null : high.clone()));
      return this;
    }

    /** Adds a dashed vertical line at {@code x}, named {@code label} in the legend. */
    public Builder marker(double x, String label) {
      markers.add(new Marker(x, label));
      return this;
    }

    /**
     * What the legend says the shading is; default "95% confidence band". Say so when the band is
     * something else, for example "middle 95% of runs".
     */
    public Builder bandNote(String note) {
      this.bandNote = note;
      return this;
    }

    /** Builds the chart. */
    public XYChart build() {
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("a band chart needs at least one series");
      }
      XYChart chart = new XYChart(ChartStyle.WIDTH, ChartStyle.HEIGHT);
      chart.setTitle(title);
      chart.setXAxisTitle(xAxisTitle);
      chart.setYAxisTitle(yAxisTitle);
      XYStyler styler = chart.getStyler();
      ChartStyle.applyAxes(styler);

      double yLow = Double.POSITIVE_INFINITY;
      double yHigh = Double.NEGATIVE_INFINITY;
      // Bands first, so every mean line is drawn on top of every band.
      for (int i = 0; i < bands.size(); i++) {
        Band band = bands.get(i);
        if (band.low == null) {
          continue;
        }
        XYSeries area = chart.addSeries(band.name + " band", polygonX(band.x),
            polygonY(band.low, band.high));
        area.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        area.setFillColor(ChartStyle.translucent(ChartStyle.colour(i), BAND_ALPHA));
        area.setLineColor(ChartStyle.translucent(ChartStyle.colour(i), 0));
        area.setMarker(SeriesMarkers.NONE);
        area.setShowInLegend(false);
        for (int k = 0; k < band.x.length; k++) {
          yLow = Math.min(yLow, band.low[k]);
          yHigh = Math.max(yHigh, band.high[k]);
        }
      }
      for (int i = 0; i < bands.size(); i++) {
        Band band = bands.get(i);
        XYSeries line = chart.addSeries(band.name, band.x, band.mean);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(ChartStyle.colour(i));
        line.setLineStyle(ChartStyle.solidLine());
        line.setMarker(SeriesMarkers.NONE);
        for (double v : band.mean) {
          yLow = Math.min(yLow, v);
          yHigh = Math.max(yHigh, v);
        }
      }
      boolean anyBand = bands.stream().anyMatch(b -> b.low != null);
      if (anyBand) {
        // One legend entry explains all shading; a point with no y value is never drawn.
        XYSeries key = chart.addSeries(
            shadingLabel(), new double[] {bands.get(0).x[0]}, new double[] {Double.NaN});
        key.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        key.setFillColor(ChartStyle.translucent(ChartStyle.REFERENCE_GREY, BAND_ALPHA));
        key.setLineColor(ChartStyle.translucent(ChartStyle.REFERENCE_GREY, BAND_ALPHA));
        key.setMarker(SeriesMarkers.NONE);
      }
      for (Marker marker : markers) {
        XYSeries line = chart.addSeries(markerLabel(marker),
            new double[] {marker.x, marker.x}, new double[] {yLow, yHigh});
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(ChartStyle.REFERENCE_GREY);
        line.setLineStyle(ChartStyle.dashedLine());
        line.setMarker(SeriesMarkers.NONE);
      }
      ChartStyle.placeLegend(styler, chart.getSeriesMap().values().stream()
          .filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList());
      RoundXTicks.apply(chart);
      return chart;
    }

    private String shadingLabel() {
      return "shading: " + bandNote;
    }

    private static String markerLabel(Marker marker) {
      return marker.label + " (x = " + NumberLabels.compact(marker.x) + ")";
    }
  }

  private static double[] polygonX(double[] x) {
    int n = x.length;
    double[] out = new double[2 * n];
    for (int k = 0; k < n; k++) {
      out[k] = x[k];
      out[2 * n - 1 - k] = x[k];
    }
    return out;
  }

  /** Forward along the upper bound, back along the lower, as XChart's PolygonArea expects. */
  private static double[] polygonY(double[] low, double[] high) {
    int n = low.length;
    double[] out = new double[2 * n];
    for (int k = 0; k < n; k++) {
      out[k] = high[k];
      out[2 * n - 1 - k] = low[k];
    }
    return out;
  }

  private static void requireSameLength(String name, double[] x, double[] other) {
    if (x == null || other == null || x.length != other.length || x.length == 0) {
      throw new IllegalArgumentException(name + ": arrays must be non-empty and of equal length");
    }
  }

  private record Band(String name, double[] x, double[] mean, double[] low, double[] high) {}

  private record Marker(double x, String label) {}
}
