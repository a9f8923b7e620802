package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;

/** Colour by needs waiting in each person's queue (or a body's agenda): where decisions pile up. */
final class QueueColour implements ColourMode {
    /** Queues at or above this are the darkest colour; 10 waiting is already a bottleneck. */
    private static final double FULL = 10;

    @Override
    public String id() {
        return "queue";
    }

    @Override
    public String label() {
        return "Queue length";
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public Color person(DemoRun run, Person person) {
        var flow = run.sim().decisionFlow();
        return ColourRamp.HEAT.at(flow == null ? 0 : flow.queued(person) / FULL);
    }

    @Override
    public Color body(DemoRun run, Body body) {
        var flow = run.sim().decisionFlow();
        return ColourRamp.HEAT.at(flow == null ? 0 : flow.queued(body) / FULL);
    }

    @Override
    public String badge(DemoRun run, Person person) {
        var flow = run.sim().decisionFlow();
        int n = flow == null ? 0 : flow.queued(person);
        return n == 0 ? null : Integer.toString(n);
    }

    @Override
    public Legend legend() {
        return new Legend("Needs waiting", ColourRamp.HEAT, "0", (int) FULL + "+");
    }
}
