package leadsim.demo.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import leadsim.demo.DemoRun;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.Palette;
import leadsim.model.Person;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A person as a disc coloured by the current mode, larger the higher in the reporting line; a
 * thick rim while they are deciding something, and leaders show their queue length inside.
 */
final class PersonPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final RunPortrayals view;

    PersonPortrayal(RunPortrayals view) {
        this.view = view;
    }

    /** Radius in field units: principal 2.2, then smaller per level down to 1.1 for teachers. */
    double radius(Person p) {
        return view.layout().radius(p);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Person p = (Person) object;
        DemoRun run = view.run();
        ColourMode mode = view.colours().mode();
        double r = radius(p) * info.draw.width;
        Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        g.setColor(mode.person(run, p));
        g.fill(disc);
        boolean busy = run.sim().decisionFlow() != null && run.sim().decisionFlow().busy(p);
        g.setStroke(new BasicStroke(busy ? (float) Math.max(2, r / 4) : 1f));
        g.setColor(Palette.RIM);
        g.draw(disc);
        String badge = mode.badge(run, p);
        if (badge != null && view.layout().showsBadge(p) && r >= 7) {
            Color fill = mode.person(run, p);
            double lum = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
            g.setColor(lum > 140 ? Color.BLACK : Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, r * 0.95)));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(badge, (float) (info.draw.x - fm.stringWidth(badge) / 2.0),
                    (float) (info.draw.y + fm.getAscent() / 2.0 - 1));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double r = radius((Person) object) * range.draw.width;
        return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip.getFrame());
    }
}
