package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Several schools under a central office are just a bigger scenario: three copies of a small
 * school, a superintendent above the principals, a district council meeting monthly.
 */
class DistrictFormatTest {
    private static final String DISTRICT = """
            name: district
            horizon: {days: 400}
            escalation: {base: 0, fear: 0, doubt: 0}
            routing: {handoff_days: 0.1, queue_discipline: fifo}
            students: 40
            schools:
              - {name: north, copies: 2}
              - {name: south, copies: 1, students: 80}
            roles:
              teacher: {count: 4, team_size: 2, capacity_hours: 2, expertise: {mean: 0.5, sd: 0}, reports_to: principal}
              principal: {count: 1, capacity_hours: 4, expertise: {mean: 0.6, sd: 0}, reports_to: superintendent}
            office:
              roles:
                superintendent: {count: 1, capacity_hours: 8, expertise: {mean: 0.7, sd: 0}}
              bodies:
                council: {per: district, members: [superintendent, principal], mode: meeting, cadence_days: 20, items_per_meeting: 50}
            decision_rights:
              instruction: {student: teacher, district: superintendent}
              policy: {district: council, school: principal}
            arrivals:
              - from: student
                rate_per_day: 0.05
                mix:
                  - {domain: instruction, scope: student, weight: 8, deadline_days: 3, size: 1}
                  - {domain: instruction, scope: district, weight: 1, deadline_days: 20, size: 1}
              - from: superintendent
                rate_per_day: 0.2
                mix:
                  - {domain: policy, scope: school, weight: 1, deadline_days: 10, size: 1}
                  - {domain: policy, scope: district, weight: 1, deadline_days: 40, size: 1}
            """;

    @Test
    void threeSchoolsAndAnOfficeRunAsOneOrganisation() {
        var scenario = Runs.fromText(DISTRICT);
        SchoolSim sim = new SchoolSim(17, scenario, false);
        RunResult r = sim.run();
        Organisation org = sim.organisation();
        assertEquals(3, org.schools());
        assertEquals(3 * 4 + 3 + 1, org.people().size(), "12 teachers, 3 principals, 1 superintendent");
        assertEquals(40 + 40 + 80, org.students().count());
        assertEquals(1, org.bodiesOf(org.level("council")), "one council for the district");
        assertEquals(4, org.bodies().get(0).members().size(), "council: the superintendent and the three principals");
        Person superintendent = org.peopleOf(org.level("superintendent")).get(0);
        for (Person principal : org.peopleOf(org.level("principal"))) {
            assertEquals(superintendent, principal.supervisor());
        }
        assertTrue(r.number("decided_share_teacher") > 0.6, "student matters stay with teachers");
        assertTrue(r.number("decided_share_superintendent") > 0, "district matters climb to the office");
        assertTrue(r.number("decided_share_council") > 0, "the council decides at its meetings");
        assertTrue(r.number("decided_share_principal") > 0, "office-raised school matters reach a principal");
        assertEquals(0.0, r.number("open_share"), 0.02, "the district keeps up with its work");
    }
}
