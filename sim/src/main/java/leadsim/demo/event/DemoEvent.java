package leadsim.demo.event;

import leadsim.demo.DemoRun;

/**
 * Something an instructor can make happen at once (a button) or a lesson at a given day. Each
 * goes through {@code SchoolSim.happen} with the scenario language's event, so it does what
 * the same event in a scenario's {@code events:} would. Events run on the model thread, under
 * the schedule's lock.
 */
public interface DemoEvent {
    /** The name lessons use ({@code event: switch_regime}). */
    String id();

    /** The button's text. */
    String label();

    /**
     * Whether the event belongs in this run at all (its mechanism is on in the scenario); a
     * window shows no button for an event that is not offered, rather than a greyed one.
     */
    default boolean offered(DemoRun run) {
        return true;
    }

    /** Why this event cannot happen in this run now (a tooltip: which scenario key turns it on), or null when it can. */
    String unavailable(DemoRun run);

    /** What the event does, for the button's tooltip when it is available. */
    String description();

    /** Makes it happen now; returns a line for the caption (what happened), or null when it could not. */
    String fire(DemoRun run);
}
