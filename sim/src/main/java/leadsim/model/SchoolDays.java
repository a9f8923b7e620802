package leadsim.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import leadsim.model.decide.Need;
import leadsim.model.reform.Reform;
import sim.engine.Steppable;

/**
 * Records a district's {@link SchoolSeries}: told by {@link SchoolRecorders} of each need raised
 * and ended, it counts per unit (a school, or the office) the day's decisions, give-ups and their
 * latencies exactly as the district's recorder counts them for the whole run (every need,
 * the warm-up's included), and samples per unit the needs waiting and the reform's implementation
 * at the very moments the district's own series are sampled. Created only for a district that
 * keeps its series, so a single school pays nothing.
 */
final class SchoolDays implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> units;
    private final int days;
    private final boolean overload;
    private final boolean reform;
    /** Needs raised and not yet ended, whatever the unit; counting is order-free, so a hash set will do. */
    private final Set<Need> open = new HashSet<>();
    private final double[][] waiting;
    private final double[][] decisions;
    private final double[][] gaveUp;
    private final double[][] latencySum;
    private final double[][] implementation;
    private final double[][] alive;

    /**
     * @param units    school names, then the office's when it has people (needs raised by office staff)
     * @param overload whether needs give up (then {@code gave_up} is a column)
     * @param reform   whether a reform can run (then {@code implementation} and {@code reform_alive} are)
     */
    SchoolDays(List<String> units, int days, boolean overload, boolean reform) {
        this.units = List.copyOf(units);
        this.days = days;
        this.overload = overload;
        this.reform = reform;
        int n = units.size();
        waiting = new double[n][days];
        decisions = new double[n][days];
        gaveUp = new double[n][days];
        latencySum = new double[n][days];
        implementation = reform ? nan(n, days) : null;
        alive = reform ? nan(n, days) : null;
    }

    /** The per-school series of a district scenario: its schools by name, and the office when it has people. */
    static SchoolDays of(leadsim.scenario.Scenario scenario, List<String> schools, int days) {
        List<String> units = new ArrayList<>(schools);
        if (scenario.hasOfficeStaff()) {
            units.add(SchoolNames.OFFICE);
        }
        return new SchoolDays(units, days, leadsim.metrics.Mechanism.OVERLOAD.on(scenario),
                leadsim.metrics.Mechanism.REFORM.on(scenario));
    }

    /**
     * The district recorder's daily step followed by this one's waiting sample, as one step: the
     * schedule runs them at one time and ordering without a shuffle (which would draw random numbers).
     */
    Steppable sampledWith(RunRecorder district) {
        return state -> {
            district.step(state);
            sampleWaiting((int) Math.round(state.schedule.getTime()));
        };
    }

    /** The reform's per-school sample, for the end of each day's slow processes. */
    Steppable reformSampler(Reform r, int schools) {
        return state -> sampleReform((int) Math.round(state.schedule.getTime()), r, schools);
    }

    private static double[][] nan(int n, int days) {
        double[][] values = new double[n][days];
        for (double[] row : values) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return values;
    }

    /** The unit of a need: the school it was raised in, or the office (the last unit). */
    private int unit(Need need) {
        int school = need.origin().school();
        return school < 0 ? units.size() - 1 : school;
    }

    private int day(double now) {
        return Math.min(days - 1, (int) now);
    }

    void raised(Need need) {
        open.add(need);
    }

    void decided(Need need, double now) {
        open.remove(need);
        int u = unit(need);
        int d = day(now);
        decisions[u][d]++;
        latencySum[u][d] += now - need.created();
    }

    void gaveUp(Need need, double now) {
        open.remove(need);
        gaveUp[unit(need)][day(now)]++;
    }

    /** At the end of day {@code day} (1-based), with the district's queue sample: needs waiting per unit. */
    void sampleWaiting(int day) {
        if (day < 1 || day > days) {
            return;
        }
        for (Need need : open) {
            if (need.waitingAt() != null) {
                waiting[unit(need)][day - 1]++;
            }
        }
    }

    /**
     * After the day's reform step, as the district's implementation column is written: each
     * school's level (0 where the reform has died there), NaN before the reform's first day.
     */
    void sampleReform(int day, Reform r, int schools) {
        if (!reform || day < 1 || day > days || !r.started()) {
            return;
        }
        for (int s = 0; s < schools; s++) {
            boolean here = r.aliveIn(s);
            implementation[s][day - 1] = here ? r.levelIn(s) : 0;
            alive[s][day - 1] = here ? 1 : 0;
        }
    }

    /** A school's daily columns: waiting, decisions, give-ups when needs give up, latency, the reform's when one can run. */
    static List<String> columns(boolean overload, boolean reform) {
        List<String> columns = new ArrayList<>(List.of(SchoolSeries.WAITING, SchoolSeries.DECISIONS));
        if (overload) {
            columns.add("gave_up");
        }
        columns.add("latency_mean");
        if (reform) {
            columns.add("implementation");
            columns.add("reform_alive");
        }
        return columns;
    }

    SchoolSeries result() {
        List<String> columns = columns(overload, reform);
        double[][][] values = new double[units.size()][][];
        for (int u = 0; u < units.size(); u++) {
            List<double[]> unit = new ArrayList<>(List.of(waiting[u].clone(), decisions[u].clone()));
            if (overload) {
                unit.add(gaveUp[u].clone());
            }
            double[] latency = new double[days];
            for (int d = 0; d < days; d++) {
                latency[d] = decisions[u][d] == 0 ? Double.NaN : latencySum[u][d] / decisions[u][d];
            }
            unit.add(latency);
            if (reform) {
                // the office has no implementation level of its own: its staff are in no school
                boolean office = u >= units.size() - 1 && SchoolNames.OFFICE.equals(units.get(u));
                unit.add(office ? nan(1, days)[0] : implementation[u].clone());
                unit.add(office ? nan(1, days)[0] : alive[u].clone());
            }
            values[u] = unit.toArray(double[][]::new);
        }
        return new SchoolSeries(units, columns, values);
    }
}
