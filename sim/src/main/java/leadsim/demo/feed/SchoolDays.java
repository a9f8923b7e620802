package leadsim.demo.feed;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.SchoolSim;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import leadsim.model.decide.Outcome;
import leadsim.model.reform.Reform;

/**
 * What each school of a district did, one value per school day: the drill-down's charts, the
 * overview's charts by school, and lessons' claims about one school ({@code school:}) read it.
 * A need belongs to the school where it was raised (as the model's per-school rows count it,
 * ODD 13.4); queues are the needs waiting at the end of the day at the school's desks and its
 * own bodies' agendas; the reform's level is the school's own (the model's per-school
 * implementation level, 0 once the reform has ended there). Written on the model thread,
 * read as copies elsewhere, hence the synchronisation.
 */
public final class SchoolDays implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int schools;
    private List<Level> levels = List.of();
    private final List<double[]> latencySum = new ArrayList<>(); // per day: [school]
    private final List<int[]> decided = new ArrayList<>();       // per day: [school], by the holder or by default
    private final List<int[]> raised = new ArrayList<>();        // per day: [school]
    private final List<int[][]> queues = new ArrayList<>();      // per closed day: [school, then the office][level]
    private final List<double[][]> reform = new ArrayList<>();   // per closed day: [school][level, share, alive, commitment]

    public synchronized void reset(int schools, List<Level> levels) {
        this.schools = schools;
        this.levels = List.copyOf(levels);
        latencySum.clear();
        decided.clear();
        raised.clear();
        queues.clear();
        reform.clear();
    }

    /** The school a need counts for: where it was raised; -1 for the office. */
    private static int schoolOf(Need need) {
        return need.origin() == null ? -1 : need.origin().school();
    }

    @Override
    public synchronized void raised(Need need, double now) {
        int s = schoolOf(need);
        if (s >= 0) {
            grow(raised, (int) now)[s]++;
        }
    }

    @Override
    public synchronized void decided(Need need, Level level, double quality, double now) {
        took(need, now);
    }

    /** A decision by default is one the student got: its latency counts (as in the district's chart). */
    @Override
    public synchronized void gaveUp(Need need, Level level, Outcome how, double quality, double now) {
        if (how == Outcome.WORKAROUND) {
            took(need, now);
        }
    }

    private void took(Need need, double now) {
        int s = schoolOf(need);
        if (s < 0) {
            return;
        }
        int day = (int) now;
        while (latencySum.size() <= day) {
            latencySum.add(new double[schools]);
        }
        latencySum.get(day)[s] += now - need.created();
        grow(decided, day)[s]++;
    }

    private int[] grow(List<int[]> days, int day) {
        while (days.size() <= day) {
            days.add(new int[schools]);
        }
        return days.get(day);
    }

    /** Records queues and the reform for every day that ended before {@code now} (called as time advances). */
    public synchronized void closeDaysBefore(double now, SchoolSim sim) {
        while (queues.size() < (int) Math.floor(now)) {
            int[][] waiting = new int[schools + 1][levels.size()];
            var flow = sim.decisionFlow();
            for (Person p : sim.organisation().people()) {
                waiting[p.school() < 0 ? schools : p.school()][p.level().index()] += flow.queued(p);
            }
            for (Body b : sim.organisation().bodies()) {
                waiting[b.school() < 0 ? schools : b.school()][b.level().index()] += flow.queued(b);
            }
            queues.add(waiting);
            reform.add(reformNow(sim));
        }
    }

    /**
     * Per school: implementation level, share of its staff at or above the fidelity threshold,
     * alive (1) or not (0), and its staff's mean commitment (which goes on after the reform ended
     * there: a cancelled reform leaves committed staff behind).
     */
    private double[][] reformNow(SchoolSim sim) {
        double[][] out = new double[schools][4];
        var spec = sim.scenario().reform();
        Reform r = spec.enabled() ? sim.reform() : null;
        if (r == null || !r.started()) {
            return out; // before the start: nothing to implement yet (shown as 0, as the model's columns are)
        }
        int[] staff = new int[schools];
        int[] above = new int[schools];
        double[] sum = new double[schools];
        for (Person p : sim.organisation().people()) {
            double c = p.school() >= 0 ? r.commitment(p) : Double.NaN;
            if (!Double.isNaN(c)) {
                staff[p.school()]++;
                sum[p.school()] += c;
                if (c >= spec.fidelityThreshold()) {
                    above[p.school()]++;
                }
            }
        }
        for (int s = 0; s < schools; s++) {
            boolean alive = r.aliveIn(s);
            out[s][0] = alive ? r.levelIn(s) : 0;
            out[s][1] = alive && staff[s] > 0 ? above[s] / (double) staff[s] : 0;
            out[s][2] = alive ? 1 : 0;
            out[s][3] = staff[s] > 0 ? sum[s] / staff[s] : 0;
        }
        return out;
    }

    synchronized int schools() {
        return schools;
    }

    public synchronized List<Level> levels() {
        return levels;
    }

    /** Days completed so far. */
    synchronized int days() {
        return queues.size();
    }

    /** Mean latency (days) of the decisions of the school's needs each completed day; NaN on a day with none. */
    public synchronized double[] latencyByDay(int school) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            int n = d < decided.size() ? decided.get(d)[school] : 0;
            out[d] = n == 0 ? Double.NaN : latencySum.get(d)[school] / n;
        }
        return out;
    }

    /** Needs raised in the school each completed day. */
    public synchronized double[] raisedByDay(int school) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length && d < raised.size(); d++) {
            out[d] = raised.get(d)[school];
        }
        return out;
    }

    /** Needs waiting at a role's desks (or a body's agendas) in the school at the end of each completed day. */
    public synchronized double[] queueByDay(int school, Level level) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = queues.get(d)[school][level.index()];
        }
        return out;
    }

    /**
     * Needs waiting anywhere in the school at the end of each completed day; {@code school} =
     * {@link #schools()} is the central office (its desks and the district's bodies).
     */
    public synchronized double[] queueTotalByDay(int school) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            for (int q : queues.get(d)[school]) {
                out[d] += q;
            }
        }
        return out;
    }

    /** The school's implementation level each completed day (0 before the reform and after it ended there). */
    public synchronized double[] implementationByDay(int school) {
        return reformByDay(school, 0);
    }

    /** Share of the school's staff at or above the fidelity threshold each completed day. */
    public synchronized double[] implementationShareByDay(int school) {
        return reformByDay(school, 1);
    }

    /** The school's staff's mean commitment each completed day, whether or not the reform lives there. */
    public synchronized double[] commitmentByDay(int school) {
        return reformByDay(school, 3);
    }

    /** 1 on the days the reform lived in the school, else 0. */
    public synchronized double[] aliveByDay(int school) {
        return reformByDay(school, 2);
    }

    private double[] reformByDay(int school, int which) {
        double[] out = new double[reform.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = reform.get(d)[school][which];
        }
        return out;
    }
}
