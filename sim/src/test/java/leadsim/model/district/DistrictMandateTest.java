package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Central vision as a channel across schools: a mandate by the central office (the project
 * director) puts one practice in every school of the district, so the practices in use are shared
 * between schools; the same mandate by each school's principal gives each school a practice of its
 * own, shared by none. Invention is off, so the mandated practices are the only ones.
 */
class DistrictMandateTest {
    private static Scenario mandatedBy(String role) {
        String overlay = "workload_multiplier: 0.25\n"
                + "innovation: {enabled: true, invention_per_year: 0}\n"
                + "events:\n  - {at_day: 30, type: mandate, role: " + role + ", practice: new, fidelity: 0.5,"
                + " reinforce_every_days: 20}\n";
        return Runs.variant(LongBeachDistrictTest.DISTRIBUTED, null, null, overlay);
    }

    @Test
    void theOfficesMandateIsOnePracticeInEverySchool() {
        RunResult office = new SchoolSim(3, mandatedBy("project_director"), false).run();
        assertEquals(1.0, office.number("practices_shared_share"), 0.0,
                "one practice in use, in all four schools");
        for (String school : office.schools().keySet()) {
            if (!school.equals("office")) {
                assertTrue(office.number(school, "adoption_share") > 0.9, school + " uses the district's practice");
            }
        }
        RunResult principals = new SchoolSim(3, mandatedBy("principal"), false).run();
        assertEquals(0.0, principals.number("practices_shared_share"), 0.0,
                "each principal's mandate is a practice of that school alone");
        for (String school : principals.schools().keySet()) {
            if (!school.equals("office")) {
                assertEquals(1.0, principals.number(school, "practices_in_use"), 0.0, school + ": its principal's practice");
            }
        }
    }
}
