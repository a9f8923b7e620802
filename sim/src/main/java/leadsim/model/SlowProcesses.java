package leadsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.innovate.Innovation;
import leadsim.model.people.Coaching;
import leadsim.model.people.Staff;
import leadsim.model.people.StaffMeasures;
import leadsim.model.people.StudentGrowth;
import leadsim.model.people.Turnover;
import leadsim.model.reform.Reform;
import leadsim.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Network;

/**
 * Everything that is not a decision: turnover and succession, coaching, innovation, the
 * reform, student growth, and the scenario's events. They share a daily clock at an ordering
 * of their own, after the day's decisions, and draw from generators of their own (derived
 * from the run seed), so turning them on does not disturb the decision flow's random numbers
 * beyond the needs they raise themselves; turned off, they draw nothing at all.
 */
final class SlowProcesses implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int ORDER_DAILY = 4;
    static final int ORDER_REFORM_START = 5;

    private final Scenario scenario;
    private final Staff staff;
    private final Turnover turnover;
    private final Coaching coaching;
    private final Innovation innovation;
    private final Reform reform;
    private final StudentGrowth growth;
    private final StaffMeasures staffMeasures;
    private final DailySeries series;
    private final ScenarioEvents events;
    private final List<Person> teachers = new ArrayList<>();
    /**
     * The recorder's end-of-day sample of the queues when a daily series is kept, or null. It
     * rides on this daily event rather than having one of its own: an extra event on the
     * schedule would change the order MASON gives simultaneous events, so keeping a series
     * would change the history.
     */
    private Steppable dailySample;
    /**
     * Whether staff are measured day by day: only when turnover can change who is in post (its
     * measures are absent otherwise, so counting every post every day would be wasted).
     */
    private final boolean staffMeasured;
    /** Told after each day's slow processes (a district's per-school series), or null. */
    private Steppable afterDay;

    SlowProcesses(Scenario scenario, Organisation org, Network network, DecisionFlow flow, Schedule schedule,
                  long seed, StudentGrowth growth) {
        this.scenario = scenario;
        this.growth = growth;
        this.staffMeasured = leadsim.metrics.Mechanism.TURNOVER.on(scenario);
        this.series = new DailySeries((int) Math.ceil(scenario.horizon().days()));
        boolean complete = "complete".equals(scenario.network().topology());
        this.staff = new Staff(org, network, complete);
        this.turnover = new Turnover(scenario, org, schedule, derived(seed, 1), network, staff);
        this.coaching = new Coaching(scenario, org);
        this.innovation = new Innovation(scenario, org, staff, flow, schedule, derived(seed, 2), derived(seed, 3), series);
        this.reform = new Reform(scenario, org, staff, derived(seed, 4), series);
        this.staffMeasures = new StaffMeasures(org, turnover, scenario.horizon().daysPerYear(),
                scenario.horizon().warmupDays(), series);
        turnover.listen(innovation);
        turnover.listen(reform);
        java.util.Set<Person> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int s = 0; s < org.students().count(); s++) {
            Person t = org.students().teacher(s);
            if (seen.add(t)) {
                teachers.add(t);
            }
        }
        turnover.start();
        innovation.start();
        if (scenario.reform().enabled()) {
            // a vote comes after the inquiry: the reform starts then
            double delay = "vote".equals(scenario.reform().by()) ? reform.inquiryDays() : 0;
            schedule.scheduleOnce(scenario.reform().startDay() + delay, ORDER_REFORM_START,
                    state -> reform.start(scenario.reform().championRole(), state.schedule.getTime()));
        }
        events = new ScenarioEvents(scenario, org, flow, turnover, innovation, reform);
        events.schedule(schedule);
        schedule.scheduleRepeating(1.0, ORDER_DAILY, this, 1.0);
    }

    /** A generator of its own for one mechanism, a pure function of the run seed. */
    private static MersenneTwisterFast derived(long seed, int stream) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), 0x5eed, stream});
    }

    /** Takes the recorder's end-of-day sample first thing in every daily step (see {@link #dailySample}). */
    void sampleDaily(Steppable sample) {
        this.dailySample = sample;
    }

    @Override
    public void step(SimState state) {
        if (dailySample != null) {
            dailySample.step(state);
        }
        double now = state.schedule.getTime();
        if (coaching.active()) {
            coaching.day();
        }
        innovation.day(now);
        reform.day(now);
        growth.day(now, teachers, innovation);
        if (staffMeasured) {
            staffMeasures.day(now);
        }
        if (afterDay != null) {
            afterDay.step(state);
        }
    }

    /** Steps {@code after} at the end of each day's slow processes, after the reform's day. */
    void afterDay(Steppable after) {
        this.afterDay = after;
    }

    void addMetrics(Map<String, Object> m) {
        innovation.addMetrics(m);
        reform.addMetrics(m);
        growth.addMetrics(m);
        staffMeasures.addMetrics(m);
    }

    /** One school's innovation and reform measures ({@code school} -1: the office, none). */
    void addSchoolMetrics(Map<String, Object> m, int school) {
        innovation.addSchoolMetrics(m, school);
        reform.addSchoolMetrics(m, school);
    }

    /** Coherence and reform across the schools of a district. */
    void addDistrictMetrics(Map<String, Object> m) {
        innovation.addDistrictMetrics(m);
        reform.addDistrictMetrics(m);
    }

    DailySeries series() {
        return series;
    }

    Innovation innovation() {
        return innovation;
    }

    Reform reform() {
        return reform;
    }

    Turnover turnover() {
        return turnover;
    }

    ScenarioEvents events() {
        return events;
    }
}
