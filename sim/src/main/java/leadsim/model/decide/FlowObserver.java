package leadsim.model.decide;

import leadsim.model.Level;
import leadsim.model.Person;

/**
 * What the decision flow reports as it happens; the run recorder measures from it and a live
 * display can light up the path of a need. Every method has a no-op default.
 */
public interface FlowObserver {
    default void raised(Need need, double now) {}

    /** The need moved from one desk to another ({@code from} may be null at the start). */
    default void handedOff(Need need, Person from, Level toLevel, int hops, double now) {}

    default void escalated(Need need, Person from, double now) {}

    /** Waiting ended at a level (queue or meeting agenda) after {@code waited} days. */
    default void waited(Need need, Level level, double waited, double now) {}

    /** A person was busy serving from {@code start} to {@code end}. */
    default void served(Person person, double start, double end) {}

    /** A person sat in a meeting of their body from {@code start} to {@code end} (their desk closed). */
    default void met(Person person, double start, double end) {}

    /**
     * The need's patience ran out while it waited at {@code level}; it ended as {@code how}
     * (a workaround, decided by its raiser with the given quality, or a lapse, quality NaN).
     */
    default void gaveUp(Need need, Level level, Outcome how, double quality, double now) {}

    /** The need's patience ran out at {@code level} and it was sent to another holder there. */
    default void rerouted(Need need, Level level, double now) {}

    /**
     * A need that went first to a wrong desk or body ({@code level}, unclear authority) was
     * worked there and is now sent on to where it belongs.
     */
    default void reworked(Need need, Level level, double now) {}

    /** An advisory body ({@code level}) reviewed the need at its meeting; it does not decide it. */
    default void advised(Need need, Level level, double advice, double now) {}

    /** Queue length at a level changed by {@code delta}. */
    default void queueChanged(Level level, int delta) {}

    /** The final stage was decided at a level with the given quality. */
    default void decided(Need need, Level level, double quality, double now) {}
}
