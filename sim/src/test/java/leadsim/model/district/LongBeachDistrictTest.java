package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.HoursBudget;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * The shipped Long Beach pair: it validates and runs, the budget is equal in both variants per
 * school and for the office, and every school is seen: per-school counts add up exactly to the
 * district's, and per-school means weighted by their counts give the district's mean.
 */
class LongBeachDistrictTest {
    static final String DISTRIBUTED = "districts/long-beach-distributed.yaml";
    static final String HIERARCHICAL = "districts/long-beach-hierarchical.yaml";
    private static final List<String> SCHOOLS = List.of("cabrillo", "jordan", "millikan", "wilson");

    @Test
    void bothVariantsHaveTheSameHoursPerSchoolAndOffice() {
        Map<String, HoursBudget.Line> d = HoursBudget.bySchool(Runs.load(DISTRIBUTED));
        Map<String, HoursBudget.Line> h = HoursBudget.bySchool(Runs.load(HIERARCHICAL));
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson", "office", "district"), List.copyOf(d.keySet()));
        assertEquals(d.keySet(), h.keySet());
        d.forEach((name, line) -> {
            assertEquals(line.people(), h.get(name).people(), name + " people");
            assertEquals(line.deciding(), h.get(name).deciding(), 1e-9, name + " deciding hours");
            assertEquals(line.meeting(), h.get(name).meeting(), 1e-9, name + " meeting hours");
        });
        assertEquals(4 * 74 + 14, d.get("district").people());
    }

    @Test
    void oneSeedGivesTheSameRowsForEverySchool() {
        Scenario scenario = Runs.variant(DISTRIBUTED, "days: 180              # one school year", "days: 40", null);
        RunResult a = new SchoolSim(21, scenario, false).run();
        RunResult b = new SchoolSim(21, scenario, false).run();
        assertEquals(a.schools().toString(), b.schools().toString(), "per-school rows are a function of the seed");
        assertEquals(a.metrics().toString(), b.metrics().toString());
        RunResult c = new SchoolSim(22, scenario, false).run();
        assertTrue(!a.schools().toString().equals(c.schools().toString()), "another seed, another history");
    }

    @Test
    void theLoadEstimateCountsTheCouncilsReviews() {
        // district instruction and assessment a day: SLC coordinators 4 x 0.4 x 60% + curriculum
        // leaders 2 x 0.4 = 1.76 items, against 40 items every 20 days = 2 a day
        double council = leadsim.scenario.LoadEstimate.utilisation(Runs.load(DISTRIBUTED)).get("implementation_council");
        assertEquals(1.76 / 2.0, council, 1e-9);
    }

    @Test
    void perSchoolRowsAddUpToTheDistrict() {
        for (String file : List.of(DISTRIBUTED, HIERARCHICAL)) {
            Scenario scenario = Runs.load(file);
            RunResult r = new SchoolSim(11, scenario, false).run();
            List<String> rows = new java.util.ArrayList<>(SCHOOLS);
            rows.add("office");
            assertEquals(rows, List.copyOf(r.schools().keySet()), file);
            for (String count : List.of("needs_raised", "needs_decided", "needs_open", "needs_defaulted", "needs_lapsed")) {
                double sum = 0;
                for (String school : rows) {
                    sum += r.number(school, count);
                }
                assertEquals(r.number(count), sum, 0.0, file + ": " + count + " per school adds up exactly");
            }
            // means weighted by their own denominators reproduce the district's
            double decided = r.number("needs_decided");
            double quality = 0;
            double latency = 0;
            double wait = 0;
            double raised = r.number("needs_raised");
            double escalations = 0;
            for (String school : rows) {
                double n = r.number(school, "needs_decided");
                if (n > 0) {
                    quality += n * r.number(school, "quality_mean");
                    latency += n * r.number(school, "latency_mean");
                    wait += n * r.number(school, "wait_mean");
                }
                double m = r.number(school, "needs_raised");
                if (m > 0) {
                    escalations += m * r.number(school, "escalations_per_need");
                }
            }
            assertEquals(r.number("quality_mean"), quality / decided, 1e-9, file + " quality_mean");
            assertEquals(r.number("latency_mean"), latency / decided, 1e-9, file + " latency_mean");
            assertEquals(r.number("wait_mean"), wait / decided, 1e-9, file + " wait_mean");
            assertEquals(r.number("escalations_per_need"), escalations / raised, 1e-9, file + " escalations_per_need");
            // utilisation of a role: per-school busy time weighted by headcount
            double teachers = 0;
            for (String school : SCHOOLS) {
                teachers += r.number(school, "utilization_teacher");
            }
            assertEquals(r.number("utilization_teacher"), teachers / SCHOOLS.size(), 1e-9, file + " utilization_teacher");
            assertEquals(0.0, r.number("office", "utilization_teacher"), 0.0, "no teachers in the office row");
            assertTrue(r.number("cabrillo", "needs_raised") > 1000, "a high school raises its needs in its row");
        }
    }
}
