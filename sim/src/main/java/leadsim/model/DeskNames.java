package leadsim.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names every desk a reader can find again: a person as {@code role#k} and a body instance as
 * {@code body#k}, k counting from 0 in the order the organisation lists them (so
 * {@code principal#0} is the first principal, {@code plc#3} the fourth PLC).
 */
public final class DeskNames implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] people;
    private final String[] bodies;

    public DeskNames(Organisation org) {
        List<Person> staff = org.people();
        people = new String[staff.size()];
        Map<Level, Integer> seen = new HashMap<>();
        for (Person p : staff) {
            int k = seen.merge(p.level(), 1, Integer::sum) - 1;
            people[p.id()] = p.role() + "#" + k;
        }
        bodies = new String[org.bodies().size()];
        for (Body b : org.bodies()) {
            int k = seen.merge(b.level(), 1, Integer::sum) - 1;
            bodies[b.id()] = b.level().name() + "#" + k;
        }
    }

    public String of(Person person) {
        return people[person.id()];
    }

    public String of(Body body) {
        return bodies[body.id()];
    }

    public int people() {
        return people.length;
    }

    public int bodies() {
        return bodies.length;
    }
}
