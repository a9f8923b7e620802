package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.metrics.Catalogue;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * A district of schools that never touch one another runs as one lane per school: the same
 * result on one thread as on two, per-school figures that add up to the district's, each
 * school's history that of the school alone, and every measured column present.
 */
class SchoolLanesTest {
    private static final String FOUR_SCHOOLS = """
            horizon: {days: 60, warmup_days: 10}
            schools:
              - {name: north, copies: 3}
              - {name: south, copies: 1, students: 300}
            """;

    private static Scenario district() {
        return Runs.variant("distributed.yaml", null, null, FOUR_SCHOOLS);
    }

    private static RunResult run(Scenario scenario, int threads, boolean series) {
        SchoolSim sim = new SchoolSim(11, scenario, series);
        sim.runSchoolsOn(threads);
        return sim.run();
    }

    @Test
    void copiesOfTheShippedSchoolRunAsLanesAndADistrictWithAnOfficeDoesNot() {
        assertTrue(leadsim.scenario.SchoolsApart.of(district()));
        assertFalse(leadsim.scenario.SchoolsApart.of(Runs.load("districts/long-beach-distributed.yaml")),
                "the office couples the schools");
        assertFalse(leadsim.scenario.SchoolsApart.of(Runs.load("distributed.yaml")), "one school is one schedule already");
    }

    @Test
    void oneThreadAndTwoGiveTheSameResult() {
        RunResult one = run(district(), 1, true);
        RunResult two = run(district(), 2, true);
        assertEquals(one.metrics(), two.metrics());
        assertEquals(one.schools(), two.schools());
        assertEquals(one.seriesColumns(), two.seriesColumns());
        assertEquals(one.series().length, two.series().length);
        for (int d = 0; d < one.series().length; d++) {
            assertArrayEquals(one.series()[d], two.series()[d], 0.0, "day " + (d + 1));
        }
        assertEquals(one.events(), two.events());
    }

    @Test
    void keepingASeriesDoesNotChangeTheHistory() {
        assertEquals(run(district(), 2, false).metrics(), run(district(), 2, true).metrics());
        Scenario school = Runs.load("distributed.yaml");
        assertEquals(new SchoolSim(5, school, false).run().metrics(), new SchoolSim(5, school, true).run().metrics());
    }

    @Test
    void perSchoolCountsAddUpToTheDistrict() {
        RunResult r = run(district(), 2, false);
        assertEquals(List.of("north#0", "north#1", "north#2", "south"), new ArrayList<>(r.schools().keySet()));
        for (String count : List.of("needs_raised", "needs_decided", "needs_open", "needs_defaulted", "needs_lapsed")) {
            double sum = 0;
            for (String school : r.schools().keySet()) {
                sum += r.number(school, count);
            }
            assertEquals(r.number(count), sum, 0.0, count);
        }
        double inSystem = 0;
        for (String school : r.schools().keySet()) {
            inSystem += r.number(school, "in_system_mean");
        }
        assertEquals(r.number("in_system_mean"), inSystem, 1e-9 * inSystem, "time-average needs in the system add");
    }

    @Test
    void theDistrictsMeansAreTheSchoolsWeightedByTheirCounts() {
        RunResult r = run(district(), 2, false);
        double decided = 0;
        double latency = 0;
        double quality = 0;
        double raised = 0;
        double escalations = 0;
        double teachers = 0;
        for (String school : r.schools().keySet()) {
            double n = r.number(school, "needs_decided");
            decided += n;
            latency += n * r.number(school, "latency_mean");
            quality += n * r.number(school, "quality_mean");
            raised += r.number(school, "needs_raised");
            escalations += r.number(school, "needs_raised") * r.number(school, "escalations_per_need");
            teachers += r.number(school, "utilization_teacher"); // every school has the same 40 teachers
        }
        assertEquals(latency / decided, r.number("latency_mean"), 1e-12, "latency of decided needs, weighted by decisions");
        assertEquals(quality / decided, r.number("quality_mean"), 1e-12, "quality, weighted by decisions");
        assertEquals(escalations / raised, r.number("escalations_per_need"), 1e-12, "escalations, weighted by needs");
        assertEquals(teachers / r.schools().size(), r.number("utilization_teacher"), 1e-12, "teachers' hours, by headcount");
    }

