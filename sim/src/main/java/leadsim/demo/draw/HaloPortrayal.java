package leadsim.demo.draw;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import leadsim.demo.colour.Palette;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** The pale disc behind a team, so each PLC reads as one group at a glance. */
final class HaloPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double r = ((TeamHalo) object).radius * info.draw.width;
        Ellipse2D.Double disc = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
        g.setColor(Palette.HALO_FILL);
        g.fill(disc);
        g.setColor(Palette.HALO_EDGE);
        g.draw(disc);
    }
}
