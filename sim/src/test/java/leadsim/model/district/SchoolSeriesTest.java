package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.model.RunResult;
import leadsim.model.SchoolNames;
import leadsim.model.SchoolSeries;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Series per school: each school's (and the office's) daily counts add up to the district's own
 * series exactly, day by day; each school's implementation on the last day is its row's
 * implementation_final; the same seed gives the same series; without series, or with a single
 * school, none are recorded.
 */
class SchoolSeriesTest {
    /** The Long Beach reform district over 120 days, the director leaving on day 60. */
    private static Scenario district() {
        return Runs.variant("districts/long-beach-reform-distributed.yaml",
                "  - {at_day: 180, type: leader_departs, role: project_director}",
                "  - {at_day: 60, type: leader_departs, role: project_director}",
                "horizon:\n  days: 120\n");
    }

    @Test
    void schoolsAddUpToTheDistrictDayByDay() {
        Scenario scenario = district();
        RunResult r = new SchoolSim(11, scenario, true).run();
        SchoolSeries s = r.schoolSeries();
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson", SchoolNames.OFFICE), s.units());
        assertEquals(List.of("waiting", "decisions", "gave_up", "latency_mean", "implementation", "reform_alive"),
                s.columns());
        assertEquals(r.series().length, s.days());
        List<String> columns = r.seriesColumns();
        double waitingSeen = 0;
        for (int d = 0; d < s.days(); d++) {
            double queued = 0;
            double decided = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).startsWith("queue_")) {
                    queued += r.series()[d][c];
                } else if (columns.get(c).startsWith("decided_")) {
                    decided += r.series()[d][c];
                }
            }
            double waiting = 0;
            double decisions = 0;
            double gaveUp = 0;
            double latencySum = 0;
            for (String unit : s.units()) {
                waiting += s.of(unit, "waiting")[d];
                double n = s.of(unit, "decisions")[d];
                decisions += n;
                gaveUp += s.of(unit, "gave_up")[d];
                if (n > 0) {
                    latencySum += n * s.of(unit, "latency_mean")[d];
                }
            }
            assertEquals(queued, waiting, 0.0, "needs waiting on day " + (d + 1));
            assertEquals(decided, decisions, 0.0, "decisions on day " + (d + 1));
            assertEquals(r.series()[d][columns.indexOf("gave_up")], gaveUp, 0.0, "give-ups on day " + (d + 1));
            if (decided > 0) {
                assertEquals(r.series()[d][columns.indexOf("latency_mean")], latencySum / decisions, 1e-9,
                        "latency weighted by decisions on day " + (d + 1));
            }
            waitingSeen += waiting;
        }
        assertTrue(waitingSeen > 0, "needs waited on some day");
        int last = s.days() - 1;
        for (String school : s.units().subList(0, 4)) {
            assertEquals(r.number(school, "implementation_final"), s.of(school, "implementation")[last], 1e-12,
                    school + "'s implementation at the end");
            double alive = s.of(school, "reform_alive")[last];
            assertEquals(r.number(school, "reform_censored"), alive, 0.0, school + " still runs the reform");
        }
        assertTrue(Double.isNaN(s.of(SchoolNames.OFFICE, "implementation")[last]), "the office has no staff level of its own");
    }

    @Test
    void withoutSeriesNoSchoolSeriesAreKept() {
        assertTrue(new SchoolSim(5, district(), false).run().schoolSeries().isEmpty());
    }

    @Test
    void theSameSeedGivesTheSameSchoolSeries() {
        SchoolSeries a = new SchoolSim(9, district(), true).run().schoolSeries();
        SchoolSeries b = new SchoolSim(9, district(), true).run().schoolSeries();
        assertTrue(java.util.Arrays.deepEquals(a.values(), b.values()));
    }

    @Test
    void aSingleSchoolRecordsNoSchoolSeries() {
        RunResult r = new SchoolSim(3, Runs.variant("distributed.yaml", null, null, "horizon:\n  days: 20\n"), true).run();
        assertTrue(r.schoolSeries().isEmpty());
        assertFalse(r.seriesColumns().isEmpty());
    }
}