    @Test
    void eachSchoolsHistoryIsThatOfTheSchoolAlone() {
        Scenario scenario = district();
        RunResult r = run(scenario, 2, false);
        List<Scenario> lanes = SchoolLanes.laneScenarios(scenario);
        SchoolSim alone = new SchoolSim(SchoolLanes.laneSeed(11, 3), lanes.get(3), false);
        Map<String, Object> own = alone.run().metrics();
        Map<String, Object> row = r.schools().get("south");
        for (Map.Entry<String, Object> e : row.entrySet()) {
            assertEquals(own.get(e.getKey()), e.getValue(), e.getKey());
        }
    }

    @Test
    void everyColumnTheStoreExpectsIsMeasured() {
        Scenario scenario = district();
        RunResult probe = new SchoolSim(1, scenario, true).columnsOnly();
        RunResult r = run(scenario, 2, true);
        List<String> expected = Catalogue.measuredColumns("runs", probe.metrics().keySet(), scenario);
        assertTrue(r.metrics().keySet().containsAll(expected), "missing: " + missing(expected, r.metrics().keySet()));
        assertEquals(Catalogue.measuredColumns("series", probe.seriesColumns(), scenario),
                Catalogue.measuredColumns("series", r.seriesColumns(), scenario));
        Set<String> rowKeys = probe.schools().values().iterator().next().keySet();
        assertEquals(rowKeys, r.schools().get("north#1").keySet());
    }

    @Test
    void theNeedsLogNumbersAndNamesNeedsAsTheDistrictDoes() {
        SchoolSim sim = new SchoolSim(11, district(), false);
        sim.runSchoolsOn(2);
        List<NeedRecord> log = new ArrayList<>();
        sim.logNeeds(log::add);
        RunResult r = sim.run();
        assertEquals(r.number("needs_raised"), log.size(), 0.0);
        Set<Long> ids = new HashSet<>();
        int maxStudent = -1;
        Set<String> raisers = new HashSet<>();
        for (NeedRecord need : log) {
            assertTrue(ids.add(need.id()), "id " + need.id() + " twice");
            maxStudent = Math.max(maxStudent, need.student());
            raisers.add(need.raisedBy());
        }
        assertEquals(log.size() - 1L, ids.stream().mapToLong(Long::longValue).max().orElse(-1));
        // 3 x 600 + 300 students, numbered across the district; the last school's teachers are teacher#120..159
        assertTrue(maxStudent >= 1800, "students of the last school numbered after the others: " + maxStudent);
        assertTrue(raisers.stream().anyMatch(name -> name.matches("teacher#1[2-5][0-9]")), "district desk names");
        long open = log.stream().filter(n -> n.outcome().equals("open")).count();
        assertEquals(r.number("needs_open"), open, 0.0);
        double[] latencies = log.stream().filter(n -> n.outcome().equals("decided") || n.outcome().equals("workaround"))
                .mapToDouble(n -> n.endedAt() - n.raisedAt()).toArray();
        assertEquals(r.number("needs_decided"), latencies.length, 0.0);
        assertEquals(r.number("latency_mean"), java.util.Arrays.stream(latencies).sum() / latencies.length, 1e-9,
                "the district's mean latency from its needs log");
    }

    @Test
    void theSchoolsDailySeriesAddUpToTheDistrictsDayByDay() {
        RunResult r = run(district(), 2, true);
        SchoolSeries schools = r.schoolSeries();
        assertEquals(List.of("north#0", "north#1", "north#2", "south"), schools.units());
        for (int d = 0; d < r.series().length; d++) {
            double queued = 0;
            double decided = 0;
            for (int c = 0; c < r.seriesColumns().size(); c++) {
                String column = r.seriesColumns().get(c);
                if (column.startsWith("queue_")) {
                    queued += r.series()[d][c];
                } else if (column.startsWith("decided_")) {
                    decided += r.series()[d][c];
                }
            }
            double waiting = 0;
            double decisions = 0;
            for (String school : schools.units()) {
                waiting += schools.of(school, SchoolSeries.WAITING)[d];
                decisions += schools.of(school, SchoolSeries.DECISIONS)[d];
            }
            assertEquals(queued, waiting, 0.0, "needs waiting on day " + (d + 1));
            assertEquals(decided, decisions, 0.0, "decisions on day " + (d + 1));
        }
    }

    private static List<String> missing(List<String> expected, Set<String> got) {
        List<String> out = new ArrayList<>(expected);
        out.removeAll(got);
        return out;
    }
}
