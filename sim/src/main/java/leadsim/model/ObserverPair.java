package leadsim.model;

import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;

/**
 * Tells the recorder everything the decision flow reports, and a second observer (student
 * growth) only the final decisions, which is all it listens to: the other reports come once or
 * more per need and cost a call each.
 */
final class ObserverPair implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final FlowObserver first;
    private final FlowObserver second;

    ObserverPair(FlowObserver first, FlowObserver second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void raised(Need need, double now) {
        first.raised(need, now);
    }

    @Override
    public void handedOff(Need need, Person from, Level toLevel, int hops, double now) {
        first.handedOff(need, from, toLevel, hops, now);
    }

    @Override
    public void escalated(Need need, Person from, double now) {
        first.escalated(need, from, now);
    }

    @Override
    public void waited(Need need, Level level, double waited, double now) {
        first.waited(need, level, waited, now);
    }

    @Override
    public void served(Person person, double start, double end) {
        first.served(person, start, end);
    }

    @Override
    public void met(Person person, double start, double end) {
        first.met(person, start, end);
    }

    @Override
    public void gaveUp(Need need, Level level, leadsim.model.decide.Outcome how, double quality, double now) {
        first.gaveUp(need, level, how, quality, now);
        second.gaveUp(need, level, how, quality, now);
    }

    @Override
    public void rerouted(Need need, Level level, double now) {
        first.rerouted(need, level, now);
    }

    @Override
    public void queueChanged(Level level, int delta) {
        first.queueChanged(level, delta);
    }

    @Override
    public void decided(Need need, Level level, double quality, double now) {
        first.decided(need, level, quality, now);
        second.decided(need, level, quality, now);
    }

    @Override
    public void reworked(Need need, Level level, double now) {
        first.reworked(need, level, now);
        second.reworked(need, level, now);
    }

    @Override
    public void advised(Need need, Level level, double advice, double now) {
        first.advised(need, level, advice, now);
        second.advised(need, level, advice, now);
    }
}
