package leadsim.model.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.analysis.survival.LogRank;
import leadsim.analysis.survival.LogRankResult;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.model.SchoolNames;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Reform across a system: per-school implementation and survival, how a reform starts (mandate
 * or vote), reciprocal accountability, and the Long Beach direction (the reform outlives the
 * project director in more schools of the distributed district). The reform's commitment does
 * not depend on the decision load, so these runs cut the workload to 5% to stay quick
 * (workload_multiplier; the decision flow then only supplies time).
 */
class DistrictReformTest {
    private static final int PAIRS = 20;
    private static final String QUICK = "workload_multiplier: 0.05\n";

    private static Scenario reform(String regime, String from, String to, String overlay) {
        return Runs.variant("districts/long-beach-reform-" + regime + ".yaml", from, to, QUICK + (overlay == null ? "" : overlay));
    }

    private static List<Map<String, Object>> schoolRows(RunResult r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        r.schools().forEach((name, row) -> {
            if (!SchoolNames.OFFICE.equals(name)) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static double num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    @Test
    void aMandatesFidelityRisesWithTheCoachingCapacityThatComesWithIt() {
        String noDeparture = "events:\n  - {at_day: 180, type: leader_departs, role: project_director}\n";
        String one = "horizon:\n  days: 180\n";
        Scenario bare = reform("distributed", noDeparture, "events: []\n", one + "people:\n  turnover: {enabled: false}\n  coaching: {shares: {slc_coach: 0.0}}\n");
        Scenario coached = reform("distributed", noDeparture, "events: []\n",
                one + "people:\n  turnover: {enabled: false}\n  coaching: {shares: {slc_coach: 0.5, principal: 0.3, slc_coordinator: 0.5}}\n");
        int higher = 0;
        int schools = 0;
        for (int k = 1; k <= 5; k++) {
            RunResult b = new SchoolSim(k, bare, false).run();
            RunResult c = new SchoolSim(k, coached, false).run();
            assertEquals(0.0, b.number("mandate_capacity"), 0.0, "no coaching: a demand without capacity");
            // coaching hours a day: coach 2.5 x 0.5 + 4 principals 3.5 x 0.3 + 4 coordinators 2.5 x 0.5 = 10.45,
            // over the 280 staff who hold commitment (the team roles: 4 x (60 teachers + 5 lead
            // teachers + 5 counselors)), over 0.05 hours per staff member for full capacity
            assertEquals(10.45 / 280 / 0.05, c.number("mandate_capacity"), 1e-9);
            List<Map<String, Object>> bs = schoolRows(b);
            List<Map<String, Object>> cs = schoolRows(c);
            for (int s = 0; s < bs.size(); s++) {
                schools++;
                if (num(cs.get(s), "implementation_final") > num(bs.get(s), "implementation_final")) {
                    higher++;
                }
            }
        }
        assertEquals(schools, higher, "with coaching capacity, implementation is higher in every school of every pair");
    }

    @Test
    void aVoteComesAfterTheInquiryWithMoreCommitmentThanAMandate() {
        String enabled = "reform:\n  enabled: false\n";
        Scenario mandate = reform("hierarchical", null, null, enabled + "events:\n  - {at_day: 10, type: reform_start, role: project_director, by: mandate}\n");
        Scenario vote = reform("hierarchical", null, null, enabled + "events:\n  - {at_day: 10, type: reform_start, role: project_director, by: vote}\n");
        double mandateSum = 0;
        double voteSum = 0;
        for (int k = 1; k <= PAIRS; k++) {
            RunResult m = new SchoolSim(k, mandate, false).run();
            RunResult v = new SchoolSim(k, vote, false).run();
            assertEquals(10.0, m.number("reform_start_day"), 0.0);
            assertEquals(40.0, v.number("reform_start_day"), 0.0, "the vote after 30 days of inquiry");
            assertEquals(1.0, v.number("reform_by_vote"), 0.0);
            mandateSum += m.number("implementation_final");
            voteSum += v.number("implementation_final");
        }
        assertTrue(voteSum > mandateSum, "mean implementation after three years: vote " + voteSum / PAIRS
                + ", mandate " + mandateSum / PAIRS);
    }

    /**
     * The brief's claim: distributed leadership minimises "the impact of the inevitable migration
     * of individual champions". Per-school survival after the director leaves, 20 paired
     * replicates of the two Long Beach districts (same seeds), compared by the log-rank test.
     */
    @Test
    void theReformOutlivesTheDirectorInMoreSchoolsOfTheDistributedDistrict() {
        Scenario distributed = reform("distributed", null, null, "horizon:\n  days: 360\n");
        Scenario hierarchical = reform("hierarchical", null, null, "horizon:\n  days: 360\n");
        List<Double> td = new ArrayList<>();
        List<Boolean> ed = new ArrayList<>();
        List<Double> th = new ArrayList<>();
        List<Boolean> eh = new ArrayList<>();
        int aliveD = 0;
        int aliveH = 0;
        for (int k = 1; k <= PAIRS; k++) {
            for (Map<String, Object> row : schoolRows(new SchoolSim(k, distributed, false).run())) {
                td.add(num(row, "reform_survival_days"));
                ed.add(num(row, "reform_censored") == 0);
                aliveD += (int) num(row, "reform_censored");
            }
            for (Map<String, Object> row : schoolRows(new SchoolSim(k, hierarchical, false).run())) {
                th.add(num(row, "reform_survival_days"));
                eh.add(num(row, "reform_censored") == 0);
                aliveH += (int) num(row, "reform_censored");
            }
        }
        LogRankResult test = LogRank.test(unbox(td), unboxB(ed), unbox(th), unboxB(eh));
        String numbers = "schools keeping the reform at day 360: distributed " + aliveD + "/" + td.size()
                + ", hierarchical " + aliveH + "/" + th.size() + "; log-rank chi2 " + test.chiSquare() + ", p " + test.pValue();
        assertTrue(aliveD > aliveH, numbers);
        assertTrue(test.pValue() < 0.05, numbers);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean[] unboxB(List<Boolean> values) {
        boolean[] out = new boolean[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
