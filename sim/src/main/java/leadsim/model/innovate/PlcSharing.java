package leadsim.model.innovate;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Body;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Practice travels faster through PLC meetings (MODEL.md section 5): at each meeting of a
 * team's PLC, a member who does not use a practice that colleagues in the PLC use takes it up
 * for a trial with probability {@code plc_uptake} x (share of the other members using it).
 * One event per kind of PLC, at the same cadence as its decision meetings.
 */
final class PlcSharing implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Innovation innovation;
    private final List<Body> bodies;

    PlcSharing(Innovation innovation, List<Body> bodies) {
        this.innovation = innovation;
        this.bodies = new ArrayList<>(bodies);
    }

    @Override
    public void step(SimState state) {
        for (Body body : bodies) {
            innovation.meet(body);
        }
    }
}
