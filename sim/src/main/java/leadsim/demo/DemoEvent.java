package leadsim.demo;

/**
 * Something an instructor can make happen at once (a button) or a lesson at a given day. New
 * events (from the innovation and reform models) implement this and join {@link DemoEvents}.
 * Events run on the model thread, under the schedule's lock.
 */
interface DemoEvent {
    /** The name lessons use ({@code event: switch_regime}). */
    String id();

    /** The button's text. */
    String label();

    /** Why this event cannot happen in this run (a tooltip), or null when it can. */
    String unavailable(DemoRun run);

    /** What the event does, for the button's tooltip when it is available. */
    String description();

    /** Makes it happen now; returns a line for the caption (what happened). */
    String fire(DemoRun run);
}
