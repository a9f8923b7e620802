package leadsim.demo;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * Lights up the path of every need as it climbs: each hand-off lights the reporting-line edges
 * from where the need is to where it goes (or one edge across when the holder is not above),
 * and each lit edge fades over {@link Flash#FADE_DAYS}. Reads the model, never changes it.
 */
public final class PathFlashes implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Directed, so a drawn edge can say which way the need went. */
    private Network lit = new Network(true);

    public Network network() {
        return lit;
    }

    /** Forgets every flash (a restarted run has new people). */
    void reset() {
        lit = new Network(true);
    }

    @Override
    public void handedOff(Need need, Person from, Level toLevel, int hops, double now) {
        if (from == null || hops == 0) {
            return;
        }
        Person toPerson = need.headingToPerson();
        Body toBody = need.headingToBody();
        Object target = toPerson != null ? toPerson : toBody;
        if (target == null) {
            return;
        }
        List<Person> climb = climb(from, toPerson, toBody);
        if (climb == null) {
            // the holder is not above the requester: the need goes straight across
            light(from, target, now);
            return;
        }
        for (int i = 0; i + 1 < climb.size(); i++) {
            light(climb.get(i), climb.get(i + 1), now);
        }
        if (toBody != null) {
            light(climb.get(climb.size() - 1), toBody, now);
        }
    }

    /** The reporting line from {@code from} up to the target person or a member of the body; null if off the line. */
    private static List<Person> climb(Person from, Person toPerson, Body toBody) {
        List<Person> line = new ArrayList<>();
        for (Person p = from; p != null; p = p.supervisor()) {
            line.add(p);
            if (p == toPerson || (toBody != null && toBody.hasMember(p))) {
                return line;
            }
        }
        return null;
    }

    private void light(Object from, Object to, double now) {
        if (from == to) {
            return;
        }
        Edge existing = lit.getEdge(from, to);
        if (existing != null) {
            Flash flash = (Flash) existing.info;
            // recent traffic: what is left of the old count (as it fades) plus this need
            flash.traffic = flash.traffic * flash.strength(now) + 1;
            flash.litAt = now;
            return;
        }
        lit.addEdge(from, to, new Flash(now));
    }

    /** Drops edges that have faded out, so the network stays small. */
    void prune(double now) {
        Bag dark = new Bag();
        for (Object node : lit.getAllNodes()) {
            for (Object o : lit.getEdgesOut(node)) {
                if (((Flash) ((Edge) o).info).strength(now) <= 0) {
                    dark.add(o);
                }
            }
        }
        for (Object edge : dark) {
            lit.removeEdge((Edge) edge);
        }
    }
}
