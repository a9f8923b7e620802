package leadsim.model;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.garbagecan.GarbageCanRun;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.NeedArrivals;
import leadsim.model.people.StudentGrowth;
import leadsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.engine.SimState;
import sim.field.network.Network;

/**
 * One run of a scenario: a MASON {@link SimState} whose schedule is used as a discrete-event
 * engine over continuous school days. Everything random comes from this state's generator,
 * so one seed gives one history. Free of AWT and of files: results come back as a
 * {@link RunResult}.
 */
public final class SchoolSim extends SimState {
    private static final long serialVersionUID = 1L;
    static final int ORDER_END = 3;

    private final Scenario scenario;
    private final boolean keepSeries;
    private Organisation organisation;
    private Network collegial;
    private DecisionFlow flow;
    private RunRecorder recorder;
    /** Per-school recorders of a district, or null for a single school. */
    private SchoolRecorders schoolRecorders;
    /** A district's per-school daily series, or null (a single school, or no series kept). */
    private SchoolDays schoolDays;
    private SlowProcesses slow;
    private boolean ended;
    /** Extra observers (a live display) told of every event after the recorder. */
    private final List<FlowObserver> watchers = new ArrayList<>();
    /** Where the needs log goes, or null when none is kept. */
    private java.util.function.Consumer<NeedRecord> needsSink;
    private NeedsLog needsLog;
    private StudentGrowth growth;
    /** Told how far the run has got (0 to 1), or null: for a progress line on a long run. */
    private java.util.function.DoubleConsumer progress;
    /** Event times between two progress reports, less one (a power of two less one, as a mask). */
    private static final long PROGRESS_EVERY = (1 << 14) - 1;
    /** Threads a district run as lanes may use ({@link SchoolLanes}); the history does not depend on it. */
    private int laneThreads = 1;
    /** Lanes of this district being simulated now (for the pending count); empty otherwise. */
    final java.util.Set<SchoolSim> runningLanes = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param seed a 32-bit non-zero seed (MASON keeps only the low 32 bits and rejects 0) */
    public SchoolSim(long seed, Scenario scenario, boolean keepSeries) {
        this(seed, scenario, keepSeries, new leadsim.model.engine.PrimitiveHeapSchedule());
    }

    /**
     * On a given schedule: MASON's own {@link sim.engine.Schedule} gives the same history as the
     * default {@link leadsim.model.engine.PrimitiveHeapSchedule}, only slower (the tests compare them).
     */
    SchoolSim(long seed, Scenario scenario, boolean keepSeries, sim.engine.Schedule schedule) {
        super(seed, schedule);
        this.scenario = scenario;
        this.keepSeries = keepSeries;
    }

    @Override
    public void start() {
        super.start();
        ended = false;
        organisation = OrganisationBuilder.build(scenario, random);
        // The network draws from its own generator, derived from the run seed, so that changing
        // network settings does not change the history of decisions.
        collegial = CollegialNetwork.build(organisation, scenario.network(),
                new ec.util.MersenneTwisterFast(seed() ^ 0x9E3779B9L));
        double horizon = scenario.horizon().days();
        int[] domains = domainsInUse(scenario);
        recorder = new RunRecorder(organisation, scenario.horizon().warmupDays(), horizon,
                scenario.horizon().daysPerYear(), keepSeries,
                scenario.overload().onExpiry(), domains);
        schoolRecorders = null;
        schoolDays = null;
        FlowObserver measured = recorder;
        if (seesSchools()) {
            List<String> names = SchoolNames.of(scenario);
            RunRecorder[] parts = new RunRecorder[organisation.schools() + 1];
            for (int s = 0; s < parts.length; s++) {
                parts[s] = new RunRecorder(organisation, scenario.horizon().warmupDays(), horizon,
                        scenario.horizon().daysPerYear(), false, scenario.overload().onExpiry(), domains,
                        s < organisation.schools() ? s : RunRecorder.OFFICE, recorder.deskNames());
            }
            schoolDays = keepSeries ? SchoolDays.of(scenario, names, (int) Math.ceil(horizon)) : null;
            schoolRecorders = new SchoolRecorders(recorder, parts, names, schoolDays);
            measured = schoolRecorders;
        }
        for (RunRecorder r : allRecorders()) {
            measureWhatTheScenarioHas(r);
        }
        growth = new StudentGrowth(scenario, organisation);
        FlowObserver measures = new ObserverPair(measured, growth);
        List<FlowObserver> others = new ArrayList<>(watchers);
        needsLog = null;
        if (needsSink != null) {
            needsLog = new NeedsLog(needsSink, recorder.deskNames(), scenario.horizon().warmupDays());
            others.add(needsLog);
        }
        FlowObserver observer = others.isEmpty() ? measures : FlowObservers.fanOut(measures, others);
        flow = new DecisionFlow(scenario, organisation, schedule, random, observer);
        if (needsLog != null) {
            flow.keepTrails(recorder.deskNames());
        }
        for (Scenario.ArrivalStream stream : scenario.arrivals()) {
            new NeedArrivals(stream, scenario, organisation, flow).start(schedule, random);
        }
        slow = new SlowProcesses(scenario, organisation, collegial, flow, schedule, seed(), growth);
        if (keepSeries) {
            slow.sampleDaily(schoolDays == null ? recorder : schoolDays.sampledWith(recorder));
        }
        if (schoolDays != null) {
            slow.afterDay(schoolDays.reformSampler(slow.reform(), organisation.schools()));
        }
        schedule.scheduleOnce(horizon, ORDER_END, state -> ended = true);
    }

