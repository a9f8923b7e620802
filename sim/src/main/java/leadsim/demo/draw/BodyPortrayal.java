package leadsim.demo.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import leadsim.demo.colour.Palette;
import leadsim.model.Body;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * A body that decides together: a small square at its team's centre (a PLC), or a labelled box
 * beside the leaders (a leadership team), coloured like people so its agenda shows too.
 */
final class BodyPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final RunPortrayals view;

    BodyPortrayal(RunPortrayals view) {
        this.view = view;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Body body = (Body) object;
        double s = info.draw.width;
        boolean team = body.team() >= 0;
        double w = (team ? OrgLayout.TEAM_BODY_SIZE : OrgLayout.SCHOOL_BODY_WIDTH) * s;
        double h = (team ? OrgLayout.TEAM_BODY_SIZE : OrgLayout.SCHOOL_BODY_HEIGHT) * s;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(info.draw.x - w / 2, info.draw.y - h / 2, w, h, h / 2, h / 2);
        Color fill = view.colours().mode().body(view.run(), body);
        g.setColor(fill);
        g.fill(box);
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
        g.setColor(Palette.RIM);
        g.draw(box);
        g.setStroke(new BasicStroke(1f));
        if (!team && s >= 4) {
            String name = body.level().name().replace('_', ' ');
            int queued = view.run().sim().decisionFlow() == null ? 0 : view.run().sim().decisionFlow().queued(body);
            String text = queued > 0 ? name + " (" + queued + ")" : name;
            double lum = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
            g.setColor(lum > 140 ? Color.BLACK : Color.WHITE);
            // the largest font up to half the box's height whose text still fits inside it
            int size = (int) Math.max(7, h * 0.45);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            while (size > 7 && g.getFontMetrics().stringWidth(text) > w - 6) {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, --size));
            }
            FontMetrics fm = g.getFontMetrics();
            g.drawString(text, (float) (info.draw.x - fm.stringWidth(text) / 2.0), (float) (info.draw.y + fm.getAscent() / 2.0 - 1));
        }
    }
}
