package leadsim.demo.feed;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.SchoolSim;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;

/**
 * What the live charts plot and lessons' claims are checked against, one point per school day:
 * mean latency of the decisions taken that day, needs raised, escalations and needs arriving at
 * each role and body that day, the queue at every role and body and the culture when the day
 * ends. Written on the model thread, read (as copies) on the Swing thread, hence the
 * synchronisation.
 */
public final class DailySeries implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<double[]> latency = new ArrayList<>(); // {sum, count} per day
    private final List<int[]> counts = new ArrayList<>();     // {raised, escalated, gave up} per day
    private final List<int[]> arriving = new ArrayList<>();   // per level, per day
    private final List<int[]> queues = new ArrayList<>();      // per level, at the end of each day
    private final List<double[]> culture = new ArrayList<>();  // {safety, transparency} at the end of each day
    private List<Level> levels = List.of();

    public synchronized void reset(List<Level> levels) {
        this.levels = List.copyOf(levels);
        latency.clear();
        counts.clear();
        arriving.clear();
        queues.clear();
        culture.clear();
    }

    @Override
    public synchronized void decided(Need need, Level level, double quality, double now) {
        double[] day = grow(latency, (int) now, () -> new double[2]);
        day[0] += now - need.created();
        day[1]++;
    }

    /** A decision by default is a decision the student got: its latency counts like any other. */
    @Override
    public synchronized void gaveUp(Need need, Level level, leadsim.model.decide.Outcome how, double quality, double now) {
        grow(counts, (int) now, () -> new int[3])[2]++;
        if (how == leadsim.model.decide.Outcome.WORKAROUND) {
            double[] day = grow(latency, (int) now, () -> new double[2]);
            day[0] += now - need.created();
            day[1]++;
        }
    }

    @Override
    public synchronized void raised(Need need, double now) {
        grow(counts, (int) now, () -> new int[3])[0]++;
    }

    @Override
    public synchronized void escalated(Need need, Person from, double now) {
        grow(counts, (int) now, () -> new int[3])[1]++;
    }

    @Override
    public synchronized void handedOff(Need need, Person from, Level toLevel, int hops, double now) {
        int n = levels.size();
        grow(arriving, (int) now, () -> new int[n])[toLevel.index()]++;
    }

    private static <T> T grow(List<T> days, int day, java.util.function.Supplier<T> empty) {
        while (days.size() <= day) {
            days.add(empty.get());
        }
        return days.get(day);
    }

    /** Records the queues and culture for every day that ended before {@code now} (called as time advances). */
    public synchronized void closeDaysBefore(double now, SchoolSim sim) {
        while (queues.size() < (int) Math.floor(now)) {
            int[] row = new int[levels.size()];
            for (Level level : levels) {
                row[level.index()] = sim.recorder().queued(level);
            }
            queues.add(row);
            culture.add(new double[] {sim.decisionFlow().psychologicalSafety(), sim.decisionFlow().transparency()});
        }
    }

    public synchronized List<Level> levels() {
        return levels;
    }

    /** Days completed so far. */
    public synchronized int days() {
        return queues.size();
    }

    /** Mean latency (days) of the decisions of each completed day; NaN on a day with none. */
    public synchronized double[] latencyByDay() {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            double[] sc = d < latency.size() ? latency.get(d) : new double[2];
            out[d] = sc[1] == 0 ? Double.NaN : sc[0] / sc[1];
        }
        return out;
    }

    /** Queue length at a level at the end of each completed day. */
    public synchronized double[] queueByDay(Level level) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = queues.get(d)[level.index()];
        }
        return out;
    }

    /** Needs handed to a level (its queue or its meeting's agenda) during each completed day. */
    public synchronized double[] arrivingByDay(Level level) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length && d < arriving.size(); d++) {
            out[d] = arriving.get(d)[level.index()];
        }
        return out;
    }

    /** Needs raised during each completed day. */
    public synchronized double[] raisedByDay() {
        return countByDay(0);
    }

    /** Escalations (a holder passing a decision up) during each completed day. */
    public synchronized double[] escalationsByDay() {
        return countByDay(1);
    }

    /** Needs whose patience ran out (decided by default, lapsed) during each completed day. */
    public synchronized double[] gaveUpByDay() {
        return countByDay(2);
    }

    private double[] countByDay(int which) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length && d < counts.size(); d++) {
            out[d] = counts.get(d)[which];
        }
        return out;
    }

    /** Psychological safety (0) or transparency (1) in force at the end of each completed day. */
    public synchronized double[] cultureByDay(int which) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = culture.get(d)[which];
        }
        return out;
    }
}
