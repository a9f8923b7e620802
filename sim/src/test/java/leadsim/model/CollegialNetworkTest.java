package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;
import sim.field.network.Network;

/** The collegial network: cliques inside teams, a few cross-team ties, some team ties rewired. */
class CollegialNetworkTest {
    private static final Scenario SCHOOL = Runs.load("distributed.yaml");

    /** The shipped school's network settings with other cross-team ties and rewiring. */
    private static Scenario.CollegialTies ties(double crossTeamTies, double rewire) {
        Scenario.CollegialTies shipped = SCHOOL.network();
        return new Scenario.CollegialTies(crossTeamTies, rewire, shipped.topology(), shipped.ringNeighbours(),
                shipped.contagion());
    }

    @Test
    void withoutRewiringOrCrossTiesEveryTeamIsAClique() {
        Organisation org = OrganisationBuilder.build(SCHOOL, new MersenneTwisterFast(3));
        Network network = CollegialNetwork.build(org, ties(0.0, 0.0), new MersenneTwisterFast(4));
        for (int t = 0; t < org.teamsPerSchool(); t++) {
            List<Person> team = org.team(0, t);
            assertEquals(6, team.size(), "5 teachers and their teacher leader");
            for (Person a : team) {
                assertEquals(5, network.getEdgesOut(a).numObjs, a + " knows exactly their team");
                for (Person b : team) {
                    if (a != b) {
                        assertNotNull(network.getEdge(a, b));
                    }
                }
            }
        }
    }

    @Test
    void crossTeamTiesAddAboutTheirMeanDegree() {
        Organisation org = OrganisationBuilder.build(SCHOOL, new MersenneTwisterFast(11));
        Network network = CollegialNetwork.build(org, ties(2.0, 0.0), new MersenneTwisterFast(12));
        double crossEnds = 0;
        int staff = 0;
        for (Person p : org.people()) {
            staff++;
            for (Object o : network.getEdgesOut(p)) {
                Person other = (Person) ((sim.field.network.Edge) o).getOtherNode(p);
                if (other.team() != p.team() || p.team() < 0) {
                    crossEnds++;
                }
            }
        }
        // each person starts 1 cross tie on average; a few land on a colleague already tied
        double meanCross = crossEnds / staff;
        assertTrue(meanCross > 1.5 && meanCross <= 2.0, "mean cross-team ties per person " + meanCross);
    }

    @Test
    void rewiringMovesTeamTiesOutOfTheTeam() {
        Organisation org = OrganisationBuilder.build(SCHOOL, new MersenneTwisterFast(5));
        Network rewired = CollegialNetwork.build(org, ties(0.0, 0.5), new MersenneTwisterFast(6));
        int inside = 0;
        int outside = 0;
        for (Person p : org.people()) {
            for (Object o : rewired.getEdgesOut(p)) {
                Person other = (Person) ((sim.field.network.Edge) o).getOtherNode(p);
                if (p.team() >= 0 && other.team() == p.team()) {
                    inside++;
                } else {
                    outside++;
                }
            }
        }
        assertTrue(outside > 0.3 * (inside + outside), "about half the team ties leave the team: " + outside + " of " + (inside + outside));
    }
}
