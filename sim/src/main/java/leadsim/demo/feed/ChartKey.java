package leadsim.demo.feed;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import leadsim.demo.colour.Palette;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * One key for a window's charts, across the foot of the charts, instead of a legend inside each.
 * A chart a third of a compared window wide (210 px on a 1280x720 projector) cannot hold the
 * names of a Long Beach school's eight roles and bodies in type a room can read and still show
 * its lines; a key as wide as the window holds them in two or three rows. A line's colour
 * follows its name in every chart ({@link SeriesColours}), so a name is listed once; when two
 * charts name their lines differently, each chart's names follow its short title ("Reform:") on
 * a row of their own, since two charts may use one colour for different lines. Drawn the same in the window and in a
 * picture.
 */
public final class ChartKey {
    /**
     * The smallest type a room reads, in pixels on a 1280x720 projector. A pixel there is 1/720
     * of the screen's height and the back row sits about eight screen heights away; 12 px type
     * has capitals about 9 px tall (DejaVu Sans), which at that distance subtend about 5.4
     * minutes of arc, just over the 5 minutes a normally sighted reader needs to make out a
     * letter. Smaller type (the 9 px legends had) is a blur from the back of the room.
     */
    public static final int LEGIBLE = 12;

    /** A line's name and colour, or (colour null) a chart's title before its names. */
    record Entry(String label, Color colour) {
        boolean heading() {
            return colour == null;
        }
    }

    private final List<Entry> entries;
    private final Font font;
    private final Font bold;

    private ChartKey(List<Entry> entries, float type) {
        this.entries = entries;
        this.font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(type));
        this.bold = font.deriveFont(Font.BOLD);
    }

    /**
     * The key of these charts (with their short titles), from the names and colours they draw;
     * a chart of one line has none (its title names it). Type a little smaller than the charts'
     * ticks ({@code base}), never below {@link #LEGIBLE}.
     */
    public static ChartKey of(List<String> titles, List<? extends XYChart> charts, float base) {
        List<List<Entry>> groups = new ArrayList<>();
        List<Entry> listed = new ArrayList<>();
        for (XYChart chart : charts) {
            List<Entry> group = new ArrayList<>();
            List<XYSeries> lines = chart.getSeriesMap().values().stream().filter(XYSeries::isEnabled).toList();
            if (lines.size() > 1) {
                for (XYSeries line : lines) {
                    Entry e = new Entry(line.getLabel(), line.getLineColor());
                    if (!listed.contains(e)) {
                        listed.add(e);
                        group.add(e);
                    }
                }
            }
            groups.add(group);
        }
        boolean headings = groups.stream().filter(g -> !g.isEmpty()).count() > 1;
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).isEmpty()) {
                if (headings) {
                    entries.add(new Entry(titles.get(i) + ":", null));
                }
                entries.addAll(groups.get(i));
            }
        }
        return new ChartKey(entries, Math.max(LEGIBLE, Math.round(base * 0.87f)));
    }

    /** The size of the key's type in pixels. */
    public float type() {
        return font.getSize2D();
    }

    /** The names of the lines, in order (not the charts' titles). */
    public List<String> labels() {
        return entries.stream().filter(e -> !e.heading()).map(Entry::label).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The height the key takes at this width, with a little room above and below it. */
    public int height(double width) {
        if (entries.isEmpty()) {
            return 0;
        }
        FontMetrics fm = metrics(font);
        return (int) Math.ceil(flow(fm, metrics(bold), width).rows() * rowHeight(fm) + 2 * pad());
    }

    /** Paints the key at (x, y), {@code width} wide; returns where it drew. */
    public Rectangle2D paint(Graphics2D g, double x, double y, double width) {
        if (entries.isEmpty()) {
            return new Rectangle2D.Double(x, y, 0, 0);
        }
        Graphics2D k = (Graphics2D) g.create();
        try {
            k.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            k.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // the metrics height() measured with, so the rows painted are the rows reserved
            FontMetrics fm = metrics(font);
            LegendRows.Flow flow = flow(fm, metrics(bold), width);
            double top = y + pad();
            double right = x;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                double ex = x + flow.x()[i];
                double ey = top + flow.row()[i] * rowHeight(fm);
                double baseline = ey + fm.getAscent();
                if (e.heading()) {
                    k.setFont(bold);
                    k.setColor(Palette.INK);
                    k.drawString(e.label(), (float) ex, (float) baseline);
                    right = Math.max(right, ex + metrics(bold).stringWidth(e.label()));
                    continue;
                }
                double mid = ey + fm.getHeight() / 2.0;
                k.setColor(e.colour());
                k.setStroke(new BasicStroke(Math.max(2.5f, font.getSize() / 5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                k.draw(new Line2D.Double(ex, mid, ex + lineLength(), mid));
                k.setFont(font);
                k.setColor(Palette.INK);
                k.drawString(e.label(), (float) (ex + lineLength() + gap()), (float) baseline);
                right = Math.max(right, ex + lineLength() + gap() + fm.stringWidth(e.label()));
            }
            return new Rectangle2D.Double(x, y, right - x, height(width));
        } finally {
            k.dispose();
        }
    }

    /** Each entry's place: a chart's title starts a row, its names after it. */
    private LegendRows.Flow flow(FontMetrics fm, FontMetrics boldMetrics, double width) {
        double[] widths = new double[entries.size()];
        boolean[] starts = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            widths[i] = e.heading() ? boldMetrics.stringWidth(e.label()) : lineLength() + gap() + fm.stringWidth(e.label());
            starts[i] = e.heading();
        }
        return LegendRows.flow(widths, starts, width, font.getSize() * 1.1);
    }

    private double lineLength() {
        return font.getSize() * 1.4;
    }

    private double gap() {
        return font.getSize() * 0.35;
    }

    private double pad() {
        return font.getSize() * 0.3;
    }

    private static double rowHeight(FontMetrics fm) {
        return fm.getHeight() + 1;
    }

    /** Font metrics without a screen (the window's and a picture's agree: both antialiased). */
    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
