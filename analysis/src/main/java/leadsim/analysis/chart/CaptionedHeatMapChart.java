package leadsim.analysis.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.style.Styler;

/**
 * A heatmap that also says what its colour means, next to the colour bar, and can print each
 * cell's value in a colour that stays readable on both ends of the scale.
 *
 * <p>XChart's own heatmap legend shows only the two end values, and its cell labels use one fixed
 * colour, which vanishes on either the dark or the light end of a sequential scale. Both are drawn
 * here after XChart has painted, reproducing its (pinned, 3.8.8) cell layout.
 */
final class CaptionedHeatMapChart extends HeatMapChart {

  private static final int CAPTION_GAP_PX = 10;

  private final String valueCaption;
  private final boolean showCellValues;

  CaptionedHeatMapChart(int width, int height, String valueCaption, boolean showCellValues) {
    // The theme constructor matters: the plain (width, height) one leaves the heatmap styler
    // uninitialised (no colour range, min = max = 0), and nothing but the cells gets drawn.
    super(width, height, Styler.ChartTheme.XChart);
    this.valueCaption = valueCaption;
    this.showCellValues = showCellValues;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    if (showCellValues) {
      paintCellValues(g);
    }
    if (valueCaption != null && !valueCaption.isBlank() && getStyler().isLegendVisible()) {
      paintCaption(g);
    }
  }

  /** Writes the caption to the left of the colour bar, which XChart centres below the plot. */
  private void paintCaption(Graphics2D g) {
    Rectangle2D legendBox = legend.getBounds();
    Rectangle2D plotBox = plot.getBounds();
    double legendX = plotBox.getX() + (plotBox.getWidth() - legendBox.getWidth()) / 2.0;
    double legendY = getHeight() - legendBox.getHeight() - 6; // XChart's LEGEND_MARGIN
    g.setFont(getStyler().getLegendFont());
    g.setColor(getStyler().getChartFontColor());
    FontMetrics metrics = g.getFontMetrics();
    String text = valueCaption + ":";
    float x = (float) (legendX - CAPTION_GAP_PX - metrics.stringWidth(text));
    float y =
        (float)
            (legendY + legendBox.getHeight() / 2.0 + (metrics.getAscent() - metrics.getDescent()) / 2.0);
    g.drawString(text, Math.max(2f, x), y);
  }

  private void paintCellValues(Graphics2D g) {
    HeatMapSeries series = getHeatMapSeries();
    List<?> xs = series.getXData();
    List<?> ys = series.getYData();
    Rectangle2D bounds = plot.getBounds();
    double contentSize = getStyler().getPlotContentSize();
    double xMargin = ((int) bounds.getWidth() - contentSize * bounds.getWidth()) / 2.0;
    double yMargin = ((int) bounds.getHeight() - contentSize * bounds.getHeight()) / 2.0;
    double cellWidth = (bounds.getWidth() - 2 * xMargin) / xs.size();
    double cellHeight = (bounds.getHeight() - 2 * yMargin) / ys.size();
    Font font = getStyler().getValueFont();
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics();
    for (Number[] cell : series.getHeatData()) {
      int column = cell[0].intValue();
      int row = cell[1].intValue();
      double value = cell[2].doubleValue();
      String text = NumberLabels.compact(value);
      double left = bounds.getX() + xMargin + cellWidth * column;
      double top = bounds.getY() + yMargin + cellHeight * (ys.size() - 1 - row);
      if (metrics.stringWidth(text) > cellWidth - 4 || metrics.getHeight() > cellHeight) {
        continue; // a clipped number misleads more than a missing one
      }
      g.setColor(readableOn(fillFor(series, value)));
      float x = (float) (left + (cellWidth - metrics.stringWidth(text)) / 2.0);
      float y = (float) (top + (cellHeight + metrics.getAscent() - metrics.getDescent()) / 2.0);
      g.drawString(text, x, y);
    }
  }

  /** The cell colour XChart's gradient gives {@code value}, enough to pick a text colour. */
  private Color fillFor(HeatMapSeries series, double value) {
    Color[] colours = getStyler().getRangeColors();
    double span = series.getMax() - series.getMin();
    double share = span <= 0 ? 0 : (value - series.getMin()) / span;
    share = Math.max(0, Math.min(1, share));
    int index = (int) Math.round(share * (colours.length - 1));
    return colours[index];
  }

  /** Black on light cells, white on dark ones (relative luminance threshold). */
  static Color readableOn(Color background) {
    double luminance =
        (0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue())
            / 255.0;
    return luminance > 0.5 ? Color.BLACK : Color.WHITE;
  }
}
