package leadsim.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;

/**
 * One chart beside a display: a live XChart panel when the model feeds it, otherwise a quiet
 * panel saying what is missing. Touched only on the Swing thread.
 */
final class ChartSlot {
    private final ChartFeed feed;
    private final DemoRun run;
    private final JPanel holder = new JPanel(new BorderLayout());
    private XYChart chart;
    private XChartPanel<XYChart> panel;
    private int shownDays = -1;

    ChartSlot(ChartFeed feed, DemoRun run, Dimension size) {
        this.feed = feed;
        this.run = run;
        holder.setPreferredSize(size);
        holder.setBackground(Color.WHITE);
        String missing = feed.unavailable(run);
        if (missing == null) {
            chart = DemoCharts.create(feed, size.width, size.height);
            DemoCharts.update(chart, feed.series(run));
            panel = new XChartPanel<>(chart);
            holder.add(panel, BorderLayout.CENTER);
        } else {
            holder.add(placeholder(feed.title(), missing, size.width - 40), BorderLayout.CENTER);
        }
    }

    private static JComponent placeholder(String title, String missing, int width) {
        // a fixed width makes the HTML wrap, so a long reason stays inside the card
        JLabel label = new JLabel("<html><div style='text-align:center; width:" + width + "px'><b>" + title + "</b><br><br>"
                + missing + "</div></html>", SwingConstants.CENTER);
        label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        label.setForeground(new Color(0x78909C));
        label.setOpaque(true);
        label.setBackground(new Color(0xF5F7F9));
        label.setBorder(BorderFactory.createDashedBorder(new Color(0xB0BEC5), 4, 3));
        return label;
    }

    JComponent component() {
        return holder;
    }

    /** Redraws with the days completed so far (only when a day has passed, or after a restart). */
    void refresh() {
        if (chart == null) {
            return;
        }
        int days = run.series().days();
        if (days != shownDays) {
            shownDays = days;
            DemoCharts.update(chart, feed.series(run));
            panel.repaint();
        }
    }
}
