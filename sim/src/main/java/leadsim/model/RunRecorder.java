package leadsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import leadsim.model.decide.Outcome;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.DoubleBag;

/**
 * Measures a run from the decision flow's reports: how every need ended (decided by the holder
 * of its right, decided by default, lapsed, still open), latency over the needs decided and
 * over every need (open and lapsed ones censored), lateness, quality, where decisions are
 * taken, who waits and who is busy deciding or in meetings, per level, per person and per
 * domain. Only needs raised after the warm-up count; time averages cover the window from
 * warm-up to the horizon. Exact definitions: sim/ODD.md section 7.10.
 */
public final class RunRecorder implements FlowObserver, Steppable {
    private static final long serialVersionUID = 1L;
    private static final int TOP_DESKS = 3;

    private final List<Level> levels;
    private final int[] headcount;
    private final double warmup;
    private final double horizon;
    private final boolean keepSeries;
    private final int days;
    /** The restricted mean of time to decision looks this far (one school year, or the window). */
    private final double daysPerYear;
    /** The scenario's overload rule, or null when needs wait for ever (then no give-up columns). */
    private final String onExpiry;
    /** Domains needs can be raised in (the arrival mixes, and trials), in vocabulary order. */
    private final int[] domains;
    private final DeskNames names;
    private final Organisation org;
    private final DeskTime desks;
    /** False for a recorder of one school's needs (or the office's): no per-desk rankings. */
    private final boolean deskDetail;
    /** A school's (or the office's) recorder: it keeps a need's place in its open list in the need's part slot. */
    private final boolean part;
    private boolean measureDistrictScope;
    private long districtRaised;
    private long districtDecided;
    private double districtLatency;
    private double districtWait;
    private long districtLapsed;
    private boolean measureRework;
    private boolean measureAdvice;
    private long reworked;
    private long advised;
    private double adviceSum;

    private long raised;
    private long decidedByHolder;
    private long defaulted;
    private long lapsed;
    private long reroutes;
    private long onTime;
    private long escalations;
    private long hops;
    private double qualitySum;
    private double defaultQualitySum;
    private double waitSum;
    /** Latency of every need decided (by the holder or by default), for quantiles and the curve. */
    private final DoubleBag latencies = new DoubleBag();
    /** Ages at the horizon of needs that lapsed: never decided, censored like open ones. */
    private final DoubleBag lapsedCreated = new DoubleBag();
    private final long[] decidedAt;
    private final double[] latencyAt;
    private final long[] onTimeAt;
    private final long[] gaveUpAt;
    private final long[] reroutedAt;
    private final long[] raisedIn;
    private final long[] decisionsIn;
    private final double[] latencyIn;
    private final long[] onTimeIn;
    private final long[] lateIn;
    private final double[] waitAt;
    private final double[] busyAt;
    private final double[] meetingAt;
    private final int[] queuedAt;
    /** Needs raised after warm-up and not yet ended, so the end of the run can judge them. */
    private final ArrayList<Need> open = new ArrayList<>();
    /** Open needs of schools run as lanes of their own ({@link #absorb}), in district numbering. */
    private final ArrayList<OpenNeed> absorbedOpen = new ArrayList<>();
    private int inSystem;
    private double inSystemArea;
    private double lastChange;

    // daily series, filled only when keepSeries
    private final int[][] queueByDay;
    private final int[][] decidedByDay;
    private final int[] gaveUpByDay;
    private final double[][] busyByDay;
    private final double[] latencySumByDay;
    private final int[] latencyCountByDay;

    public RunRecorder(Organisation org, double warmup, double horizon, double daysPerYear, boolean keepSeries,
                       String onExpiry, int[] domains) {
        this(org, warmup, horizon, daysPerYear, keepSeries, onExpiry, domains, ALL, new DeskNames(org));
    }

    private static final int DISTRICT_SCOPE = leadsim.scenario.Vocabulary.SCOPES.indexOf("district");

    /** Records the whole run. */
    static final int ALL = Integer.MIN_VALUE;
    /** Records the office: needs raised by office staff, and the office staff's time. */
    static final int OFFICE = -1;

