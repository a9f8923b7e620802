package leadsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * A bar chart that draws confidence intervals as whiskers from any low to any high value.
 *
 * <p>XChart's own error bars are symmetric (one half-width per bar) and, for negative bars, are
 * centred on zero instead of the bar's end; bootstrap and Sobol intervals are often asymmetric and
 * main effects can be negative. So the whiskers are painted here, after XChart has drawn the bars,
 * using its (pinned, 3.8.8) side-by-side bar layout.
 */
final class WhiskeredCategoryChart extends CategoryChart {

  private static final BasicStroke WHISKER_STROKE =
      new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  /** One interval per (series, category); null entries mean "no interval". */
  private final List<double[][]> intervals = new ArrayList<>();

  WhiskeredCategoryChart(int width, int height) {
    super(width, height);
  }

  /** Registers the intervals of the series added next: {@code {low[], high[]}} or null. */
  void addIntervals(double[] low, double[] high) {
    intervals.add(low == null ? null : new double[][] {low.clone(), high.clone()});
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    super.paint(g, width, height);
    paintWhiskers(g);
  }

  private void paintWhiskers(Graphics2D g) {
    int seriesCount = getSeriesMap().size();
    if (seriesCount == 0) {
      return;
    }
    int categoryCount = getSeriesMap().values().iterator().next().getXData().size();
    Rectangle2D bounds = plot.getBounds();
    double tickSpace = getStyler().getPlotContentSize() * bounds.getWidth();
    double leftMargin = (bounds.getWidth() - tickSpace) / 2.0;
    double gridStep = tickSpace / categoryCount;
    double fill = getStyler().getAvailableSpaceFill();
    double barWidth = gridStep / seriesCount * fill;
    double barMargin = gridStep * (1 - fill) / 2.0;
    double capHalfWidth = Math.max(3, Math.min(10, barWidth / 4));
    g.setStroke(WHISKER_STROKE);
    g.setColor(Color.BLACK);
    for (int s = 0; s < intervals.size(); s++) {
      double[][] interval = intervals.get(s);
      if (interval == null) {
        continue;
      }
      for (int c = 0; c < categoryCount; c++) {
        double low = interval[0][c];
        double high = interval[1][c];
        if (Double.isNaN(low) || Double.isNaN(high)) {
          continue;
        }
        double centre =
            bounds.getX() + leftMargin + gridStep * c + s * barWidth + barMargin + barWidth / 2.0;
        double top = getScreenYFromChart(high);
        double bottom = getScreenYFromChart(low);
        g.draw(new Line2D.Double(centre, top, centre, bottom));
        g.draw(new Line2D.Double(centre - capHalfWidth, top, centre + capHalfWidth, top));
        g.draw(new Line2D.Double(centre - capHalfWidth, bottom, centre + capHalfWidth, bottom));
      }
    }
  }
}
