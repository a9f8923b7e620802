package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;

/** A school's tile by the needs waiting in it now: at every desk of the school and on its own bodies' agendas. */
final class QueueTile implements TileMode {
    /**
     * The darkest colour from this many on. A Long Beach high school (about 90 staff) has some 30
     * to 130 needs waiting in the distributed district and 150 to 220 in the hierarchical one.
     */
    static final double FULL = 200;

    @Override
    public String id() {
        return "queue";
    }

    @Override
    public ColourMode.Legend legend() {
        return new ColourMode.Legend("Schools: needs waiting in the school", ColourRamp.HEAT, "0", (int) FULL + "+");
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public double value(DemoRun run, int school) {
        var flow = run.sim().decisionFlow();
        if (flow == null) {
            return 0;
        }
        int waiting = 0;
        for (Person p : run.sim().organisation().people()) {
            if (p.school() == school) {
                waiting += flow.queued(p);
            }
        }
        for (Body b : run.sim().organisation().bodies()) {
            if (b.school() == school) {
                waiting += flow.queued(b);
            }
        }
        return waiting;
    }

    @Override
    public Color fill(DemoRun run, int school) {
        return ColourRamp.HEAT.at(value(run, school) / FULL);
    }

    @Override
    public String words(DemoRun run, int school) {
        int n = (int) value(run, school);
        return n + (n == 1 ? " need waiting" : " needs waiting");
    }
}
