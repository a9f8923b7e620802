package leadsim.model.innovate;

import ec.util.MersenneTwisterFast;
import leadsim.model.people.Staff;
import leadsim.scenario.Scenario;

/**
 * The scenario's contagion rule over the collegial ties, evaluated synchronously: every
 * member's exposure is read from the state at the start of the day, then all who are moved
 * adopt together. {@code threshold}: moved once the ties using the practice reach one's own
 * threshold (a count, or a share of one's ties; Granovetter 1978, Watts 2002). {@code hazard}:
 * moved with probability 1 - exp(-(p + q x share + extra) dt), dt = one day in years (Bass
 * 1969). On a complete graph the exposure is counted (users other than oneself over N-1), never
 * looped over ties, so N = 10,000 costs O(N) a day.
 */
final class Contagion implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean threshold;
    private final boolean byCount;
    private final double p;
    private final double q;
    private final double dt;
    private final double[] thresholds;

    Contagion(Scenario scenario, Staff staff, MersenneTwisterFast random) {
        Scenario.Contagion c = scenario.network().contagion();
        this.threshold = "threshold".equals(c.rule());
        this.byCount = "count".equals(c.thresholdType());
        this.p = c.pPerYear();
        this.q = c.qPerYear();
        this.dt = 1.0 / scenario.horizon().daysPerYear();
        this.thresholds = new double[staff.size()];
        for (int i = 0; i < staff.size(); i++) {
            if (c.thresholds() != null) {
                thresholds[i] = c.thresholds().get(i);
            } else if (threshold) {
                // drawn only under the threshold rule, so a hazard run uses no numbers here
                double floor = byCount ? 1 : 0.01;
                thresholds[i] = Math.max(floor, c.threshold() + c.thresholdSd() * random.nextGaussian());
            }
        }
    }

    /** A newcomer brings their own threshold (explicit thresholds stay with the slot). */
    void redraw(int member, Scenario scenario, MersenneTwisterFast random) {
        Scenario.Contagion c = scenario.network().contagion();
        if (threshold && c.thresholds() == null) {
            double floor = byCount ? 1 : 0.01;
            thresholds[member] = Math.max(floor, c.threshold() + c.thresholdSd() * random.nextGaussian());
        }
    }

    /**
     * Marks in {@code moved} the members of the practice's school (not using or considering it)
     * whom exposure moves today. {@code extraRate} (per year) adds exposure from outside one's
     * ties (seeing the whole school's practice), as a hazard under either rule.
     */
    int expose(Practice practice, Staff staff, double extraRate, MersenneTwisterFast random, boolean[] moved) {
        int n = staff.size();
        int count = 0;
        int schoolSize = staff.inSchool(practice.school);
        for (int i = 0; i < n; i++) {
            moved[i] = false;
            if (practice.state[i] != Practice.NONE || staff.member(i).school() != practice.school) {
                continue;
            }
            int using;
            int ties;
            if (staff.complete()) {
                using = practice.users;
                ties = schoolSize - 1;
            } else {
                int[] mine = staff.ties(i);
                using = 0;
                for (int j : mine) {
                    if (practice.state[j] == Practice.USER) {
                        using++;
                    }
                }
                ties = mine.length;
            }
            double share = ties == 0 ? 0 : using / (double) ties;
            boolean go;
            if (threshold) {
                go = byCount ? using >= thresholds[i] : ties > 0 && share >= thresholds[i];
                if (!go && extraRate > 0) {
                    go = random.nextDouble() < 1 - Math.exp(-extraRate * dt);
                }
            } else {
                double rate = p + q * share + extraRate;
                go = rate > 0 && random.nextDouble() < 1 - Math.exp(-rate * dt);
            }
            if (go) {
                moved[i] = true;
                count++;
            }
        }
        return count;
    }
}
