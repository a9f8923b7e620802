package leadsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.DoubleBag;

/**
 * Measures a run from the decision flow's reports: latency and its quantiles, lateness,
 * quality, where decisions are taken, who waits and who is busy. Only needs raised after the
 * warm-up count; time averages cover the window from warm-up to the horizon.
 */
public final class RunRecorder implements FlowObserver, Steppable {
    private static final long serialVersionUID = 1L;

    private final List<Level> levels;
    private final int[] headcount;
    private final double warmup;
    private final double horizon;
    private final boolean keepSeries;
    private final int days;

    private long raised;
    private long decided;
    private long onTime;
    private long escalations;
    private long hops;
    private double qualitySum;
    private double waitSum;
    private final DoubleBag latencies = new DoubleBag();
    private final long[] decidedAt;
    private final double[] waitAt;
    private final double[] busyAt;
    private final int[] queuedAt;
    /** Needs raised after warm-up and not yet decided, so the end of the run can judge them. */
    private final java.util.ArrayList<Need> open = new java.util.ArrayList<>();
    private int inSystem;
    private double inSystemArea;
    private double lastChange;

    // daily series, filled only when keepSeries
    private final int[][] queueByDay;
    private final int[][] decidedByDay;
    private final double[][] busyByDay;
    private final double[] latencySumByDay;
    private final int[] latencyCountByDay;

    public RunRecorder(Organisation org, double warmup, double horizon, boolean keepSeries) {
        this.levels = org.levels();
        this.headcount = new int[levels.size()];
        for (Level level : levels) {
            headcount[level.index()] = level.isBody() ? org.bodiesOf(level) : org.peopleOf(level).size();
        }
        this.warmup = warmup;
        this.horizon = horizon;
        this.keepSeries = keepSeries;
        this.days = (int) Math.ceil(horizon);
        int n = levels.size();
        decidedAt = new long[n];
        waitAt = new double[n];
        busyAt = new double[n];
        queuedAt = new int[n];
        lastChange = warmup;
        queueByDay = keepSeries ? new int[days][n] : null;
        decidedByDay = keepSeries ? new int[days][n] : null;
        busyByDay = keepSeries ? new double[days][n] : null;
        latencySumByDay = keepSeries ? new double[days] : null;
        latencyCountByDay = keepSeries ? new int[days] : null;
    }

    @Override
    public void raised(Need need, double now) {
        countInSystem(now, +1);
        if (need.created() >= warmup) {
            raised++;
            need.openSlot(open.size());
            open.add(need);
        }
    }

    @Override
    public void escalated(Need need, Person from, double now) {
        if (need.created() >= warmup) {
            escalations++;
        }
    }

    @Override
    public void waited(Need need, Level level, double waited, double now) {
        if (need.created() >= warmup) {
            waitAt[level.index()] += waited;
        }
    }

    @Override
    public void queueChanged(Level level, int delta) {
        queuedAt[level.index()] += delta;
    }

    @Override
    public void served(Person person, double start, double end) {
        int level = person.level().index();
        double from = Math.max(start, warmup);
        double to = Math.min(end, horizon);
        if (to > from) {
            busyAt[level] += to - from;
        }
        if (keepSeries) {
            for (int day = (int) Math.floor(start); day < days && day < end; day++) {
                double overlap = Math.min(end, day + 1.0) - Math.max(start, day);
                if (overlap > 0) {
                    busyByDay[day][level] += overlap;
                }
            }
        }
    }

    @Override
    public void decided(Need need, Level level, double quality, double now) {
        countInSystem(now, -1);
        if (keepSeries) {
            int day = Math.min(days - 1, (int) now);
            decidedByDay[day][level.index()]++;
            latencySumByDay[day] += now - need.created();
            latencyCountByDay[day]++;
        }
        if (need.created() < warmup) {
            return;
        }
        Need last = open.remove(open.size() - 1);
        if (last != need) {
            open.set(need.openSlot(), last);
            last.openSlot(need.openSlot());
        }
        decided++;
        double latency = now - need.created();
        latencies.add(latency);
        if (now <= need.deadline()) {
            onTime++;
        }
        qualitySum += quality;
        waitSum += need.waitedDays();
        hops += need.hops();
        decidedAt[level.index()]++;
    }

    private void countInSystem(double now, int delta) {
        if (now > warmup) {
            inSystemArea += inSystem * (Math.min(now, horizon) - Math.max(lastChange, warmup));
            lastChange = now;
        }
        inSystem += delta;
    }

    /** The daily sample, at the end of each day: queue lengths as they stand. */
    @Override
    public void step(SimState state) {
        int day = (int) Math.round(state.schedule.getTime()) - 1;
        if (keepSeries && day >= 0 && day < days) {
            System.arraycopy(queuedAt, 0, queueByDay[day], 0, queuedAt.length);
        }
    }

    public boolean keepsSeries() {
        return keepSeries;
    }

