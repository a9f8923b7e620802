package leadsim.demo.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import leadsim.demo.Flash;
import leadsim.demo.colour.Palette;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/** An edge a need just took: bright and thick when lit, fading out over a day; busier edges are thicker. */
final class FlashEdgePortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color LIT = Palette.LIT;
    private final RunPortrayals view;

    FlashEdgePortrayal(RunPortrayals view) {
        this.view = view;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        Flash flash = (Flash) ((Edge) object).info;
        double now = view.run().now();
        if (flash.strength(now) <= 0) {
            return;
        }
        double unit = e.draw.width; // pixels per field unit, as NetworkPortrayal2D passes it
        float width = (float) Math.max(1.5, unit * flash.width(now));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(LIT.getRed(), LIT.getGreen(), LIT.getBlue(), (int) Math.round(255 * flash.opacity(now))));
        g.draw(new Line2D.Double(e.draw.x, e.draw.y, e.secondPoint.x, e.secondPoint.y));
        g.setStroke(new BasicStroke(1f));
    }
}
