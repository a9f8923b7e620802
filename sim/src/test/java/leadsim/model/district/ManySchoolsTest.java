package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A district of 200 schools (copies of a small school) under an office runs a school year as
 * one organisation, and every copy is seen by name. Wall time is not asserted (no timed
 * assertions in unit tests); sim/ODD.md section 13 gives measured times.
 */
class ManySchoolsTest {
    private static final String DISTRICT = """
            name: two-hundred
            horizon: {days: 180, warmup_days: 10}
            students: 100
            schools:
              - {name: elm, copies: 199}
              - {name: oak, copies: 1, students: 200}
            roles:
              teacher: {count: 8, team_size: 4, capacity_hours: 0.6, expertise: {mean: 0.55, sd: 0.1}, reports_to: principal}
              principal: {count: 1, capacity_hours: 3, expertise: {mean: 0.65, sd: 0.1}, reports_to: area_superintendent}
            office:
              roles:
                superintendent: {count: 1, capacity_hours: 4, expertise: {mean: 0.7, sd: 0.05}}
                area_superintendent: {count: 10, capacity_hours: 4, expertise: {mean: 0.65, sd: 0.05}, reports_to: superintendent}
              bodies:
                cabinet: {per: district, members: [superintendent, area_superintendent], mode: meeting, cadence_days: 5, items_per_meeting: 40, meeting_hours: 2}
            decision_rights:
              instruction: {student: teacher, classroom: teacher, school: principal, district: area_superintendent}
              policy: {school: principal, district: cabinet}
            arrivals:
              - from: student
                rate_per_day: 0.05
                mix:
                  - {domain: instruction, scope: student, weight: 8, deadline_days: 3, size: 1}
                  - {domain: instruction, scope: classroom, weight: 2, deadline_days: 5, size: 1}
              - from: principal
                rate_per_day: 0.5
                mix:
                  - {domain: instruction, scope: school, weight: 2, deadline_days: 10, size: 1}
                  - {domain: instruction, scope: district, weight: 1, deadline_days: 20, size: 1}
                  - {domain: policy, scope: district, weight: 1, deadline_days: 20, size: 1}
            """;

    @Test
    void twoHundredSchoolsRunAYearAndEachIsSeenByName() {
        RunResult r = new SchoolSim(7, Runs.fromText(DISTRICT), false).run();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < 199; k++) {
            expected.add("elm#" + k);
        }
        expected.add("oak");
        expected.add("office");
        assertEquals(expected, List.copyOf(r.schools().keySet()));
        double raised = 0;
        double decided = 0;
        for (String school : expected) {
            raised += r.number(school, "needs_raised");
            decided += r.number(school, "needs_decided");
        }
        assertEquals(r.number("needs_raised"), raised, 0.0);
        assertEquals(r.number("needs_decided"), decided, 0.0);
        assertTrue(r.number("oak", "needs_raised") > 1.5 * r.number("elm#0", "needs_raised"),
                "oak has twice elm's students");
        assertTrue(r.number("needs_raised") > 200 * 170 * 5, "about 5 student needs a day per school");
    }
}
