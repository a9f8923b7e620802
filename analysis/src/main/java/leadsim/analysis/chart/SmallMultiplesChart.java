package leadsim.analysis.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Small multiples: one small line chart per panel (for example one per unit of a study), all on
 * the same x and y scales so that panels are compared by eye, in a grid of up to four columns,
 * under one title, with one shared legend when panels hold several lines (one colour per line
 * name, the same in every panel) and the axis titles said once.
 *
 * <p>The result is an {@link XYChart} that paints the grid itself, so it is saved like any other
 * chart ({@link ChartFiles}, PNG and SVG).
 */
public final class SmallMultiplesChart {

  /** More panels than this stop being read one by one; choose which to show before building. */
  public static final int MAX_PANELS = 30;

  static final int PANEL_HEIGHT = 170;
  private static final int TITLE_BAND = 40;
  private static final int FOOT_BAND = 56;
  private static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  /** A panel title shrinks to fit its cell down to this size, then loses its middle. */
  static final int SMALLEST_TITLE = 10;
  /** Room left either side of a panel title in its cell. */
  static final int TITLE_MARGIN = 6;
  private static final Font PANEL_TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private SmallMultiplesChart() {}

  /** Starts a chart; axis titles should carry units. */
  public static Builder builder(String title, String xAxisTitle, String yAxisTitle) {
    return new Builder(title, xAxisTitle, yAxisTitle);
  }

  /** Collects panels, then {@link #build()}s the grid. */
  public static final class Builder {
    private final String title;
    private final String xAxisTitle;
    private final String yAxisTitle;
    private final List<Panel> panels = new ArrayList<>();
    private double yMin = 0;
    private double yMax = Double.NaN;

    private Builder(String title, String xAxisTitle, String yAxisTitle) {
      this.title = title;
      this.xAxisTitle = xAxisTitle;
      this.yAxisTitle = yAxisTitle;
    }

    /** The y scale of every panel; without it, 0 to a round number above the largest value. */
    public Builder yRange(double min, double max) {
      if (!(max > min)) {
        throw new IllegalArgumentException("the y range must have max > min");
      }
      this.yMin = min;
      this.yMax = max;
      return this;
    }

    /** Starts a panel with the given title; add its lines with {@link #line}. */
    public Builder panel(String panelTitle) {
      panels.add(new Panel(panelTitle, new LinkedHashMap<>()));
      return this;
    }

    /**
     * Adds a line to the latest panel; lines of the same name have the same colour in every panel.
     * NaN values leave gaps.
     */
    public Builder line(String name, double[] x, double[] y) {
      if (panels.isEmpty()) {
        throw new IllegalStateException("add a panel before its lines");
      }
      if (x.length != y.length || x.length == 0) {
        throw new IllegalArgumentException(name + ": x and y must be non-empty and of equal length");
      }
      panels.get(panels.size() - 1).lines().put(name, new double[][] {x.clone(), y.clone()});
      return this;
    }

    /** Builds the grid: up to four panels a row. */
    public XYChart build() {
      if (panels.isEmpty() || panels.size() > MAX_PANELS) {
        throw new IllegalArgumentException("small multiples need 1 to " + MAX_PANELS + " panels, got "
            + panels.size());
      }
      List<String> names = new ArrayList<>();
      double xLow = Double.POSITIVE_INFINITY;
      double xHigh = Double.NEGATIVE_INFINITY;
      double yHigh = 0;
      for (Panel panel : panels) {
        for (var line : panel.lines().entrySet()) {
          if (!names.contains(line.getKey())) {
            names.add(line.getKey());
          }
          for (double v : line.getValue()[0]) {
            xLow = Math.min(xLow, v);
            xHigh = Math.max(xHigh, v);
          }
          for (double v : line.getValue()[1]) {
            if (!Double.isNaN(v)) {
              yHigh = Math.max(yHigh, v);
            }
          }
        }
      }
      double top = Double.isNaN(yMax) ? NumberLabels.niceRange(yMin, Math.max(yHigh, yMin + 1))[1] : yMax;
      int columns = panels.size() <= 2 ? panels.size() : panels.size() <= 4 ? 2 : panels.size() <= 9 ? 3 : 4;
      int rows = (panels.size() + columns - 1) / columns;
      List<XYChart> drawn = new ArrayList<>();
      for (Panel panel : panels) {
        drawn.add(panelChart(panel, names, xLow, xHigh, yMin, top));
      }
      int height = TITLE_BAND + rows * PANEL_HEIGHT + FOOT_BAND;
      Grid grid = new Grid(ChartStyle.WIDTH, height, drawn, columns, names, xAxisTitle, yAxisTitle);
      grid.setTitle(title);
      return grid;
    }
  }

  private record Panel(String title, Map<String, double[][]> lines) {}

  private static XYChart panelChart(Panel panel, List<String> names, double xLow, double xHigh, double yLow,
      double yHigh) {
    XYChart chart = new XYChart(100, PANEL_HEIGHT);
    chart.setTitle(panel.title());
    XYStyler styler = chart.getStyler();
    ChartStyle.applyAxes(styler);
    styler.setChartTitleFont(PANEL_TITLE_FONT);
    styler.setAxisTickLabelsFont(PANEL_TICK_FONT);
    styler.setLegendVisible(false);
    styler.setChartPadding(4);
    styler.setXAxisTickMarkSpacingHint(60);
    styler.setYAxisTickMarkSpacingHint(35);
    styler.setXAxisMin(xLow).setXAxisMax(xHigh);
    styler.setYAxisMin(yLow).setYAxisMax(yHigh);
    styler.setPlotMargin(2);
    for (var line : panel.lines().entrySet()) {
      XYSeries series = chart.addSeries(line.getKey(), line.getValue()[0], line.getValue()[1]);
      series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      series.setLineColor(ChartStyle.colour(names.indexOf(line.getKey())));
      series.setLineStyle(new java.awt.BasicStroke(1.8f));
      series.setMarker(SeriesMarkers.NONE);
    }
    RoundXTicks.apply(chart);
    return chart;
  }