    /**
     * A recorder of one part of the run: {@code part} is a school index, {@link #OFFICE} or
     * {@link #ALL}. A part's recorder is told only of its own needs (by where they were raised)
     * and its own people's time, and measures them exactly as the whole run is measured, less
     * the per-desk rankings and the daily series. The desk names are the district's, shared by
     * every part (one copy per part would grow with schools squared).
     */
    RunRecorder(Organisation org, double warmup, double horizon, double daysPerYear, boolean keepSeries,
                String onExpiry, int[] domains, int part, DeskNames names) {
        this.daysPerYear = daysPerYear;
        this.org = org;
        this.levels = org.levels();
        this.headcount = new int[levels.size()];
        this.deskDetail = part == ALL;
        this.part = part != ALL;
        for (Level level : levels) {
            headcount[level.index()] = headcount(org, level, part);
        }
        this.warmup = warmup;
        this.horizon = horizon;
        this.keepSeries = keepSeries;
        this.onExpiry = "keep_waiting".equals(onExpiry) ? null : onExpiry;
        this.domains = domains.clone();
        this.names = names;
        this.desks = deskDetail ? new DeskTime(org.people().size(), org.bodies().size(), warmup, horizon)
                : new DeskTime(0, 0, warmup, horizon);
        this.days = (int) Math.ceil(horizon);
        int n = levels.size();
        decidedAt = new long[n];
        latencyAt = new double[n];
        onTimeAt = new long[n];
        gaveUpAt = new long[n];
        reroutedAt = new long[n];
        int d = leadsim.scenario.Vocabulary.DOMAINS.size();
        raisedIn = new long[d];
        decisionsIn = new long[d];
        latencyIn = new double[d];
        onTimeIn = new long[d];
        lateIn = new long[d];
        waitAt = new double[n];
        busyAt = new double[n];
        meetingAt = new double[n];
        queuedAt = new int[n];
        lastChange = warmup;
        queueByDay = keepSeries ? new int[days][n] : null;
        decidedByDay = keepSeries ? new int[days][n] : null;
        gaveUpByDay = keepSeries ? new int[days] : null;
        busyByDay = keepSeries ? new double[days][n] : null;
        latencySumByDay = keepSeries ? new double[days] : null;
        latencyCountByDay = keepSeries ? new int[days] : null;
    }

    /** People of a role (or instances of a body) in a part of the run. */
    private static int headcount(Organisation org, Level level, int part) {
        if (part == ALL) {
            return level.isBody() ? org.bodiesOf(level) : org.peopleOf(level).size();
        }
        int school = part;
        if (level.isBody()) {
            return org.bodiesOf(level, school);
        }
        if (level.isOffice() != (part == OFFICE)) {
            return 0;
        }
        return org.peopleOf(level, Math.max(school, 0)).size();
    }

    private long countLapsedDistrict() {
        return districtLapsed;
    }

    /** Measures district-scope needs on their own (a district whose arrivals raise them). */
    public void measureDistrictScope() {
        measureDistrictScope = true;
    }

    /** Counts needs sent first to a wrong desk (culture.clarity below 1): rework_share. */
    public void measureRework() {
        measureRework = true;
    }

    /** Counts needs an advisory body reviewed: advised_share and advice_mean. */
    public void measureAdvice() {
        measureAdvice = true;
    }

    @Override
    public void reworked(Need need, Level level, double now) {
        if (need.created() >= warmup) {
            reworked++;
        }
    }

    @Override
    public void advised(Need need, Level level, double advice, double now) {
        if (need.created() >= warmup) {
            advised++;
            adviceSum += advice;
        }
    }

    /** Names of the desks (people and body instances), as runs.csv and the needs log write them. */
    public DeskNames deskNames() {
        return names;
    }

    @Override
    public void raised(Need need, double now) {
        countInSystem(now, +1);
        if (need.created() >= warmup) {
            raised++;
            raisedIn[need.domain()]++;
            if (need.scope() == DISTRICT_SCOPE) {
                districtRaised++;
            }
            setSlot(need, open.size());
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
            bookDeskWait(need, waited);
        }
    }

    private void bookDeskWait(Need need, double waited) {
        if (!deskDetail) {
            return;
        }
        if (need.headingToBody() != null) {
            desks.waitAtBody[need.headingToBody().id()] += waited;
        } else if (need.headingToPerson() != null) {
            desks.waitAtPerson[need.headingToPerson().id()] += waited;
        }
    }

