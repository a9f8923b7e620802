package leadsim.demo.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.Palette;
import leadsim.demo.colour.TileModes;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * A district's overview on the MASON display, drawn from the description the browser draws
 * ({@link DistrictPicture}): the legends of the tiles and of the office's people, the central
 * office (its people as discs, its bodies as boxes), and a tile per school with its name, its
 * value and its principal's post. Draws nothing while a school is shown on its own, or for a
 * single school. Remembers where it drew the tiles, so a click can open one.
 */
public final class DistrictPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final RunPortrayals view;
    /** Where the last drawing put each tile, in the display's pixels. */
    private transient List<Rectangle2D> tiles = List.of();
    /** The layout the last drawing fitted to the display (its tiles in the model's order of schools). */
    private transient DistrictPicture.Layout laidOut;

    DistrictPortrayal(RunPortrayals view) {
        this.view = view;
        setField(view); // MASON wants a field; the overview reads everything from the view
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new OvalPortrayal2D();
    }

    /** Where the tiles were drawn last, in the display's pixels (for tests). */
    public List<Rectangle2D> drawnTiles() {
        return tiles;
    }

    /** The layout the last drawing fitted to the display (for tests: what it said over the tiles). */
    public DistrictPicture.Layout drawnLayout() {
        return laidOut;
    }

    /** The school whose tile was drawn at this point of the display, or null. */
    public String schoolAt(Point2D point) {
        DistrictPicture district = view.district();
        if (district == null || !view.showsOverview()) {
            return null;
        }
        List<Rectangle2D> drawn = tiles;
        DistrictPicture.Layout layout = laidOut;
        for (int i = 0; layout != null && i < drawn.size(); i++) {
            if (drawn.get(i).contains(point)) {
                return layout.tiles().get(i).school();
            }
        }
        return null;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        DistrictPicture district = view.district();
        if (district == null || !view.showsOverview()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        ColourMode mode = view.colours().mode();
        DistrictPicture.State state = district.state(mode.id());
        // the display's field has a caption band at its foot, below the fold: the overview fills
        // what is above it (OverviewFit), at one scale with any overview shown beside it
        // (OverviewScale), centred across when drawn smaller
        double scale = info.draw.width / view.layout().width;
        OverviewFit fit = view.overviewScale().fit(view, info.draw.width, info.draw.height - (OrgLayout.CAPTION_BAND - 1) * scale);
        DistrictPicture.Layout layout = fit.layout();
        laidOut = layout;
        double u = fit.unit();
        double x0 = info.draw.x + (info.draw.width - layout.width() * u) / 2;
        double y0 = info.draw.y - fit.top() * u;
        // the legends: the tiles' and the office people's, and the state now under them
        legend(g, TileModes.of(mode.id()).legend(view.run()), null, x0 + u, y0 + 5.2 * u, 30 * u, u);
        ColourMode.Legend people = mode.legend();
        String peopleTitle = "Office people: " + Character.toLowerCase(people.title().charAt(0)) + people.title().substring(1);
        legend(g, people, peopleTitle, x0 + 52 * u, y0 + 5.2 * u, 30 * u, u);
        if (state.note() != null) {
            g.setFont(font(Font.BOLD, 1.36 * u));
            g.setColor(Palette.INK);
            g.drawString(state.note(), (float) (x0 + u), (float) (y0 + 12.4 * u));
        }
        // the office
        RoundRectangle2D.Double band = new RoundRectangle2D.Double(x0 + 0.5 * u, y0 + layout.officeTop() * u, (layout.width() - 1) * u,
                (layout.officeBottom() - layout.officeTop()) * u, 2 * u, 2 * u);
        g.setColor(Palette.HALO_FILL);
        g.fill(band);
        g.setColor(Palette.HALO_EDGE);
        g.draw(band);
        g.setColor(Palette.REPORTING);
        for (DistrictPicture.Tile t : layout.tiles()) {
            double cx = x0 + (t.x() + t.w() / 2) * u;
            g.draw(new Line2D.Double(cx, y0 + layout.officeBottom() * u, cx, y0 + t.y() * u));
        }
        for (int i = 0; i < layout.office().size(); i++) {
            office(g, layout.office().get(i), state.officeFills().get(i), state.officeBadges().get(i), x0, y0, u);
        }
        g.setColor(Palette.MUTED);
        g.setFont(font(Font.ITALIC, 1.2 * u));
        for (SchoolPicture.Text label : layout.labels()) {
            if (layout.scaleNote() != null && label.text().equals(DistrictPicture.SCHOOLS)) {
                // at one scale with the district beside: said in place of "schools", in type a room reads
                g.setColor(Palette.INK);
                g.setFont(font(Font.BOLD, Math.max(1.3 * u, 12)));
                g.drawString(layout.scaleNote(), (float) (x0 + label.x() * u), (float) (y0 + label.y() * u));
                g.setColor(Palette.MUTED);
                g.setFont(font(Font.ITALIC, 1.2 * u));
                continue;
            }
            g.drawString(label.text(), (float) (x0 + label.x() * u), (float) (y0 + label.y() * u));
        }
        g.drawString(layout.hint(), (float) (x0 + u), (float) (y0 + layout.hintY() * u));
        // the schools
        List<Rectangle2D> drawn = new java.util.ArrayList<>();
        for (int i = 0; i < layout.tiles().size(); i++) {
            drawn.add(tile(g, layout.tiles().get(i), state.tiles().get(i), x0, y0, u));
        }
        tiles = drawn;
        if (state.unavailable() != null) {
            g.setFont(font(Font.PLAIN, 1.8 * u));
            g.setColor(Palette.INK);
            g.drawString(state.unavailable(), (float) (x0 + 10 * u), (float) (y0 + (layout.height() - 8) * u));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static Rectangle2D tile(Graphics2D g, DistrictPicture.Tile t, DistrictPicture.TileState s, double x0, double y0, double u) {
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x0 + t.x() * u, y0 + t.y() * u, t.w() * u, t.h() * u, 2 * u, 2 * u);
        Color fill = Color.decode(s.fill());
        g.setColor(fill);
        g.fill(box);
        g.setColor(Palette.RIM);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.15 * u)));
        g.draw(box);
        g.setColor(ink(fill));
        double cx = box.getCenterX();
        // the words grow and shrink with the tile (a fitted tile may be larger or smaller than the
        // 15 units laid out alone), but not below 12 px (13 for the name) while the tile has room
        // for three such lines
        double k = Math.max(0.6, Math.min(1.6, t.h() / 15));
        double h = t.h() * u;
        centred(g, s.school(), font(Font.BOLD, Math.max(2.6 * k * u, Math.min(13, 0.28 * h))), cx, box.y + h * 0.36, t.w() * u - u);
        centred(g, s.words(), font(Font.PLAIN, Math.max(1.6 * k * u, Math.min(12, 0.22 * h))), cx, box.y + h * 0.62, t.w() * u - u);
        centred(g, s.leaders(), font(Font.ITALIC, Math.max(1.3 * k * u, Math.min(12, 0.2 * h))), cx, box.y + h * 0.84, t.w() * u - u);
        return box.getBounds2D();
    }

    private static void office(Graphics2D g, SchoolPicture.Node n, String fillHex, String badge, double x0, double y0, double u) {
        Color fill = Color.decode(fillHex);
        double x = x0 + n.x() * u;
        double y = y0 + n.y() * u;
        g.setStroke(new BasicStroke(1f));
        if (n.kind().equals("person")) {
            double r = n.r() * u;
            Ellipse2D.Double disc = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(fill);
            g.fill(disc);
            g.setColor(Palette.RIM);
            g.draw(disc);
            if (badge != null) {
                g.setColor(ink(fill));
                centred(g, badge, font(Font.BOLD, n.r() * 0.95 * u), x, y + n.r() * 0.35 * u, 2 * r);
            }
        } else {
            RoundRectangle2D.Double box = new RoundRectangle2D.Double(x - n.w() / 2 * u, y - n.h() / 2 * u, n.w() * u, n.h() * u,
                    n.h() / 2 * u, n.h() / 2 * u);
            g.setColor(fill);
            g.fill(box);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
            g.setColor(Palette.RIM);
            g.draw(box);
            g.setColor(ink(fill));
            centred(g, badge == null ? n.label() : n.label() + " (" + badge + ")", font(Font.PLAIN, n.h() * 0.45 * u), x,
                    y + n.h() * 0.17 * u, n.w() * u - 0.6 * u);
        }
    }

    /** A colour scale with its title and end words at (x, y), {@code w} wide. */
    private static void legend(Graphics2D g, ColourMode.Legend legend, String title, double x, double y, double w, double u) {
        g.setFont(font(Font.PLAIN, 1.36 * u));
        g.setColor(Palette.INK);
        g.drawString(title == null ? legend.title() : title, (float) x, (float) (y + 1.2 * u));
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            g.setColor(legend.ramp().at(i / (steps - 1.0)));
            g.fill(new Rectangle2D.Double(x + w * i / steps, y + 1.8 * u, w / steps + 1, 1.2 * u));
        }
        g.setColor(Palette.MUTED);
        g.draw(new Rectangle2D.Double(x, y + 1.8 * u, w, 1.2 * u));
        g.setColor(Palette.INK);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(legend.low(), (float) x, (float) (y + 4.3 * u));
        g.drawString(legend.high(), (float) (x + w - fm.stringWidth(legend.high())), (float) (y + 4.3 * u));
    }

    /** Text centred on (cx, baseline), smaller when it would be wider than {@code width}. */
    private static void centred(Graphics2D g, String text, Font font, double cx, double baseline, double width) {
        if (text == null || text.isEmpty()) {
            return;
        }
        g.setFont(font);
        double w = g.getFontMetrics().stringWidth(text);
        if (w > width && w > 0) {
            g.setFont(font.deriveFont((float) (font.getSize2D() * width / w)));
            w = g.getFontMetrics().stringWidth(text);
        }
        g.drawString(text, (float) (cx - w / 2), (float) baseline);
    }

    private static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) Math.max(7, size));
    }

    /** Dark text on a light fill, white on a dark one. */
    private static Color ink(Color fill) {
        double lum = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return lum > 140 ? Palette.INK : Color.WHITE;
    }
}
