package leadsim.model;

/**
 * How much a run stepped: its event times (calls of the schedule's {@code step}, MASON's
 * {@code getSteps()}) and its events (steppables stepped). Several events can share a time (a
 * day's meetings and the desks they free, ties the schedule shuffles), so a run steps more
 * events than event times, and each event is one entry taken from the heap: a bare schedule
 * doing the same heap work steps as many events.
 *
 * @param eventTimes calls of the schedule's step that stepped something
 * @param events     events stepped, each one entry taken from the schedule's heap
 */
public record Steps(long eventTimes, long events) {
    /** Nothing stepped: a result measured without running (columns only, a part's row). */
    public static final Steps NONE = new Steps(0, 0);

    public Steps {
        if (eventTimes < 0 || events < eventTimes) {
            throw new IllegalArgumentException("events (" + events + ") must be at least the event times ("
                    + eventTimes + ") and neither negative");
        }
    }

    /** One event at each time: a schedule that never steps two events at once (the Garbage Can's periods). */
    public static Steps single(long times) {
        return new Steps(times, times);
    }

    public Steps plus(Steps other) {
        return new Steps(eventTimes + other.eventTimes, events + other.events);
    }
}
