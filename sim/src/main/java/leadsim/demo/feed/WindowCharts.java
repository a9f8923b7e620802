package leadsim.demo.feed;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
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
 * narrow), a column beside it for one run, and under them one key naming every chart's lines
 * ({@link ChartKey}) in type a room can read, the charts taking the height the key leaves. The
 * window shows other feeds when a school of a district is opened ({@link #show}) and refreshes
 * them as days pass ({@link #refresh}). Touched only on the Swing thread.
 */
public final class WindowCharts {
    private static final int GAP = 4;

    private final DemoRun run;
    private final boolean below;
    private final float type;
    /** The whole chart area: the row under the display, or the column beside it. */
    private final Dimension area;
    private final JPanel panel = new JPanel(new BorderLayout(0, 0));
    private final JPanel grid = new JPanel();
    private final List<ChartSlot> slots = new ArrayList<>();
    private List<ChartFeed> shown = List.of();
    /** The key's height at least: the tallest key of the windows compared, so their charts are as tall. */
    private int keyFloor;
    private ChartKey key = ChartKey.of(List.of(), List.of(), 0);
    private final JComponent keyView = new JComponent() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            key.paint((Graphics2D) g, 0, 0, getWidth());
        }
    };

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
        if (below) {
            area = new Dimension(bounds.width - 8, Math.max(140, Math.round(bounds.height * (bounds.height < 700 ? 0.25f : 0.28f))));
        } else {
            area = new Dimension(columnWidth(bounds), bounds.height - north - 8);
        }
        panel.setBorder(BorderFactory.createEmptyBorder(GAP, GAP, GAP, GAP));
        panel.setBackground(Color.WHITE);
        panel.setPreferredSize(new Dimension(area.width + 2 * GAP, area.height + 2 * GAP));
        grid.setBackground(Color.WHITE);
        keyView.setOpaque(true);
        panel.add(grid, BorderLayout.CENTER);
        panel.add(keyView, BorderLayout.SOUTH);
    }

    /** The width of the chart column beside the display of a single run. */
    public static int columnWidth(Rectangle bounds) {
        return Math.max(380, Math.min(620, Math.round(bounds.width * 0.32f)));
    }

    /** The chart area's size: the row's height under the display, the column's width beside it. */
    public Dimension area() {
        return area;
    }

    /** The panel the window places under or beside its display. */
    public JComponent component() {
        return panel;
    }

    /** The charts of these feeds, in a row (under the display) or a column (beside it), and their key. */
    public void show(List<ChartFeed> feeds) {
        shown = List.copyOf(feeds);
        slots.clear();
        grid.removeAll();
        int k = Math.max(1, feeds.size());
        grid.setLayout(below ? new GridLayout(1, k, GAP, 0) : new GridLayout(k, 1, 0, GAP));
        // the charts' width sets their labels (short names in a narrow chart), which the key
        // lists; then the charts are made at the height the key leaves, so each knows what fits
        List<ChartSlot> made = make(feeds, chartSize(k, 0));
        int keyHeight = Math.max(keyFloor, ChartKey.of(titles(made), charts(made), type).height(area.width));
        if (keyHeight > 0) {
            made = make(feeds, chartSize(k, keyHeight));
        }
        for (ChartSlot slot : made) {
            slots.add(slot);
            grid.add(slot.component());
        }
        rekey();
        panel.revalidate();
        panel.repaint();
    }

    /** The size of each of k charts when the key takes {@code keyHeight} of the area. */
    private Dimension chartSize(int k, int keyHeight) {
        return below ? new Dimension((area.width - (k - 1) * GAP) / k, area.height - keyHeight)
                : new Dimension(area.width, (area.height - keyHeight - (k - 1) * GAP) / k);
    }

    private List<ChartSlot> make(List<ChartFeed> feeds, Dimension size) {
        return feeds.stream().map(feed -> new ChartSlot(feed, run, size, type, true)).toList();
    }

    /** Redraws each chart with the days so far, on its shared y-axis top. */
    public void refresh(Map<String, Double> tops) {
        slots.forEach(c -> c.refresh(tops.get(c.feed().id())));
        if (!key.labels().equals(ChartKey.of(titles(slots), charts(slots), type).labels())) {
            rekey(); // a line appeared (a chart's first days): the key names it
            panel.revalidate();
            keyView.repaint();
        }
    }

    private void rekey() {
        key = ChartKey.of(titles(slots), charts(slots), type);
        keyView.setPreferredSize(new Dimension(area.width, Math.max(keyFloor, key.height(area.width))));
    }

    /** The height the key takes (its own rows, or the compared windows' tallest key). */
    public int keyHeight() {
        return Math.max(keyFloor, key.height(area.width));
    }

    /**
     * Makes the key at least {@code height} tall (the tallest key of the windows compared), so
     * every window's charts are as tall and a value is as high in both; the charts are laid out
     * again when that changes their height.
     */
    public void keyAtLeast(int height) {
        if (height != keyFloor) {
            keyFloor = height;
            show(shown);
        }
    }

    private static List<String> titles(List<ChartSlot> slots) {
        return slots.stream().map(s -> s.feed().shortTitle()).toList();
    }

    private static List<DemoChart> charts(List<ChartSlot> slots) {
        return slots.stream().map(ChartSlot::chart).toList();
    }

    /** The charts shown (for tests: what each drew last). */
    public List<ChartSlot> slots() {
        return List.copyOf(slots);
    }

    /** The key under the charts. */
    public ChartKey key() {
        return key;
    }

    /** A legend as drawn: the names it shows and the size of its type in pixels. */
    public record DrawnLegend(List<String> labels, float type) {}

    /** Every legend in the panel: each chart's own (none while the key names their lines) and the key. */
    public List<DrawnLegend> legends() {
        List<DrawnLegend> out = new ArrayList<>();
        for (ChartSlot slot : slots) {
            DemoChart chart = slot.chart();
            if (chart.legendType() > 0) {
                out.add(new DrawnLegend(chart.getSeriesMap().values().stream().map(s -> s.getLabel()).toList(), chart.legendType()));
            }
        }
        if (!key.isEmpty()) {
            out.add(new DrawnLegend(key.labels(), key.type()));
        }
        return out;
    }
}
