package leadsim.model;

import java.util.List;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.innovate.Innovation;
import leadsim.model.people.Turnover;
import leadsim.model.reform.Reform;
import leadsim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The scenario's {@code events:} at their days: a leader departs, a mandate, a turnover wave,
 * a regime change (culture and decision rights), a reform starts. Each event has its own
 * ordering, so two on the same day happen in file order and draw no number to break the tie.
 * A live display makes the same events happen now through {@link #apply} (via
 * {@link SchoolSim#happen}), so an intervention and a scheduled event are one code path.
 */
final class ScenarioEvents implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int ORDER_FIRST_EVENT = 100;

    private final Scenario scenario;
    private final Organisation org;
    private final DecisionFlow flow;
    private final Turnover turnover;
    private final Innovation innovation;
    private final Reform reform;
    /** The culture in force: a regime change that names only one of the two keeps the other. */
    private final double[] culture;

    ScenarioEvents(Scenario scenario, Organisation org, DecisionFlow flow, Turnover turnover, Innovation innovation,
                   Reform reform) {
        this.scenario = scenario;
        this.org = org;
        this.flow = flow;
        this.turnover = turnover;
        this.innovation = innovation;
        this.reform = reform;
        this.culture = new double[] {scenario.culture().psychologicalSafety(), scenario.culture().transparency()};
    }

    /** The run's schedule, for what an event sets in motion later (a vote after an inquiry). */
    private Schedule clock;

    /** Books every event of the scenario at its day. */
    void schedule(Schedule schedule) {
        this.clock = schedule;
        List<Scenario.Event> events = scenario.events();
        for (int k = 0; k < events.size(); k++) {
            Scenario.Event e = events.get(k);
            schedule.scheduleOnce(e.atDay(), ORDER_FIRST_EVENT + k, state -> apply(e, state.schedule.getTime()));
        }
    }

    /** Makes one event happen at {@code now} ({@code atDay} is not read). */
    void apply(Scenario.Event e, double now) {
        switch (e.type()) {
            case "leader_departs" -> {
                if (e.person() != null) {
                    if (e.person() < org.people().size()) {
                        turnover.depart(org.people().get(e.person()));
                    }
                } else {
                    for (Person p : org.peopleOf(org.level(e.role()))) {
                        if (e.school() == null || p.school() == e.school()) {
                            turnover.depart(p);
                        }
                    }
                }
            }
            case "mandate" -> {
                String role = e.role() != null ? e.role() : scenario.reform().championRole();
                List<Person> leaders = org.level(role) == null ? List.of() : org.peopleOf(org.level(role));
                double fidelity = e.fidelity() != null ? e.fidelity() : innovation.defaultMandateFidelity();
                double every = e.reinforceEveryDays() != null ? e.reinforceEveryDays() : 0;
                String which = e.practice() != null ? e.practice() : "most_used";
                java.util.Set<Integer> schools = new java.util.HashSet<>();
                for (Person leader : leaders) {
                    if (schools.add(leader.school())) {
                        innovation.mandate(leader, which, fidelity, every); // one mandate per school
                    }
                }
            }
            case "turnover_wave" -> turnover.wave(e.share(), e.roles());
            case "regime_change" -> {
                if (e.culture() != null) {
                    if (e.culture().psychologicalSafety() != null) {
                        culture[0] = e.culture().psychologicalSafety();
                    }
                    if (e.culture().transparency() != null) {
                        culture[1] = e.culture().transparency();
                    }
                    flow.setCulture(culture[0], culture[1]);
                    innovation.setCulture(culture[0], culture[1]);
                }
                if (e.decisionRights() != null) {
                    flow.setRights(e.decisionRights());
                    innovation.refreshAutonomy();
                }
            }
            case "reform_start" -> {
                String champion = e.role() != null ? e.role() : scenario.reform().championRole();
                String how = e.by() != null ? e.by() : scenario.reform().by();
                if ("vote".equals(how) && reform.inquiryDays() > 0) {
                    // shared inquiry first; the staff vote, and the reform starts, after it
                    clock.scheduleOnce(now + reform.inquiryDays(), SlowProcesses.ORDER_REFORM_START,
                            state -> reform.start(champion, state.schedule.getTime(), how));
                } else {
                    reform.start(champion, now, how);
                }
            }
            default -> throw new IllegalStateException("validated event type " + e.type());
        }
    }
}
