package leadsim.demo.feed;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import leadsim.demo.DemoRun;

/**
 * The live charts of one run window: a row under the display when comparing (the windows are
 * narrow), a column beside it for one run, each chart the size the window leaves it. The window
 * shows other feeds when a school of a district is opened ({@link #show}) and refreshes them as
 * days pass ({@link #refresh}). Touched only on the Swing thread.
 */
public final class WindowCharts {
    private final DemoRun run;
    private final boolean below;
    private final float type;
    private final Dimension size;
    private final JPanel panel = new JPanel();
    private final List<ChartSlot> slots = new ArrayList<>();

    /**
     * @param bounds the window's bounds
     * @param below  true for a row under the display, false for a column beside it
     * @param type   the charts' base type in pixels ({@code WindowPlan.chartType})
     * @param north  the height of the window's title band and toolbars (a column is as tall as the rest)
     */
    public WindowCharts(DemoRun run, Rectangle bounds, boolean below, float type, int north) {
        this.run = run;
        this.below = below;
        this.type = type;
        // a district's overview and its schools have as many charts as a single school at most
        int k = Math.max(1, run.isDistrict() ? ChartFeeds.all().size() - 1 : ChartFeeds.of(run).size());
        if (below) {
            int height = Math.max(140, Math.round(bounds.height * (bounds.height < 700 ? 0.25f : 0.28f)));
            size = new Dimension((bounds.width - 8) / k, height);
        } else {
            size = new Dimension(columnWidth(bounds), Math.max(150, (bounds.height - north - 8) / k));
        }
        panel.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        panel.setBackground(Color.WHITE);
    }

    /** The width of the chart column beside the display of a single run. */
    public static int columnWidth(Rectangle bounds) {
        return Math.max(380, Math.min(620, Math.round(bounds.width * 0.32f)));
    }

    /** The size of one chart. */
    public Dimension size() {
        return size;
    }

    /** The panel the window places under or beside its display. */
    public JComponent component() {
        return panel;
    }

    /** The charts of these feeds, in a row (under the display) or a column (beside it). */
    public void show(List<ChartFeed> feeds) {
        slots.clear();
        panel.removeAll();
        int k = Math.max(1, feeds.size());
        panel.setLayout(below ? new GridLayout(1, k, 4, 0) : new GridLayout(k, 1, 0, 4));
        for (ChartFeed feed : feeds) {
            ChartSlot slot = new ChartSlot(feed, run, size, type);
            slots.add(slot);
            panel.add(slot.component());
        }
        panel.revalidate();
        panel.repaint();
    }

    /** Redraws each chart with the days so far, on its shared y-axis top. */
    public void refresh(Map<String, Double> tops) {
        slots.forEach(c -> c.refresh(tops.get(c.feed().id())));
    }

    /** The charts shown (for tests: what each drew last). */
    public List<ChartSlot> slots() {
        return List.copyOf(slots);
    }

    /** A legend as last painted: the names it shows and the size of its type in pixels. */
    public record DrawnLegend(List<String> labels, float type) {}

    /** Every legend the last paint drew in the panel (a chart of one line has none). */
    public List<DrawnLegend> legends() {
        List<DrawnLegend> out = new ArrayList<>();
        for (ChartSlot slot : slots) {
            DemoChart chart = slot.chart();
            if (chart.legendType() > 0) {
                out.add(new DrawnLegend(chart.getSeriesMap().values().stream().map(s -> s.getLabel()).toList(), chart.legendType()));
            }
        }
        return out;
    }
}
