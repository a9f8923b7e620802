package leadsim.demo.feed;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JPanel;
import leadsim.demo.DemoRun;

/**
 * One live chart beside a display, for a feed the run has (a window shows no panel for a
 * mechanism that is off). Touched only on the Swing thread.
 */
public final class ChartSlot {
    private final ChartFeed feed;
    private final DemoRun run;
    private final JPanel holder = new JPanel(new BorderLayout());
    private final DemoChart chart;
    private final JComponent panel;
    private int shownDays = -1;
    private Double shownTop;

    /** @param keyed true when the window's key names the lines ({@link ChartKey}): no legend in the chart */
    public ChartSlot(ChartFeed feed, DemoRun run, Dimension size, float base, boolean keyed) {
        this.feed = feed;
        this.run = run;
        holder.setPreferredSize(size);
        holder.setBackground(Color.WHITE);
        chart = DemoCharts.create(feed, size.width, size.height, base);
        chart.legendInKey(keyed);
        DemoCharts.update(chart, feed.series(run), null);
        // the chart painted at the panel's size, as a picture paints it (XChartPanel would add a
        // save-and-print menu no room needs, and cannot be made without a screen, so no test could
        // lay out a window's charts)
        panel = new JComponent() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(java.awt.Graphics g) {
                java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
                try {
                    chart.paint(g2, getWidth(), getHeight());
                } finally {
                    g2.dispose();
                }
            }
        };
        holder.add(panel, BorderLayout.CENTER);
    }

    public ChartFeed feed() {
        return feed;
    }

    public JComponent component() {
        return holder;
    }

    /** The chart drawn (for tests: where its last paint put its legend, and in what type). */
    public DemoChart chart() {
        return chart;
    }

    /**
     * Redraws with the days completed so far (only when a day has passed, after a restart, or
     * when the shared top of the y axis moved).
     */
    public void refresh(Double top) {
        int days = run.series().days();
        if (days != shownDays || !java.util.Objects.equals(top, shownTop)) {
            shownDays = days;
            shownTop = top;
            DemoCharts.update(chart, feed.series(run), top);
            panel.repaint();
        }
    }
}