    @Override
    public void queueChanged(Level level, int delta) {
        queuedAt[level.index()] += delta;
    }

    @Override
    public void served(Person person, double start, double end) {
        double inWindow = desks.clip(start, end);
        busyAt[person.level().index()] += inWindow;
        if (deskDetail) {
            desks.deciding[person.id()] += inWindow;
        }
        bookDaily(person, start, end);
    }

    @Override
    public void met(Person person, double start, double end) {
        double inWindow = desks.clip(start, end);
        meetingAt[person.level().index()] += inWindow;
        if (deskDetail) {
            desks.meeting[person.id()] += inWindow;
        }
        bookDaily(person, start, end);
    }

    private void bookDaily(Person person, double start, double end) {
        if (keepSeries) {
            int level = person.level().index();
            int first = (int) start; // times are never negative: the floor
            if (end <= first + 1.0 && first < days) {
                // most service lies within one day: the loop's one overlap, end - start
                if (end > start) {
                    busyByDay[first][level] += end - start;
                }
                return;
            }
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
        if (!close(need)) {
            return;
        }
        decidedByHolder++;
        double latency = now - need.created();
        boolean timely = now <= need.deadline();
        countDecision(need, latency, quality);
        if (timely) {
            onTime++;
            onTimeAt[level.index()]++;
            onTimeIn[need.domain()]++;
        } else {
            lateIn[need.domain()]++;
        }
        hops += need.hops();
        decidedAt[level.index()]++;
        latencyAt[level.index()] += latency;
    }

    @Override
    public void gaveUp(Need need, Level level, Outcome how, double quality, double now) {
        countInSystem(now, -1);
        if (keepSeries) {
            gaveUpByDay[Math.min(days - 1, (int) now)]++;
        }
        if (!close(need)) {
            return;
        }
        gaveUpAt[level.index()]++;
        lateIn[need.domain()]++; // a need that gave up was not decided in time by the school
        if (how == Outcome.LAPSE) {
            lapsed++;
            if (need.scope() == DISTRICT_SCOPE) {
                districtLapsed++;
            }
            lapsedCreated.add(need.created());
        } else {
            defaulted++;
            defaultQualitySum += quality;
            countDecision(need, now - need.created(), quality);
        }
    }

    @Override
    public void rerouted(Need need, Level level, double now) {
        if (need.created() >= warmup) {
            reroutes++;
            reroutedAt[level.index()]++;
        }
    }

    /** Any decision, by the holder or by default: latency, quality and waiting. */
    private void countDecision(Need need, double latency, double quality) {
        if (need.scope() == DISTRICT_SCOPE) {
            districtDecided++;
            districtLatency += latency;
            districtWait += need.waitedDays();
        }
        latencies.add(latency);
        qualitySum += quality;
        waitSum += need.waitedDays();
        decisionsIn[need.domain()]++;
        latencyIn[need.domain()] += latency;
    }

    /** Takes a counted need off the open list; false for needs raised during the warm-up. */
    private boolean close(Need need) {
        if (need.created() < warmup) {
            return false;
        }
        Need last = open.remove(open.size() - 1);
        if (last != need) {
            open.set(slot(need), last);
            setSlot(last, slot(need));
        }
        return true;
    }

    private int slot(Need need) {
        return part ? need.partSlot() : need.openSlot();
    }

    private void setSlot(Need need, int slot) {
        if (part) {
            need.partSlot(slot);
        } else {
            need.openSlot(slot);
        }
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

    /** Needs raised after the warm-up and not yet ended (for the needs log at the horizon). */
    public List<Need> openNeeds() {
        return java.util.Collections.unmodifiableList(open);
    }

    public RunResult result(Steps steps) {
        return result(steps, deskDetail);
    }

    /** One school's row when the school ran as a lane of its own: no per-desk rankings. */
    Map<String, Object> schoolRow() {
        return result(Steps.NONE, false).metrics();
    }

    private RunResult result(Steps steps, boolean withDesks) {
        countInSystem(horizon, 0);
        double window = horizon - warmup;
        Map<String, Object> m = new LinkedHashMap<>();
        long decided = decidedByHolder + defaulted;
        double[] values = latencies.toArray();
        m.put("needs_raised", (double) raised);
        m.put("needs_decided", (double) decided);
        java.util.Collection<Need> stillOpen = open;
        int openCount = stillOpen.size() + absorbedOpen.size();
        m.put("needs_open", (double) openCount);
        m.put("open_share", share(openCount, raised));
        m.put("holder_share", share(decidedByHolder, raised));
        if (onExpiry != null) {
            m.put("needs_defaulted", (double) defaulted);
            m.put("needs_lapsed", (double) lapsed);
            m.put("default_share", share(defaulted, raised));
            m.put("lapse_share", share(lapsed, raised));
            m.put("reroute_share", share(reroutes, raised));
            m.put("default_quality_mean", defaulted == 0 ? Double.NaN : defaultQualitySum / defaulted);
        }
        // every need counted: open and lapsed needs are censored at their age at the horizon
        DoubleBag censored = new DoubleBag();
        for (int i = 0; i < lapsedCreated.numObjs; i++) {
            censored.add(horizon - lapsedCreated.objs[i]);
        }
        long openLate = 0;
        double[] waits = waitAt.clone();
        double[] personWaits = desks.waitAtPerson.clone();
        double[] bodyWaits = desks.waitAtBody.clone();
        long[] openLateIn = new long[lateIn.length];
        for (Need need : stillOpen) {
            censored.add(horizon - need.created());
            if (need.deadline() < horizon) {
                openLate++;
                openLateIn[need.domain()]++;
            }
            // waits still running at the horizon count up to it, without changing the running totals
            if (need.waitingAt() != null) {
                double running = horizon - need.enqueuedAt();
                waits[need.waitingAt().index()] += running;
                if (!deskDetail) {
                    continue;
                }
                if (need.headingToBody() != null) {
                    bodyWaits[need.headingToBody().id()] += running;
                } else if (need.headingToPerson() != null) {
                    personWaits[need.headingToPerson().id()] += running;
                }
            }
        }
        for (OpenNeed need : absorbedOpen) {
            censored.add(horizon - need.created());
            if (need.deadline() < horizon) {
                openLate++;
                openLateIn[need.domain()]++;
            }
            if (need.waitingAt() >= 0) {
                double running = horizon - need.enqueuedAt();
                waits[need.waitingAt()] += running;
                if (need.body() >= 0 && deskDetail) {
                    bodyWaits[need.body()] += running;
                } else if (need.person() >= 0 && deskDetail) {
                    personWaits[need.person()] += running;
                }
            }
        }
        // sorted once, for the curve and the quantiles alike: a school's thousands or a district's millions,
        // on this thread (Arrays.parallelSort was no faster on 2 cores, and three times slower than this)
        double[] sorted = values.clone();
        leadsim.analysis.stats.NonNegativeSort.sort(sorted);
        double[] km = LatencyCensoring.estimate(sorted, censored, Math.min(window, daysPerYear));
        m.put("latency_km_median", km[0]);
        m.put("latency_km_p90", km[1]);
        m.put("latency_rmean", km[2]);
        m.put("latency_mean", values.length == 0 ? Double.NaN : StatUtils.mean(values));
        Percentile quantiles = new Percentile().withEstimationType(EstimationType.R_7);
        quantiles.setData(sorted);
        m.put("latency_p50", quantile(quantiles, values.length, 50));
        m.put("latency_p90", quantile(quantiles, values.length, 90));
        m.put("latency_p99", quantile(quantiles, values.length, 99));
        m.put("wait_mean", decided == 0 ? Double.NaN : waitSum / decided);
        // judged: every need that ended, and open needs already past their deadline
        long judged = decided + lapsed + openLate;
        m.put("on_time_share", share(onTime, judged));
        m.put("quality_mean", decided == 0 ? Double.NaN : qualitySum / decided);
        m.put("escalations_per_need", share(escalations, raised));
        m.put("hops_mean", decidedByHolder == 0 ? Double.NaN : hops / (double) decidedByHolder);
        double totalWait = StatUtils.sum(waits);
        int bottleneck = 0;
        for (int i = 0; i < waits.length; i++) {
            if (waits[i] > waits[bottleneck]) {
                bottleneck = i;
            }
        }
        m.put("bottleneck_role", totalWait > 0 ? levels.get(bottleneck).name() : "none");
        m.put("bottleneck_wait_share", totalWait > 0 ? waits[bottleneck] / totalWait : 0.0);
        double maxUtil = 0;
        String maxRole = "none";
        Map<String, Double> utilisation = new LinkedHashMap<>();
        Map<String, Double> meetingShare = new LinkedHashMap<>();
        for (Level level : levels) {
            if (level.isBody()) {
                continue;
            }
            int n = headcount[level.index()];
            double u = n == 0 ? 0 : (busyAt[level.index()] + meetingAt[level.index()]) / (n * window);
            utilisation.put(level.name(), u);
            meetingShare.put(level.name(), n == 0 ? 0 : meetingAt[level.index()] / (n * window));
            if (u > maxUtil) {
                maxUtil = u;
                maxRole = level.name();
            }
        }
        m.put("utilization_max", maxUtil);
        m.put("utilization_max_role", maxRole);
        if (withDesks) {
            putDesks(m, personWaits, bodyWaits, totalWait, window);
        }
        if (measureDistrictScope) {
            // over the district-scope needs decided (by the holder or by default)
            m.put("needs_district_scope", (double) districtRaised);
            m.put("latency_mean_scope_district", districtDecided == 0 ? Double.NaN : districtLatency / districtDecided);
            m.put("wait_mean_scope_district", districtDecided == 0 ? Double.NaN : districtWait / districtDecided);
            m.put("open_share_scope_district", share(districtRaised - districtDecided - countLapsedDistrict(), districtRaised));
        }
        if (measureRework) {
            m.put("rework_share", share(reworked, raised));
        }
        if (measureAdvice) {
            m.put("advised_share", share(advised, raised));
            m.put("advice_mean", advised == 0 ? Double.NaN : adviceSum / advised);
        }
        m.put("in_system_mean", inSystemArea / window);
        m.put("arrival_rate", raised / window);
        for (Level level : levels) {
            m.put("decided_share_" + level.name(), share(decidedAt[level.index()], decidedByHolder));
        }
        utilisation.forEach((role, u) -> m.put("utilization_" + role, u));
        meetingShare.forEach((role, u) -> m.put("meeting_share_" + role, u));
        for (Level level : levels) {
            m.put("wait_share_" + level.name(), totalWait > 0 ? waits[level.index()] / totalWait : 0.0);
        }
        for (Level level : levels) {
            // time-average number of counted needs waiting there (Little's law over the waits)
            m.put("queue_mean_" + level.name(), waits[level.index()] / window);
        }
        for (Level level : levels) {
            long n = decidedAt[level.index()];
            m.put("latency_mean_at_" + level.name(), n == 0 ? Double.NaN : latencyAt[level.index()] / n);
            m.put("on_time_share_at_" + level.name(), share(onTimeAt[level.index()], n));
        }
        for (int d : domains) {
            String domain = leadsim.scenario.Vocabulary.DOMAINS.get(d);
            m.put("latency_mean_in_" + domain, decisionsIn[d] == 0 ? Double.NaN : latencyIn[d] / decisionsIn[d]);
            m.put("on_time_share_in_" + domain, share(onTimeIn[d], onTimeIn[d] + lateIn[d] + openLateIn[d]));
        }
        if (onExpiry != null) {
            String prefix = "lapse".equals(onExpiry) ? "lapse_share_at_" : "default_share_at_";
            for (Level level : levels) {
                m.put(prefix + level.name(), share(gaveUpAt[level.index()], raised));
            }
            if ("reroute".equals(onExpiry)) {
                for (Level level : levels) {
                    m.put("reroute_share_at_" + level.name(), share(reroutedAt[level.index()], raised));
                }
            }
        }
        if (!keepSeries) {
            return new RunResult(m, List.of(), new double[0][], steps);
        }
        List<String> columns = seriesColumns();
        return new RunResult(m, columns, seriesRows(columns.size()), steps);
    }

    /**
     * Bottlenecks by name: the desks (people or body instances) with the largest shares of all
     * waiting, each with its utilisation (NaN for a body, whose members' time is their own),
     * and the busiest person.
     */
    private void putDesks(Map<String, Object> m, double[] personWaits, double[] bodyWaits, double totalWait,
                          double window) {
        int people = personWaits.length;
        double[] waits = new double[people + bodyWaits.length];
        System.arraycopy(personWaits, 0, waits, 0, people);
        System.arraycopy(bodyWaits, 0, waits, people, bodyWaits.length);
        boolean[] taken = new boolean[waits.length];
        for (int k = 1; k <= TOP_DESKS; k++) {
            int best = -1;
            for (int i = 0; i < waits.length; i++) {
                if (!taken[i] && waits[i] > 0 && (best < 0 || waits[i] > waits[best])) {
                    best = i;
                }
            }
            String prefix = "top_wait_desk_" + k;
            if (best < 0) {
                m.put(prefix, "none");
                m.put(prefix + "_share", 0.0);
                m.put(prefix + "_utilization", Double.NaN);
                continue;
            }
            taken[best] = true;
            boolean person = best < people;
            m.put(prefix, person ? names.of(org.people().get(best)) : names.of(org.bodies().get(best - people)));
            m.put(prefix + "_share", waits[best] / totalWait);
            m.put(prefix + "_utilization", person ? personUtilisation(best, window) : Double.NaN);
        }
        int busiest = -1;
        for (int i = 0; i < people; i++) {
            if (busiest < 0 || personUtilisation(i, window) > personUtilisation(busiest, window)) {
                busiest = i;
            }
        }
        m.put("busiest_desk", busiest < 0 ? "none" : names.of(org.people().get(busiest)));
        m.put("busiest_desk_utilization", busiest < 0 ? Double.NaN : personUtilisation(busiest, window));
    }

    private double personUtilisation(int id, double window) {
        return (desks.deciding[id] + desks.meeting[id]) / window;
    }

    /** Days person {@code id} spent deciding inside the window (for the hours accounting). */
    public double decidingDays(Person person) {
        return desks.deciding[person.id()];
    }

    /** Days person {@code id} spent in meetings inside the window. */
    public double meetingDays(Person person) {
        return desks.meeting[person.id()];
    }

    /**
     * Adds the measures of one school that ran as a lane of its own (a simulation of that school
     * alone, see {@link SchoolLanes}) to this district recorder, as if this recorder had been told
     * of the school's events: counts, sums and time integrals add; latencies and censored ages
     * join the district's; desks are renumbered from the lane's people and bodies to the
     * district's ({@code people[i]}, {@code bodies[j]}). Lanes are absorbed in school order, so
     * the district's figures do not depend on which thread ran which school.
     */
    void absorb(RunRecorder lane, int[] people, int[] bodies) {
        lane.countInSystem(horizon, 0);
        raised += lane.raised;
        decidedByHolder += lane.decidedByHolder;
        defaulted += lane.defaulted;
        lapsed += lane.lapsed;
        reroutes += lane.reroutes;
        onTime += lane.onTime;
        escalations += lane.escalations;
        hops += lane.hops;
        qualitySum += lane.qualitySum;
        defaultQualitySum += lane.defaultQualitySum;
        waitSum += lane.waitSum;
        districtRaised += lane.districtRaised;
        districtDecided += lane.districtDecided;
        districtLatency += lane.districtLatency;
        districtWait += lane.districtWait;
        districtLapsed += lane.districtLapsed;
        reworked += lane.reworked;
        advised += lane.advised;
        adviceSum += lane.adviceSum;
        inSystemArea += lane.inSystemArea;
        latencies.addAll(lane.latencies);
        lapsedCreated.addAll(lane.lapsedCreated);
        addInto(decidedAt, lane.decidedAt);
        addInto(latencyAt, lane.latencyAt);
        addInto(onTimeAt, lane.onTimeAt);
        addInto(gaveUpAt, lane.gaveUpAt);
        addInto(reroutedAt, lane.reroutedAt);
        addInto(raisedIn, lane.raisedIn);
        addInto(decisionsIn, lane.decisionsIn);
        addInto(latencyIn, lane.latencyIn);
        addInto(onTimeIn, lane.onTimeIn);
        addInto(lateIn, lane.lateIn);
        addInto(waitAt, lane.waitAt);
        addInto(busyAt, lane.busyAt);
        addInto(meetingAt, lane.meetingAt);
        for (int i = 0; i < people.length; i++) {
            desks.deciding[people[i]] += lane.desks.deciding[i];
            desks.meeting[people[i]] += lane.desks.meeting[i];
            desks.waitAtPerson[people[i]] += lane.desks.waitAtPerson[i];
        }
        for (int j = 0; j < bodies.length; j++) {
            desks.waitAtBody[bodies[j]] += lane.desks.waitAtBody[j];
        }
        for (Need need : lane.open) {
            Level at = need.waitingAt();
            absorbedOpen.add(new OpenNeed(need.created(), need.deadline(), need.domain(),
                    at == null ? -1 : at.index(), at == null ? 0 : need.enqueuedAt(),
                    at != null && need.headingToBody() != null ? bodies[need.headingToBody().id()] : -1,
                    at != null && need.headingToPerson() != null ? people[need.headingToPerson().id()] : -1));
        }
        if (keepSeries && lane.keepSeries) {
            for (int d = 0; d < days; d++) {
                addInto(queueByDay[d], lane.queueByDay[d]);
                addInto(decidedByDay[d], lane.decidedByDay[d]);
                addInto(busyByDay[d], lane.busyByDay[d]);
                gaveUpByDay[d] += lane.gaveUpByDay[d];
                latencySumByDay[d] += lane.latencySumByDay[d];
                latencyCountByDay[d] += lane.latencyCountByDay[d];
            }
        }
    }

    /**
     * This school's day-by-day series as a district's school series gives them ({@link SchoolDays}:
     * needs waiting at the end of each day, decisions that day, give-ups when needs give up, the
     * day's mean time to decision): for a school that ran as a lane of its own, whose recorder
     * counted exactly its needs. Only when a series was kept.
     */
    double[][] schoolDays(boolean overload) {
        double[] waiting = new double[days];
        double[] decisions = new double[days];
        double[] gave = new double[days];
        double[] latency = new double[days];
        for (int d = 0; d < days; d++) {
            for (int q : queueByDay[d]) {
                waiting[d] += q;
            }
            for (int n : decidedByDay[d]) {
                decisions[d] += n;
            }
            gave[d] = gaveUpByDay[d];
            latency[d] = latencyCountByDay[d] == 0 ? Double.NaN : latencySumByDay[d] / latencyCountByDay[d];
        }
        return overload ? new double[][] {waiting, decisions, gave, latency} : new double[][] {waiting, decisions, latency};
    }

    private static void addInto(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void addInto(int[] into, int[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    private static void addInto(double[] into, double[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /**
     * An open need of an absorbed lane, as the end of the run judges it: level and desk indices
     * in the district's numbering, -1 where it waits nowhere.
     */
    private record OpenNeed(double created, double deadline, int domain, int waitingAt, double enqueuedAt,
                            int body, int person) implements java.io.Serializable {}

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }

    private List<String> seriesColumns() {
        List<String> columns = new ArrayList<>();
        columns.add("day");
        levels.forEach(l -> columns.add("queue_" + l.name()));
        levels.stream().filter(l -> !l.isBody()).forEach(l -> columns.add("utilization_" + l.name()));
        levels.forEach(l -> columns.add("decided_" + l.name()));
        if (onExpiry != null) {
            columns.add("gave_up");
        }
        columns.add("latency_mean");
        return columns;
    }

    /** The daily rows, {@code width} values each, in the order of {@link #seriesColumns()}. */
    private double[][] seriesRows(int width) {
        double[][] rows = new double[days][];
        for (int d = 0; d < days; d++) {
            double[] row = new double[width];
            int c = 0;
            row[c++] = d + 1.0;
            for (Level l : levels) {
                row[c++] = queueByDay[d][l.index()];
            }
            for (Level l : levels) {
                if (!l.isBody()) {
                    int n = headcount[l.index()];
                    row[c++] = n == 0 ? 0.0 : busyByDay[d][l.index()] / n;
                }
            }
            for (Level l : levels) {
                row[c++] = decidedByDay[d][l.index()];
            }
            if (onExpiry != null) {
                row[c++] = gaveUpByDay[d];
            }
            row[c] = latencyCountByDay[d] == 0 ? Double.NaN : latencySumByDay[d] / latencyCountByDay[d];
            rows[d] = row;
        }
        return rows;
    }

    /** R's default (type 7) quantile, the one most readers will check against. */
    private static double quantile(Percentile quantiles, int n, double p) {
        return n == 0 ? Double.NaN : quantiles.evaluate(p);
    }
}
