package leadsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import leadsim.scenario.Scenario;
import sim.field.network.Network;

/**
 * The collegial network of staff, in a MASON {@link Network}: complete inside each team (they
 * plan together), a few ties across teams within the school, and a share of team ties rewired
 * to random colleagues (Watts-Strogatz), so that a school is a small world.
 */
public final class CollegialNetwork {
    private CollegialNetwork() {}

    public static Network build(Organisation org, Scenario.CollegialTies ties, MersenneTwisterFast random) {
        if ("complete".equals(ties.topology())) {
            // everyone is tied to everyone: no edges are stored (N = 10,000 would need 50 million);
            // whoever reads the network counts instead (see leadsim.model.people.Staff)
            Network network = new Network(false);
            org.people().forEach(network::addNode);
            return network;
        }
        if ("ring".equals(ties.topology())) {
            return ring(org, ties.ringNeighbours());
        }
        Network network = new Network(false);
        List<List<Person>> staffBySchool = new ArrayList<>();
        for (int s = 0; s < org.schools(); s++) {
            staffBySchool.add(new ArrayList<>());
        }
        for (Person p : org.people()) {
            network.addNode(p);
            if (p.school() >= 0) {
                staffBySchool.get(p.school()).add(p);
            }
        }
        for (int s = 0; s < org.schools(); s++) {
            List<Person> staff = staffBySchool.get(s);
            for (int t = 0; t < org.teamsPerSchool(); t++) {
                List<Person> team = org.team(s, t);
                for (int i = 0; i < team.size(); i++) {
                    for (int j = i + 1; j < team.size(); j++) {
                        Person other = team.get(j);
                        if (random.nextDouble() < ties.rewire()) {
                            other = randomOtherThan(staff, team.get(i), random);
                        }
                        connect(network, team.get(i), other);
                    }
                }
            }
            // cross-team ties: each person starts cross_team_ties/2 on average, so the mean
            // number of such ties per person is cross_team_ties
            for (Person p : staff) {
                double expected = ties.crossTeamTies() / 2.0;
                int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
                for (int k = 0; k < count && staff.size() > 1; k++) {
                    Person other = randomOtherThan(staff, p, random);
                    if (other.team() != p.team() || p.team() < 0) {
                        connect(network, p, other);
                    }
                }
            }
        }
        return network;
    }

    /** A ring lattice of the school staff in list order, {@code k} neighbours on each side. */
    private static Network ring(Organisation org, int k) {
        Network network = new Network(false);
        List<Person> staff = new ArrayList<>();
        for (Person p : org.people()) {
            network.addNode(p);
            if (p.school() >= 0) {
                staff.add(p);
            }
        }
        int n = staff.size();
        for (int i = 0; i < n; i++) {
            for (int d = 1; d <= k && d < n; d++) {
                connect(network, staff.get(i), staff.get((i + d) % n));
            }
        }
        return network;
    }

    /**
     * A newcomer takes the place of someone who left: the old ties go, and the newcomer gets
     * the ties of a new member of the team (everyone in the team, a few across teams). Only the
     * school topology changes; the oracle lattices stay as they are.
     */
    public static java.util.Set<Person> rewire(Network network, Organisation org, Person newcomer,
                                              Scenario.CollegialTies ties, MersenneTwisterFast random) {
        java.util.Set<Person> changed = new java.util.LinkedHashSet<>();
        changed.add(newcomer);
        if (!"school".equals(ties.topology()) || newcomer.school() < 0) {
            return changed;
        }
        List<sim.field.network.Edge> old = new ArrayList<>();
        for (Object edge : network.getEdgesOut(newcomer)) {
            old.add((sim.field.network.Edge) edge);
            changed.add((Person) ((sim.field.network.Edge) edge).getOtherNode(newcomer));
        }
        old.forEach(network::removeEdge);
        if (newcomer.team() >= 0) {
            for (Person mate : org.team(newcomer.school(), newcomer.team())) {
                connect(network, newcomer, mate);
            }
        }
        List<Person> staff = new ArrayList<>();
        for (Person p : org.people()) {
            if (p.school() == newcomer.school()) {
                staff.add(p);
            }
        }
        double expected = ties.crossTeamTies();
        int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
        for (int k = 0; k < count && staff.size() > 1; k++) {
            Person other = randomOtherThan(staff, newcomer, random);
            if (other.team() != newcomer.team() || newcomer.team() < 0) {
                connect(network, newcomer, other);
            }
        }
        for (Object edge : network.getEdgesOut(newcomer)) {
            changed.add((Person) ((sim.field.network.Edge) edge).getOtherNode(newcomer));
        }
        return changed;
    }

    private static Person randomOtherThan(List<Person> staff, Person self, MersenneTwisterFast random) {
        Person other;
        do {
            other = staff.get(random.nextInt(staff.size()));
        } while (other == self);
        return other;
    }

    private static void connect(Network network, Person a, Person b) {
        if (a != b && network.getEdge(a, b) == null) {
            network.addEdge(a, b, null);
        }
    }
}
