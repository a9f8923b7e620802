package leadsim.model;

import leadsim.testing.Runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The mechanisms one at a time, on the innovation school and small variants of it. */
class SlowProcessesTest {

    private static RunResult one(Scenario scenario, long seed) {
        return Runs.replicates(scenario, seed, 1, true).get(0);
    }

    @Test
    void sameSeedSameHistory() {
        Scenario s = Runs.load("innovation.yaml");
        assertEquals(one(s, 4).metrics(), one(s, 4).metrics());
    }

    @Test
    void innovationOffLeavesTheDecisionsAlone() {
        // turning innovation on adds trial needs but must not change the arrival stream:
        // the slow processes draw from generators of their own
        Scenario off = Runs.variant("innovation.yaml", "  enabled: true", "  enabled: false", null);
        RunResult plain = Runs.replicates(Runs.variant("distributed.yaml", "  days: 180              # one school year",
                "  days: 540", "people: {turnover: {enabled: true}}"), 4, 1, false).get(0);
        RunResult quiet = Runs.replicates(off, 4, 1, false).get(0);
        assertEquals(plain.number("needs_raised"), quiet.number("needs_raised"));
        assertEquals(plain.number("latency_mean"), quiet.number("latency_mean"));
        assertEquals(0, quiet.number("innovations_invented"));
    }

    @Test
    void aMandateIsAdoptedAtOnceAndFadesUnlessReinforced() {
        String mandate = "events:\n  - {at_day: 100, type: mandate, role: principal, practice: new, fidelity: 0.3}\n";
        RunResult faded = one(Runs.variant("innovation.yaml", null, null,
                "innovation: {invention_per_year: 0}\n" + mandate), 8);
        RunResult reinforced = one(Runs.variant("innovation.yaml", null, null,
                "innovation: {invention_per_year: 0}\nevents:\n  - {at_day: 100, type: mandate, role: principal,"
                        + " practice: new, fidelity: 0.3, reinforce_every_days: 20}\n"), 8);
        int col = Runs.column(faded, "adoption");
        // the day after the mandate nearly everyone uses it nominally
        assertTrue(faded.series()[100][col] > 0.9, "nominal adoption " + faded.series()[100][col]);
        assertEquals(1, faded.number("mandates"));
        // unreinforced, fidelity 0.3 falls below 0.05 after ln(6)/1.5 years, about 215 days
        assertTrue(faded.number("mandate_lapses") > 30, "lapses " + faded.number("mandate_lapses"));
        assertTrue(faded.series()[400][col] < 0.1, "adoption a year later " + faded.series()[400][col]);
        assertEquals(0, reinforced.number("mandate_lapses"));
        assertTrue(reinforced.series()[400][col] > 0.8);
    }

    @Test
    void coachingMovesExpertiseTowardTheCoach() {
        Scenario none = Runs.load("innovation.yaml");
        Scenario coached = Runs.variant("innovation.yaml", null, null,
                "people: {coaching: {shares: {teacher_leader: 0.3}, rate_per_year: 3.0}}\n");
        // the mechanism itself: teachers' expertise ends higher where their teacher leaders coach
        // (practice quality follows only weakly: over 10 pairs its difference is +0.025, 95% CI
        // -0.003 to 0.052, since coaching also takes teacher leaders' decision hours)
        double[] without = new double[6];
        double[] with = new double[6];
        for (int k = 0; k < 6; k++) {
            without[k] = teacherExpertise(none, 12 + k);
            with[k] = teacherExpertise(coached, 12 + k);
        }
        var d = leadsim.analysis.stats.PairedDifference.of(without, with);
        assertTrue(d.ciLow() > 0, "teachers' expertise, coached - not: 95% CI " + d.ciLow() + " .. " + d.ciHigh());
    }

    private static double teacherExpertise(Scenario scenario, long seed) {
        SchoolSim sim = new SchoolSim(seed, scenario, false);
        sim.run();
        int domain = leadsim.scenario.Vocabulary.DOMAINS.indexOf("instruction");
        return sim.organisation().people().stream().filter(p -> p.role().equals("teacher"))
                .mapToDouble(p -> p.expertise(domain)).average().orElseThrow();
    }

    @Test
    void aTurnoverWaveAndARegimeChange() {
        RunResult run = one(Runs.variant("innovation.yaml", null, null, """
                events:
                  - {at_day: 10, type: reform_start}
                  - {at_day: 50, type: turnover_wave, share: 0.5, roles: [teacher]}
                  - {at_day: 60, type: regime_change, culture: {psychological_safety: 0.1},
                     decision_rights: {instruction: {classroom: principal}}}
                """), 21);
        int novices = Runs.column(run, "staff_novice_share");
        assertTrue(run.series()[50][novices] > run.series()[48][novices] + 0.2,
                "novices before " + run.series()[48][novices] + " after " + run.series()[50][novices]);
        assertTrue(run.number("departures") >= 15);
        assertEquals(10, run.number("reform_start_day"), 1e-9);
        assertTrue(run.number("decided_share_principal") > 0.05, "the principal now decides classroom instruction");
    }

    @Test
    void theReformSeriesAndColumns() {
        RunResult run = one(Runs.load("champion-leaves-distributed.yaml"), 3);
        for (String column : List.of("innovations_invented", "innovations_tried", "innovations_spread",
                "adoption_days_to_half", "adopted_good_share", "practice_quality_mean", "reform_survival_days",
                "reform_censored", "implementation_final", "growth_mean", "equity_gap")) {
            assertTrue(run.metrics().containsKey(column), column);
        }
        for (String column : List.of("adoption", "implementation", "staff_present")) {
            Runs.column(run, column);
        }
        assertEquals(180, run.number("champion_departure_day"), 1e-9);
        assertTrue(run.number("growth_mean") > 0.5 && run.number("growth_mean") < 1.5);
        assertTrue(run.number("equity_gap") > 0, "high-need students raise more needs, so more of theirs go late");
    }
}
