package leadsim.demo.draw;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import leadsim.demo.colour.Palette;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/** A student: a small grey dot beside their teacher, where most needs start. */
final class StudentPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        double r = Math.max(1.2, OrgLayout.STUDENT_RADIUS * info.draw.width);
        g.setColor(Palette.STUDENT);
        g.fill(new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r));
    }
}
