package leadsim.model.decide;

import leadsim.model.Body;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * What waits for a body: the agenda of its next meeting, or the shared queue of a pooled desk.
 * For a meeting body it is also the repeating meeting event.
 */
final class Agenda implements Steppable {
    private static final long serialVersionUID = 1L;

    final Body body;
    final NeedQueue queue;
    final int itemsPerMeeting;
    /** Hours of each member's decision time a meeting takes. */
    final double meetingHours;
    Desk[] servers = new Desk[0];
    private final DecisionFlow flow;

    Agenda(Body body, NeedQueue queue, int itemsPerMeeting, double meetingHours, DecisionFlow flow) {
        this.body = body;
        this.queue = queue;
        this.itemsPerMeeting = itemsPerMeeting;
        this.meetingHours = meetingHours;
        this.flow = flow;
    }

    @Override
    public void step(SimState state) {
        flow.holdMeeting(this);
    }
}
