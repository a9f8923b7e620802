package leadsim.model;

import java.util.List;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;

/** Several observers as one, told in order: the recorder first, then any watchers. */
final class FlowObservers {
    private FlowObservers() {}

    static FlowObserver fanOut(FlowObserver first, List<FlowObserver> rest) {
        FlowObserver[] all = new FlowObserver[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return new FanOut(all);
    }

    private record FanOut(FlowObserver[] all) implements FlowObserver, java.io.Serializable {
        @Override
        public void raised(Need need, double now) {
            for (FlowObserver o : all) {
                o.raised(need, now);
            }
        }

        @Override
        public void handedOff(Need need, Person from, Level toLevel, int hops, double now) {
            for (FlowObserver o : all) {
                o.handedOff(need, from, toLevel, hops, now);
            }
        }

        @Override
        public void escalated(Need need, Person from, double now) {
            for (FlowObserver o : all) {
                o.escalated(need, from, now);
            }
        }

        @Override
        public void waited(Need need, Level level, double waited, double now) {
            for (FlowObserver o : all) {
                o.waited(need, level, waited, now);
            }
        }

        @Override
        public void served(Person person, double start, double end) {
            for (FlowObserver o : all) {
                o.served(person, start, end);
            }
        }

        @Override
        public void met(Person person, double start, double end) {
            for (FlowObserver o : all) {
                o.met(person, start, end);
            }
        }

        @Override
        public void gaveUp(Need need, Level level, leadsim.model.decide.Outcome how, double quality, double now) {
            for (FlowObserver o : all) {
                o.gaveUp(need, level, how, quality, now);
            }
        }

        @Override
        public void rerouted(Need need, Level level, double now) {
            for (FlowObserver o : all) {
                o.rerouted(need, level, now);
            }
        }

        @Override
        public void reworked(Need need, Level level, double now) {
            for (FlowObserver o : all) {
                o.reworked(need, level, now);
            }
        }

        @Override
        public void advised(Need need, Level level, double advice, double now) {
            for (FlowObserver o : all) {
                o.advised(need, level, advice, now);
            }
        }

        @Override
        public void queueChanged(Level level, int delta) {
            for (FlowObserver o : all) {
                o.queueChanged(level, delta);
            }
        }

        @Override
        public void decided(Need need, Level level, double quality, double now) {
            for (FlowObserver o : all) {
                o.decided(need, level, quality, now);
            }
        }
    }
}
