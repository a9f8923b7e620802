package leadsim.demo;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.Level;
import leadsim.model.SchoolSim;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;

/**
 * What the live charts plot, one point per school day: mean latency of the decisions taken that
 * day, and the queue at every role and body when the day ends. Written on the model thread,
 * read (as copies) on the Swing thread, hence the synchronisation.
 */
final class DailySeries implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<double[]> latency = new ArrayList<>(); // {sum, count} per day
    private final List<int[]> queues = new ArrayList<>();      // per level, at the end of each day
    private List<Level> levels = List.of();

    synchronized void reset(List<Level> levels) {
        this.levels = List.copyOf(levels);
        latency.clear();
        queues.clear();
    }

    @Override
    public synchronized void decided(Need need, Level level, double quality, double now) {
        int day = (int) now;
        while (latency.size() <= day) {
            latency.add(new double[2]);
        }
        latency.get(day)[0] += now - need.created();
        latency.get(day)[1]++;
    }

    /** Records the queues for every day that ended before {@code now} (called as time advances). */
    synchronized void closeDaysBefore(double now, SchoolSim sim) {
        while (queues.size() < (int) Math.floor(now)) {
            int[] row = new int[levels.size()];
            for (Level level : levels) {
                row[level.index()] = sim.recorder().queued(level);
            }
            queues.add(row);
        }
    }

    synchronized List<Level> levels() {
        return levels;
    }

    /** Days completed so far. */
    synchronized int days() {
        return queues.size();
    }

    /** Mean latency (days) of the decisions of each completed day; NaN on a day with none. */
    synchronized double[] latencyByDay() {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            double[] sc = d < latency.size() ? latency.get(d) : new double[2];
            out[d] = sc[1] == 0 ? Double.NaN : sc[0] / sc[1];
        }
        return out;
    }

    /** Queue length at a level at the end of each completed day. */
    synchronized double[] queueByDay(Level level) {
        double[] out = new double[queues.size()];
        for (int d = 0; d < out.length; d++) {
            out[d] = queues.get(d)[level.index()];
        }
        return out;
    }
}
