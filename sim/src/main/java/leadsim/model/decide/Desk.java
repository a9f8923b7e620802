package leadsim.model.decide;

import leadsim.model.Person;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A person as a server: their own queue, the pooled agendas they also serve, and the need in
 * hand. It is its own completion event, since a person serves one need at a time.
 */
final class Desk implements Steppable {
    private static final long serialVersionUID = 1L;

    final Person person;
    final NeedQueue queue;
    Agenda[] pools = new Agenda[0];
    Need inHand;
    /** The level the need in hand is decided for: the person's role, or the pooled body. */
    leadsim.model.Level inHandFor;
    double serviceStart;
    /** Meeting hours owed: a meeting's time is taken from the desk before its next need. */
    double meetingHoursOwed;
    /** True while the person is in a meeting (their desk is closed). */
    boolean meeting;
    private final DecisionFlow flow;

    Desk(Person person, NeedQueue queue, DecisionFlow flow) {
        this.person = person;
        this.queue = queue;
        this.flow = flow;
    }

    boolean idle() {
        return inHand == null && !meeting;
    }

    void joinPool(Agenda agenda) {
        Agenda[] grown = java.util.Arrays.copyOf(pools, pools.length + 1);
        grown[pools.length] = agenda;
        pools = grown;
    }

    @Override
    public void step(SimState state) {
        flow.completeService(this);
    }
}
