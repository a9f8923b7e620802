package leadsim.demo.feed;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * A demo chart whose legend, when the chart is narrow, sits in rows under the plot, wrapped to
 * the chart's width, instead of inside the plot over the lines (XChart's own legend, outside at
 * the south, is a single row or a single column: cut off or taller than the chart). The plot
 * is drawn in what is left above it, so the legend never hides a line. Wide charts keep XChart's
 * own legend beside the plot ({@code OutsideE}). A chart whose window draws one key for all its
 * charts ({@link ChartKey}) draws no legend of its own ({@link #legendInKey}). Drawn the same in
 * the live panel and in a PNG (both call {@link #paint}).
 */
public final class DemoChart extends XYChart {
    /** Never give the legend more than this share of the chart's height: smaller type first. */
    private static final double MOST_OF_HEIGHT = 0.4;
    /**
     * The smallest legend type, in pixels: below it the legend wraps onto more rows instead (a
     * room cannot read smaller type; see {@link ChartKey#LEGIBLE}).
     */
    private static final int SMALLEST_TYPE = ChartKey.LEGIBLE;

    private boolean rows;
    private boolean visible;
    /** True when the window's key names this chart's lines: no legend of its own. */
    private boolean keyed;
    private Rectangle2D legendBounds;
    /** The type the last paint set the legend in, in pixels (0 before the first paint, or with no legend). */
    private float legendType;

    DemoChart(int width, int height) {
        super(width, height);
    }

    /** Draw the legend in rows under the plot (narrow charts) rather than XChart's own. */
    void legendInRows(boolean on) {
        rows = on;
    }

    /** Whether the legend is drawn at all (a chart of one series has none). */
    void legendVisible(boolean on) {
        visible = on && !keyed;
        getStyler().setLegendVisible(visible && !rows);
    }

    /** The window's key names this chart's lines ({@link ChartKey}): the chart draws no legend. */
    public void legendInKey(boolean on) {
        keyed = on;
        legendVisible(visible);
    }

    /** True when the legend is in rows under the plot. */
    public boolean legendInRows() {
        return rows;
    }

    /** Where the last paint put the legend: XChart's own box, the rows under the plot, or null when none was drawn. */
    public Rectangle2D legendBounds() {
        if (!visible) {
            return null;
        }
        return rows ? legendBounds : xchartLegendBounds();
    }

    /**
     * XChart's own legend box where it is drawn: its bounds are kept at the origin and moved by
     * offsets it keeps to itself (package-private in XChart 3.8), read here for tests and checks.
     */
    private Rectangle2D xchartLegendBounds() {
        Rectangle2D box = legend.getBounds();
        if (box == null) {
            return null;
        }
        try {
            double x = offset("xOffset");
            double y = offset("yOffset");
            return new Rectangle2D.Double(box.getX() + x, box.getY() + y, box.getWidth(), box.getHeight());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("XChart's legend no longer keeps its offsets as 3.8 did", e);
        }
    }

    private double offset(String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = org.knowm.xchart.internal.chartpart.Legend_.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.getDouble(legend);
    }

    /** The size of the type the last paint set the legend in, in pixels; 0 when no legend was drawn. */
    public float legendType() {
        return legendType;
    }

    /** Where the last paint put the plot (the axes' box, lines inside it). */
    public Rectangle2D plotBounds() {
        return plot.getBounds();
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (!rows || !visible) {
            legendBounds = null;
            legendType = visible ? getStyler().getLegendFont().getSize2D() : 0;
            super.paint(g, width, height);
            return;
        }
        List<XYSeries> series = new ArrayList<>();
        for (XYSeries s : getSeriesMap().values()) {
            if (s.isEnabled()) {
                series.add(s);
            }
        }
        int pad = Math.max(2, getStyler().getChartPadding());
        Font font = getStyler().getLegendFont();
        Layout layout = layout(g, series, font, width - 2 * pad);
        // smaller type rather than a plot squeezed to nothing
        while (layout.height > height * MOST_OF_HEIGHT && font.getSize() > SMALLEST_TYPE) {
            font = font.deriveFont((float) font.getSize() - 1);
            layout = layout(g, series, font, width - 2 * pad);
        }
        int legendHeight = (int) Math.ceil(layout.height) + pad;
        super.paint(g, width, height - legendHeight);
        setHeight(height); // the chart is as tall as before: the legend is part of it
        // XChart paints only the part it was given: the strip under it is the legend's
        Graphics2D lg = (Graphics2D) g.create();
        try {
            lg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            lg.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double top = height - legendHeight;
            lg.setColor(getStyler().getChartBackgroundColor());
            lg.fill(new Rectangle2D.Double(0, top, width, legendHeight));
            lg.setFont(font);
            legendType = font.getSize2D();
            FontMetrics fm = lg.getFontMetrics();
            double lineLength = layout.lineLength;
            double right = 0;
            for (int i = 0; i < series.size(); i++) {
                XYSeries s = series.get(i);
                double x = pad + layout.x[i];
                double y = top + layout.y[i];
                double mid = y + fm.getHeight() / 2.0;
                lg.setColor(s.getLineColor());
                lg.setStroke(new BasicStroke(Math.max(2f, font.getSize() / 6f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                lg.draw(new Line2D.Double(x, mid, x + lineLength, mid));
                lg.setColor(getStyler().getChartFontColor());
                lg.drawString(s.getLabel(), (float) (x + lineLength + layout.gap), (float) (y + fm.getAscent()));
                right = Math.max(right, x + layout.width[i]);
            }
            legendBounds = new Rectangle2D.Double(pad, top, Math.max(0, right - pad), layout.height);
        } finally {
            lg.dispose();
        }
    }

    /** Where each entry goes (left to right, a new row when the next would not fit), and the rows' height. */
    private static Layout layout(Graphics2D g, List<XYSeries> series, Font font, double width) {
        FontMetrics fm = g.getFontMetrics(font);
        double lineLength = font.getSize() * 1.4;
        double gap = font.getSize() * 0.35;
        double between = font.getSize() * 0.9;
        double rowHeight = fm.getHeight() + 2;
        Layout out = new Layout(series.size(), lineLength, gap);
        for (int i = 0; i < series.size(); i++) {
            out.width[i] = lineLength + gap + fm.stringWidth(series.get(i).getLabel());
        }
        LegendRows.Flow flow = LegendRows.flow(out.width, null, width, between);
        for (int i = 0; i < series.size(); i++) {
            out.x[i] = flow.x()[i];
            out.y[i] = flow.row()[i] * rowHeight;
        }
        out.height = flow.rows() * rowHeight;
        return out;
    }

    private static final class Layout {
        final double[] x;
        final double[] y;
        final double[] width;
        final double lineLength;
        final double gap;
        double height;

        Layout(int n, double lineLength, double gap) {
            x = new double[n];
            y = new double[n];
            width = new double[n];
            this.lineLength = lineLength;
            this.gap = gap;
        }
    }
}
