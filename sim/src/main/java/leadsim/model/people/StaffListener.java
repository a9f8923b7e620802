package leadsim.model.people;

import leadsim.model.Person;

/** Hears staff change: innovation forgets what a leaver used, the reform loses their commitment. */
public interface StaffListener {
    /** The holder of the slot left (the slot is now vacant, or already refilled by a novice). */
    default void departed(Person slot, double now) {}

    /** Someone new holds the slot: a novice replacement, or (successor = true) a leader's successor. */
    default void arrived(Person slot, double now, boolean successor) {}
}
