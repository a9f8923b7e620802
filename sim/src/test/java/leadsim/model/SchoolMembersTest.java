package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A school's people and bodies, as the organisation lists them: everyone whose school it is, in
 * the organisation's order, and nobody of the office or of a district-wide body.
 */
class SchoolMembersTest {

    @Test
    void eachSchoolHasItsOwnPeopleAndBodiesInTheOrganisationsOrder() {
        Organisation org = OrganisationBuilder.build(Runs.load("districts/long-beach-distributed.yaml"),
                new MersenneTwisterFast(5));
        int people = 0;
        int bodies = 0;
        for (int s = 0; s < org.schools(); s++) {
            int school = s;
            assertEquals(org.people().stream().filter(p -> p.school() == school).toList(), org.peopleIn(s));
            assertEquals(org.bodies().stream().filter(b -> b.school() == school).toList(), org.bodiesIn(s));
            people += org.peopleIn(s).size();
            bodies += org.bodiesIn(s).size();
        }
        List<Person> office = org.people().stream().filter(p -> p.school() < 0).toList();
        assertTrue(!office.isEmpty(), "Long Beach has office staff, in no school");
        assertEquals(org.people().size(), people + office.size());
        assertEquals(org.bodies().size(), bodies + org.bodies().stream().filter(b -> b.school() < 0).count());
    }
}