    /** A district is seen school by school: two or more schools, or an office above them. */
    private boolean seesSchools() {
        return organisation.schools() >= 2 || scenario.hasOfficeStaff();
    }

    private List<RunRecorder> allRecorders() {
        List<RunRecorder> all = new ArrayList<>();
        all.add(recorder);
        if (schoolRecorders != null) {
            all.addAll(List.of(schoolRecorders.parts()));
        }
        return all;
    }

    /** Domains needs can be raised in: the arrival mixes', and the trials' when innovation is on. */
    private static int[] domainsInUse(Scenario scenario) {
        java.util.Set<String> used = new java.util.HashSet<>();
        scenario.arrivals().forEach(stream -> stream.mix().forEach(type -> used.add(type.domain())));
        if (scenario.innovation() != null && Boolean.TRUE.equals(scenario.innovation().enabled())) {
            used.add(scenario.innovation().trial().domain());
        }
        return leadsim.scenario.Vocabulary.DOMAINS.stream().filter(used::contains)
                .mapToInt(leadsim.scenario.Vocabulary.DOMAINS::indexOf).toArray();
    }

    /** Runs from start to the horizon and measures. Events after the horizon never happen. */
    public RunResult run() {
        if (scenario.garbageCan() != null) {
            return GarbageCanRun.run(scenario, seed());
        }
        if (watchers.isEmpty() && leadsim.scenario.SchoolsApart.of(scenario)) {
            startDistrictOnly();
            return SchoolLanes.run(this, laneThreads, needsSink);
        }
        Steps steps = runToHorizon(); // starts the run, which makes the recorder
        return withSlowProcesses(recorder.result(steps));
    }

    /**
     * A district of schools that never touch one another (see {@link SchoolLanes}) runs each school
     * as a lane of its own, on up to this many threads; the result is the same for any number.
     * Other scenarios run on one schedule and ignore it.
     */
    public void runSchoolsOn(int threads) {
        this.laneThreads = Math.max(1, threads);
    }

    /**
     * Tells {@code listener} now and then how far {@link #run()} has got, from 0 to 1 (the
     * simulated time over the horizon, or for a district run as lanes the schools added up so
     * far), on the thread that runs it. Watching draws nothing and changes nothing.
     */
    public void onProgress(java.util.function.DoubleConsumer listener) {
        this.progress = listener;
    }

    java.util.function.DoubleConsumer progress() {
        return progress;
    }

    /** Simulates from start to the horizon (one schedule); returns what it stepped. */
    Steps runToHorizon() {
        start();
        long events = 0;
        double horizon = scenario.horizon().days();
        while (!ended && schedule.step(this)) {
            events++;
            if (progress != null && (events & PROGRESS_EVERY) == 0) {
                progress.accept(schedule.getTime() / horizon);
            }
        }
        flow.flushOpenService(scenario.horizon().days());
        if (needsLog != null) {
            for (leadsim.model.decide.Need need : recorder.openNeeds()) {
                needsLog.open(need, scenario.horizon().days());
            }
        }
        finish();
        // MASON's own schedule (the tests' check of the history) does not count its events: its
        // event times stand in
        return schedule instanceof leadsim.model.engine.PrimitiveHeapSchedule primitive
                ? new Steps(events, primitive.eventsStepped()) : Steps.single(events);
    }

    /**
     * For a district run as lanes: only the district's organisation and recorder, which the lanes'
     * measures are added to; the lanes simulate.
     */
    private void startDistrictOnly() {
        super.start();
        organisation = OrganisationBuilder.build(scenario, random);
        recorder = new RunRecorder(organisation, scenario.horizon().warmupDays(), scenario.horizon().days(),
                scenario.horizon().daysPerYear(), keepSeries, scenario.overload().onExpiry(), domainsInUse(scenario));
        measureWhatTheScenarioHas(recorder);
    }

    /** The recorder's optional measures the scenario calls for: district scope, rework, advice. */
    private void measureWhatTheScenarioHas(RunRecorder r) {
        if (scenario.raisesDistrictScopeNeeds()) {
            r.measureDistrictScope();
        }
        if (scenario.culture().clarity() != null && scenario.culture().clarity() < 1) {
            r.measureRework();
        }
        if (scenario.advisory() != null && !scenario.advisory().isEmpty()) {
            r.measureAdvice();
        }
    }

