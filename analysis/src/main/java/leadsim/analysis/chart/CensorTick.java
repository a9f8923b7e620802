package leadsim.analysis.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * The conventional Kaplan-Meier censoring mark: a short vertical tick through the curve. XChart's
 * own "+" marker draws with a 1 px stroke, which disappears on a 2.5 px curve.
 */
final class CensorTick extends Marker {

  private static final BasicStroke STROKE =
      new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  @Override
  public void paint(Graphics2D g, double x, double y, int markerSize) {
    g.setStroke(STROKE);
    double half = markerSize; // twice XChart's marker size: a tick must stand out from the step
    g.draw(new Line2D.Double(x, y - half, x, y + half));
  }
}