    /** Current queue length at a level (for live displays). */
    public int queued(Level level) {
        return queuedAt[level.index()];
    }

    public RunResult result(long events) {
        countInSystem(horizon, 0);
        double window = horizon - warmup;
        Map<String, Object> m = new LinkedHashMap<>();
        double[] values = latencies.toArray();
        m.put("needs_raised", (double) raised);
        m.put("needs_decided", (double) decided);
        m.put("needs_open", (double) (raised - decided));
        m.put("latency_mean", mean(values));
        Percentile quantiles = new Percentile().withEstimationType(EstimationType.R_7);
        quantiles.setData(values);
        m.put("latency_p50", quantile(quantiles, values.length, 50));
        m.put("latency_p90", quantile(quantiles, values.length, 90));
        m.put("latency_p99", quantile(quantiles, values.length, 99));
        m.put("wait_mean", decided == 0 ? Double.NaN : waitSum / decided);
        // a need still open past its deadline at the horizon is late already; one still within
        // its deadline is not judged
        long openLate = 0;
        // waits still running at the horizon count up to it, without changing the running totals
        double[] waits = waitAt.clone();
        for (Need need : open) {
            if (need.deadline() < horizon) {
                openLate++;
            }
            if (need.waitingAt() != null) {
                waits[need.waitingAt().index()] += horizon - need.enqueuedAt();
            }
        }
        m.put("open_share", raised == 0 ? Double.NaN : open.size() / (double) raised);
        m.put("on_time_share", decided + openLate == 0 ? Double.NaN : onTime / (double) (decided + openLate));
        m.put("quality_mean", decided == 0 ? Double.NaN : qualitySum / decided);
        m.put("escalations_per_need", raised == 0 ? Double.NaN : escalations / (double) raised);
        m.put("hops_mean", decided == 0 ? Double.NaN : hops / (double) decided);
        double totalWait = 0;
        int bottleneck = 0;
        for (int i = 0; i < waits.length; i++) {
            totalWait += waits[i];
            if (waits[i] > waits[bottleneck]) {
                bottleneck = i;
            }
        }
        m.put("bottleneck_role", totalWait > 0 ? levels.get(bottleneck).name() : "none");
        m.put("bottleneck_wait_share", totalWait > 0 ? waits[bottleneck] / totalWait : 0.0);
        double maxUtil = 0;
        String maxRole = "none";
        Map<String, Double> utilisation = new LinkedHashMap<>();
        for (Level level : levels) {
            if (level.isBody()) {
                continue;
            }
            double u = headcount[level.index()] == 0 ? 0 : busyAt[level.index()] / (headcount[level.index()] * window);
            utilisation.put(level.name(), u);
            if (u > maxUtil) {
                maxUtil = u;
                maxRole = level.name();
            }
        }
        m.put("utilization_max", maxUtil);
        m.put("utilization_max_role", maxRole);
        m.put("in_system_mean", inSystemArea / window);
        m.put("arrival_rate", raised / window);
        for (Level level : levels) {
            m.put("decided_share_" + level.name(), decided == 0 ? Double.NaN : decidedAt[level.index()] / (double) decided);
        }
        utilisation.forEach((role, u) -> m.put("utilization_" + role, u));
        for (Level level : levels) {
            m.put("wait_share_" + level.name(), totalWait > 0 ? waits[level.index()] / totalWait : 0.0);
        }
        return keepSeries ? new RunResult(m, seriesColumns(), seriesRows(), events) : new RunResult(m, List.of(), new double[0][], events);
    }

    private List<String> seriesColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("day");
        levels.forEach(l -> columns.add("queue_" + l.name()));
        levels.stream().filter(l -> !l.isBody()).forEach(l -> columns.add("utilization_" + l.name()));
        levels.forEach(l -> columns.add("decided_" + l.name()));
        columns.add("latency_mean");
        return columns;
    }

    private double[][] seriesRows() {
        double[][] rows = new double[days][];
        for (int d = 0; d < days; d++) {
            List<Double> row = new ArrayList<>();
            row.add(d + 1.0);
            for (Level l : levels) {
                row.add((double) queueByDay[d][l.index()]);
            }
            for (Level l : levels) {
                if (!l.isBody()) {
                    int n = headcount[l.index()];
                    row.add(n == 0 ? 0.0 : busyByDay[d][l.index()] / n);
                }
            }
            for (Level l : levels) {
                row.add((double) decidedByDay[d][l.index()]);
            }
            row.add(latencyCountByDay[d] == 0 ? Double.NaN : latencySumByDay[d] / latencyCountByDay[d]);
            rows[d] = row.stream().mapToDouble(Double::doubleValue).toArray();
        }
        return rows;
    }

    private static double mean(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** R's default (type 7) quantile, the one most readers will check against. */
    private static double quantile(Percentile quantiles, int n, double p) {
        return n == 0 ? Double.NaN : quantiles.evaluate(p);
    }
}