    SlowProcesses slowProcesses() {
        return slow;
    }

    StudentGrowth growth() {
        return growth;
    }

    /**
     * The metric and series columns this scenario's runs report, without simulating a day:
     * a sweep writes the header of runs.csv before any run finishes. Names depend on the
     * organisation and the mechanisms switched on, not on the history.
     */
    public RunResult columnsOnly() {
        if (scenario.garbageCan() != null) {
            return GarbageCanRun.columns();
        }
        start();
        finish();
        return withSlowProcesses(recorder.result(Steps.NONE));
    }

    /** The decision flow's measures, then those of innovation, reform, people and students. */
    private RunResult withSlowProcesses(RunResult decisions) {
        Map<String, Object> metrics = new LinkedHashMap<>(decisions.metrics());
        slow.addMetrics(metrics);
        Map<String, Map<String, Object>> schools = Map.of();
        if (schoolRecorders != null) {
            schools = new LinkedHashMap<>();
            for (var row : schoolRecorders.rows(scenario.hasOfficeStaff()).entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>(row.getValue());
                int school = SchoolNames.OFFICE.equals(row.getKey()) ? -1 : schools.size();
                slow.addSchoolMetrics(m, school);
                schools.put(row.getKey(), m);
            }
            slow.addDistrictMetrics(metrics);
        }
        if (!keepSeries) {
            return new RunResult(metrics, decisions.seriesColumns(), decisions.series(), decisions.steps(), schools);
        }
        DailySeries extra = slow.series();
        List<String> columns = extra.appendedTo(decisions.seriesColumns());
        double[][] rows = extra.appendedTo(decisions.series());
        return new RunResult(metrics, columns, rows, decisions.steps(), schools,
                schoolDays == null ? SchoolSeries.NONE : schoolDays.result());
    }

    /**
     * Adds an observer told of every flow event after the recorder, e.g. a display lighting up
     * the path of a need. Call before {@link #start()}; it stays attached across restarts.
     * Observers must not draw random numbers, so watching never changes a run.
     */
    public void watch(FlowObserver observer) {
        watchers.add(observer);
    }

    /**
     * Keeps a log of every need raised after the warm-up (its stations, how it ended), handed
     * to {@code sink} one record as each need ends; needs still open come at the end of
     * {@link #run()}. Call before {@link #start()}. Costs nothing when not called.
     */
    public void logNeeds(java.util.function.Consumer<NeedRecord> sink) {
        this.needsSink = sink;
    }

    /** Advances one event time; false once the horizon is reached (for live displays). */
    public boolean stepOnce() {
        return !ended && schedule.step(this);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Network collegialNetwork() {
        return collegial;
    }

    public DecisionFlow decisionFlow() {
        return flow;
    }

    /** Innovation, reform, turnover (for live displays and tests). */
    public leadsim.model.innovate.Innovation innovation() {
        return slow.innovation();
    }

    public leadsim.model.reform.Reform reform() {
        return slow.reform();
    }

    public leadsim.model.people.Turnover turnover() {
        return slow.turnover();
    }

    /**
     * The daily columns of innovation, reform and people (adoption, implementation, staff
     * counts) as far as the run has gone: row d is the end of day d+1, NaN before it is reached.
     */
    public DailySeries slowSeries() {
        return slow.series();
    }

    /**
     * Makes a scenario event (as in {@code events:}; its {@code at_day} is ignored) happen now,
     * by the very code that runs the scenario's own events: for live interventions between two
     * steps. The event must be valid for this scenario, as the loader would check.
     */
    public void happen(Scenario.Event event) {
        slow.events().apply(event, schedule.getTime());
    }

    public RunRecorder recorder() {
        return recorder;
    }

    /**
     * Events pending now on the schedule (MASON keeps them in a heap; a repeating step counts
     * once). {@code leadsim bench --ladder} samples it during a run so that its bare MASON
     * baseline holds as many. Safe to call from another thread while the run goes on: it reads
     * under the schedule's lock. An engine with several schedules must return their sum.
     */
    public long pendingEvents() {
        long pending = PendingEvents.of(schedule);
        for (SchoolSim lane : runningLanes) {
            pending += PendingEvents.of(lane.schedule);
        }
        return pending;
    }

    /**
     * Events pending on each schedule being stepped, on average: this run's own, or for a
     * district run as lanes the lanes running now (each event goes through its own lane's heap,
     * so that is the heap size a bare schedule should hold to compare).
     */
    public long pendingPerSchedule() {
        int lanes = runningLanes.size();
        // a district run as lanes schedules nothing of its own: its pending events are the lanes'
        return lanes == 0 ? PendingEvents.of(schedule) : Math.round(pendingEvents() / (double) lanes);
    }
}
