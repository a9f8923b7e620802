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
