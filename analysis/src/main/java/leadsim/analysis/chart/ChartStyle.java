package leadsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look shared by every leadsim figure: white background, fonts that stay legible when a
 * 900 x 560 image is shrunk into a report column, and the Okabe-Ito palette, which stays
 * distinguishable for the common forms of colour blindness and in grey-scale print.
 */
public final class ChartStyle {

  /** Default image width in pixels; the report shows figures at about this width. */
  public static final int WIDTH = 900;

  /** Default image height in pixels. */
  public static final int HEIGHT = 560;

  /** Okabe-Ito colours, in the order series receive them. */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2), // blue
          new Color(0xD55E00), // vermillion
          new Color(0x009E73), // bluish green
          new Color(0xCC79A7), // reddish purple
          new Color(0xE69F00), // orange
          new Color(0x56B4E9), // sky blue
          new Color(0xF0E442), // yellow
          new Color(0x000000)); // black

  /**
   * A perceptually uniform sequential scale (viridis anchors) for heatmaps: ordered in lightness,
   * so it reads correctly for colour-blind readers and when printed in grey.
   */
  public static final List<Color> SEQUENTIAL =
      List.of(
          new Color(0x440154),
          new Color(0x3B528B),
          new Color(0x21908C),
          new Color(0x5DC863),
          new Color(0xFDE725));

  /** Grey used for reference lines and markers that must not compete with data series. */
  public static final Color REFERENCE_GREY = new Color(0x444444);

  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final float LINE_WIDTH = 2.5f;

  private ChartStyle() {}

  /** The palette colour for the series at {@code index}, cycling when there are more series. */
  public static Color colour(int index) {
    return PALETTE.get(Math.floorMod(index, PALETTE.size()));
  }

  /** {@code colour} with the given opacity (0 transparent .. 255 opaque), for bands and fills. */
  public static Color translucent(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /** A solid line of the house width. */
  static BasicStroke solidLine() {
    return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** A dashed line, for reference markers that must read as "not data". */
  static BasicStroke dashedLine() {
    return new BasicStroke(
        2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
  }

  /**
   * Puts the legend in one row under the plot when the entries fit, else in a column on the right:
   * XChart never wraps a legend row, and a clipped legend is worse than a narrower plot.
   */
  static void placeLegend(Styler styler, java.util.Collection<String> labels) {
    double rowWidth = 0;
    for (String label : labels) {
      rowWidth += 55 + label.length() * 8.5; // swatch, gaps, then text at the 14 px legend font
    }
    if (rowWidth <= WIDTH - 60) {
      styler.setLegendPosition(Styler.LegendPosition.OutsideS);
      styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    } else {
      styler.setLegendPosition(Styler.LegendPosition.OutsideE);
      styler.setLegendLayout(Styler.LegendLayout.Vertical);
    }
    styler.setLegendBorderColor(Color.WHITE);
  }

  /** Applies the shared look to any XChart styler. */
  static void applyCommon(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setChartFontColor(Color.BLACK);
    styler.setChartTitleFont(TITLE_FONT);
    styler.setChartTitleBoxVisible(false);
    styler.setLegendFont(LEGEND_FONT);
    styler.setLegendBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(new Color(0xBBBBBB));
    styler.setPlotBorderColor(new Color(0x888888));
    styler.setSeriesColors(PALETTE.toArray(Color[]::new));
    styler.setAnnotationTextFont(LEGEND_FONT);
    styler.setChartPadding(12);
    styler.setAntiAlias(true);
    styler.setToolTipsEnabled(false);
  }

  /** Applies the shared look to charts with axes (XY, category, box, heatmap). */
  static void applyAxes(AxesChartStyler styler) {
    applyCommon(styler);
    styler.setAxisTitleFont(AXIS_TITLE_FONT);
    styler.setAxisTickLabelsFont(TICK_FONT);
    styler.setAxisTickLabelsColor(Color.BLACK);
    styler.setAxisTitlePadding(10);
    styler.setPlotGridLinesColor(new Color(0xE3E3E3));
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setPlotGridLinesVisible(true);
    // Keeps labels from crowding: at 14 px a tick label needs roughly this much room.
    styler.setXAxisTickMarkSpacingHint(90);
    styler.setYAxisTickMarkSpacingHint(60);
  }
}
