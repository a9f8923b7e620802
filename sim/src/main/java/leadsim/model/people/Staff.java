package leadsim.model.people;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Organisation;
import leadsim.model.Person;
import sim.field.network.Edge;
import sim.field.network.Network;

/**
 * The staff among whom practices spread and commitment is held: the people of the team roles
 * (teachers and those attached to teams) in every school, or, in a scenario without teams,
 * everyone in a school role. Indices into this list are the "staff indices" of the scenario
 * language (contagion seeds and thresholds). Holds each member's ties to other members as
 * index arrays, rebuilt from the MASON network when it changes; on a complete graph no ties
 * are stored and readers count instead.
 */
public final class Staff implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Person[] members;
    private final int[] indexById;
    private final boolean complete;
    private final int[] perSchool;
    private int[][] ties;
    private final Network network;

    public Staff(Organisation org, Network network, boolean complete) {
        boolean teams = org.people().stream().anyMatch(p -> p.team() >= 0);
        List<Person> list = new ArrayList<>();
        for (Person p : org.people()) {
            if (p.school() >= 0 && (!teams || p.team() >= 0)) {
                list.add(p);
            }
        }
        this.members = list.toArray(Person[]::new);
        this.indexById = new int[org.people().size()];
        java.util.Arrays.fill(indexById, -1);
        for (int i = 0; i < members.length; i++) {
            indexById[members[i].id()] = i;
        }
        this.perSchool = new int[Math.max(1, org.schools())];
        for (Person p : members) {
            perSchool[p.school()]++;
        }
        this.complete = complete;
        this.network = network;
        rebuildTies();
    }

    /** Reads every member's ties among members from the network. */
    public void rebuildTies() {
        if (complete) {
            ties = null;
            return;
        }
        ties = new int[members.length][];
        for (int i = 0; i < members.length; i++) {
            ties[i] = readTies(i);
        }
    }

    /** Reads again the ties of the given people (a newcomer and their old and new colleagues). */
    public void rebuildTies(Iterable<Person> changed) {
        if (complete) {
            return;
        }
        for (Person p : changed) {
            int i = indexById[p.id()];
            if (i >= 0) {
                ties[i] = readTies(i);
            }
        }
    }

    private int[] readTies(int i) {
        List<Integer> mine = new ArrayList<>();
        for (Object o : network.getEdgesOut(members[i])) {
            Object other = ((Edge) o).getOtherNode(members[i]);
            int j = indexById[((Person) other).id()];
            if (j >= 0 && j != i && !mine.contains(j)) {
                mine.add(j);
            }
        }
        return mine.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return members.length;
    }

    public Person member(int index) {
        return members[index];
    }

    /** Staff index of a person, or -1 for someone outside the staff (a leader, the office). */
    public int indexOf(Person person) {
        return indexById[person.id()];
    }

    /** True when everyone is tied to everyone (no tie lists; count instead). */
    public boolean complete() {
        return complete;
    }

    /** Staff indices of a member's ties (not for a complete graph). */
    public int[] ties(int index) {
        return ties[index];
    }

    /** Members in a school; for a negative school (a practice of the whole district), in every school. */
    public int inSchool(int school) {
        if (school < 0) {
            int all = 0;
            for (int n : perSchool) {
                all += n;
            }
            return all;
        }
        return perSchool[school];
    }
}
