package leadsim.analysis.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Whether a chart's title is drawn whole. XChart centres the title over the plot area, not the
 * picture, and never wraps it, so a title wider than the plot plus the margin on its narrower
 * side runs off the picture's edge (with a legend on the right, off the left edge). This lays the
 * chart out once, as the PNG writer does, and measures the title with the same font and font
 * render context XChart uses.
 */
public final class TitleFit {

  private TitleFit() {}

  /** Where the title starts and ends on the picture, in pixels, after laying the chart out. */
  public record Span(double left, double right, int width) {
    public boolean whole() {
      return left >= 0 && right <= width;
    }
  }

  /** The title's horizontal span, as XChart draws it. */
  public static Span span(Chart<?, ?> chart) {
    BufferedImage image =
        new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      // as BitmapEncoder: antialiased shapes and text
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart.paint(g, chart.getWidth(), chart.getHeight());
      String title = chart.getTitle();
      if (title == null || title.isEmpty()) {
        return new Span(0, 0, chart.getWidth());
      }
      double textWidth =
          new TextLayout(title, chart.getStyler().getChartTitleFont(), g.getFontRenderContext())
              .getBounds()
              .getWidth();
      Rectangle2D plot = plotBounds(chart);
      double left = plot.getX() + (plot.getWidth() - textWidth) / 2;
      return new Span(left, left + textWidth, chart.getWidth());
    } finally {
      g.dispose();
    }
  }

  /** True when the title is drawn whole. */
  public static boolean fits(Chart<?, ?> chart) {
    return span(chart).whole();
  }

  /**
   * Keeps the chart's title when it fits, else sets the first of {@code shorter} that fits (or
   * the last one given, when none does). Returns the title set.
   */
  public static String shorten(Chart<?, ?> chart, String... shorter) {
    for (String title : shorter) {
      if (fits(chart)) {
        return chart.getTitle();
      }
      chart.setTitle(title);
    }
    return chart.getTitle();
  }

  /** The plot area XChart laid out (its accessor is package-private; the chart was painted). */
  private static Rectangle2D plotBounds(Chart<?, ?> chart) {
    try {
      Method getPlot = Chart.class.getDeclaredMethod("getPlot");
      getPlot.setAccessible(true);
      Object plot = getPlot.invoke(chart);
      return (Rectangle2D) plot.getClass().getMethod("getBounds").invoke(plot);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // an XChart without this accessor: assume the narrowest plot, half the picture, centred
      return new Rectangle2D.Double(chart.getWidth() / 4.0, 0, chart.getWidth() / 2.0, 0);
    }
  }
}