  /** The grid: paints the title, each panel in its cell, the shared axis titles and legend. */
  static final class Grid extends XYChart {
    private final List<XYChart> panels;
    /** The panels' titles as given; what a cell shows may be shortened to fit ({@link #fitTitle}). */
    private final List<String> titles;
    private final int columns;
    private final List<String> names;
    private final String xTitle;
    private final String yTitle;

    Grid(int width, int height, List<XYChart> panels, int columns, List<String> names, String xTitle,
        String yTitle) {
      super(width, height);
      this.panels = panels;
      this.titles = panels.stream().map(XYChart::getTitle).toList();
      this.columns = columns;
      this.names = names;
      this.xTitle = xTitle;
      this.yTitle = yTitle;
    }

    List<XYChart> panels() {
      return panels;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setColor(Color.BLACK);
      g.setFont(ChartStyle.TITLE_FONT);
      FontMetrics title = g.getFontMetrics();
      g.drawString(getTitle(), (width - title.stringWidth(getTitle())) / 2f, 12 + title.getAscent());
      int left = 28; // room for the y axis title, written upwards
      int cellWidth = (width - left - 8) / columns;
      for (int i = 0; i < panels.size(); i++) {
        int x = left + (i % columns) * cellWidth;
        int y = TITLE_BAND + (i / columns) * PANEL_HEIGHT;
        fitTitle(g, panels.get(i), titles.get(i), cellWidth - 2 * TITLE_MARGIN);
        Graphics2D cell = (Graphics2D) g.create(x, y, cellWidth, PANEL_HEIGHT);
        panels.get(i).paint(cell, cellWidth, PANEL_HEIGHT);
        cell.dispose();
      }
      int rows = (panels.size() + columns - 1) / columns;
      g.setColor(Color.BLACK);
      g.setFont(ChartStyle.AXIS_TITLE_FONT);
      FontMetrics axis = g.getFontMetrics();
      int gridBottom = TITLE_BAND + rows * PANEL_HEIGHT;
      g.drawString(xTitle, (width - axis.stringWidth(xTitle)) / 2f, gridBottom + 4 + axis.getAscent());
      Graphics2D up = (Graphics2D) g.create();
      up.rotate(-Math.PI / 2);
      up.drawString(yTitle, -(TITLE_BAND + rows * PANEL_HEIGHT / 2f + axis.stringWidth(yTitle) / 2f),
          6 + axis.getAscent());
      up.dispose();
      if (names.size() > 1) {
        legend(g, width, gridBottom + 8 + 2 * axis.getHeight() - 4);
      }
    }

    /**
     * A panel's title in its cell: at the panel font if it fits, else in smaller type down to
     * {@link #SMALLEST_TITLE} points, else with its middle left out, because the end of a unit's
     * name (a school's number, "(rank 4)") is what tells panels apart and must never be cut off.
     */
    static void fitTitle(Graphics2D g, XYChart panel, String title, int width) {
      Font font = PANEL_TITLE_FONT;
      while (g.getFontMetrics(font).stringWidth(title) > width && font.getSize() > SMALLEST_TITLE) {
        font = font.deriveFont((float) font.getSize() - 1);
      }
      panel.getStyler().setChartTitleFont(font);
      panel.setTitle(withMiddleLeftOut(title, g.getFontMetrics(font), width));
    }

    /** {@code title}, or its start and end around an ellipsis, as wide as {@code width} at most. */
    static String withMiddleLeftOut(String title, FontMetrics m, int width) {
      if (m.stringWidth(title) <= width) {
        return title;
      }
      // from half and half, the start gives way first, down to a few letters: the end holds
      // the number and the rank that tell panels apart
      int keepStart = title.length() / 2;
      int keepEnd = title.length() - keepStart - 1;
      while (keepStart + keepEnd > 0) {
        if (keepStart > 4 || keepEnd == 0) {
          keepStart--;
        } else {
          keepEnd--;
        }
        String shown = title.substring(0, keepStart) + "\u2026" + title.substring(title.length() - keepEnd);
        if (m.stringWidth(shown) <= width) {
          return shown;
        }
      }
      return "\u2026";
    }

    /** One swatch and name per line, in one centred row. */
    private void legend(Graphics2D g, int width, int baseline) {
      g.setFont(ChartStyle.LEGEND_FONT);
      FontMetrics m = g.getFontMetrics();
      int total = 0;
      for (String name : names) {
        total += 28 + m.stringWidth(name) + 18;
      }
      float x = Math.max(4, (width - total) / 2f);
      for (int i = 0; i < names.size(); i++) {
        g.setColor(ChartStyle.colour(i));
        g.setStroke(ChartStyle.solidLine());
        float mid = baseline - m.getAscent() / 2f + 2;
        g.draw(new Line2D.Float(x, mid, x + 22, mid));
        g.setColor(Color.BLACK);
        g.drawString(names.get(i), x + 28, baseline);
        x += 28 + m.stringWidth(names.get(i)) + 18;
      }
    }
  }
}
