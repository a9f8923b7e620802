package leadsim.demo.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.RunWindow;
import leadsim.demo.SnapshotImages;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.Palette;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * Words on the display itself: the colour legend (and the mode's note on the state now), role
 * names beside their rows, and why a mode shows nothing in this run. The title (school, day,
 * rights and culture) and the lesson's caption are set in large type around the display, by the
 * window ({@link RunWindow}) and the pictures ({@link SnapshotImages}) alike. Drawn last, over the organisation, in the bands the layout leaves free.
 */
public final class OverlayPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color INK = Palette.INK;
    private static final Color MUTED = Palette.MUTED;
    /** The legend's words for the lit paths. */
    static final String PATH_KEY = "path of a need (fades in a day)";
    private final RunPortrayals view;

    OverlayPortrayal(RunPortrayals view) {
        this.view = view;
        setField(view); // MASON wants a field; the overlay reads everything from the view
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new OvalPortrayal2D();
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        OrgLayout layout = view.layout();
        if (layout == null || view.showsOverview()) {
            return; // a district's overview draws its own legends
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double unit = info.draw.width / layout.width;
        float base = (float) Math.max(11, Math.min(26, unit * 2.0)); // legend and role names readable on a slide
        double x0 = info.draw.x;
        double y0 = info.draw.y;
        DemoRun run = view.run();
        ColourMode mode = view.colours().mode();


        // role names beside their rows
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, Math.round(base * 0.8f)));
        g.setColor(MUTED);
        for (OrgLayout.Label label : layout.labels) {
            g.drawString(label.text(), (float) (x0 + label.x() * unit), (float) (y0 + label.y() * unit + base * 0.3));
        }

        String note = view.schoolShown() == OrgLayout.WHOLE ? mode.note(run) : mode.noteIn(run, view.schoolShown());
        legend(g, mode.legend(), note, x0 + info.draw.width - unit, y0 + unit * 1.2, unit * 30, base);

        String missing = mode.unavailable(run);
        if (missing != null) {
            box(g, missing, x0 + info.draw.width * 0.15, y0 + info.draw.height * 0.45, info.draw.width * 0.7, base * 1.1f,
                    new Color(255, 255, 255, 225), INK);
        }
        g.setStroke(new BasicStroke(1f));
    }

    /**
     * The colour scale with its title and end labels, the key to the lit paths and the mode's
     * note, right-aligned at {@code right}; returns the legend's left edge.
     */
    private static double legend(Graphics2D g, ColourMode.Legend legend, String note, double right, double y, double barWidth,
                               float base) {
        String key = PATH_KEY;
        // on a small display the legend keeps to its band (right of the principal): smaller type
        float size = base * 0.8f;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
        while (size > 7 && g.getFontMetrics().stringWidth(key) * 1.25 > barWidth) {
            size -= 0.5f;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
        }
        FontMetrics fm = g.getFontMetrics();
        double keyLine = fm.getHeight() * 2.0;
        double w = Math.max(barWidth, Math.max(fm.stringWidth(legend.title()), keyLine + fm.getHeight() * 0.5 + fm.stringWidth(key)));
        double x = right - w;
        g.setColor(INK);
        g.drawString(legend.title(), (float) x, (float) (y + fm.getAscent()));
        double barY = y + fm.getHeight() + 2;
        double barH = Math.max(8, base * 0.7);
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            g.setColor(legend.ramp().at(i / (steps - 1.0)));
            g.fill(new java.awt.geom.Rectangle2D.Double(x + w * i / steps, barY, w / steps + 1, barH));
        }
        g.setColor(MUTED);
        g.draw(new java.awt.geom.Rectangle2D.Double(x, barY, w, barH));
        double labelY = barY + barH + fm.getAscent() + 1;
        g.setColor(INK);
        g.drawString(legend.low(), (float) x, (float) labelY);
        g.drawString(legend.high(), (float) (x + w - fm.stringWidth(legend.high())), (float) labelY);
        // the path key: an orange stroke fading out, as the lit edges do
        double keyY = labelY + fm.getHeight() * 0.9;
        g.setStroke(new BasicStroke((float) Math.max(3, base * 0.35), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Color lit = FlashEdgePortrayal.LIT;
        g.setPaint(new GradientPaint((float) x, 0, lit, (float) (x + keyLine), 0,
                new Color(lit.getRed(), lit.getGreen(), lit.getBlue(), 50)));
        g.drawLine((int) x, (int) keyY, (int) (x + keyLine), (int) keyY);
        g.setColor(INK);
        g.drawString(key, (float) (x + keyLine + fm.getHeight() * 0.5), (float) (keyY + fm.getAscent() / 2.0 - 1));
        g.setStroke(new BasicStroke(1f));
        if (note != null) {
            // the state now (which practice leads, where the champion is), right-aligned under the key
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size)));
            FontMetrics bold = g.getFontMetrics();
            g.drawString(note, (float) (right - bold.stringWidth(note)), (float) (keyY + fm.getHeight() * 1.1 + fm.getAscent() / 2.0));
        }
        return x;
    }

    /** Text wrapped into a rounded box of the given width. */
    private static void box(Graphics2D g, String text, double x, double y, double w, float size, Color fill, Color ink) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
        FontMetrics fm = g.getFontMetrics();
        double pad = size * 0.6;
        List<String> lines = wrap(text, fm, w - 2 * pad);
        double h = lines.size() * fm.getHeight() + 2 * pad;
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(x, y, w, h, size, size);
        g.setColor(fill);
        g.fill(r);
        g.setColor(new Color(0xB0BEC5));
        g.draw(r);
        g.setColor(ink);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), (float) (x + pad), (float) (y + pad + fm.getAscent() + i * fm.getHeight()));
        }
    }

    public static List<String> wrap(String text, FontMetrics fm, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                String tryLine = line.length() == 0 ? word : line + " " + word;
                if (fm.stringWidth(tryLine) > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tryLine);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
