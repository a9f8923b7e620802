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
 */
final class ScenarioEvents {
    static final int ORDER_FIRST_EVENT = 100;

    private ScenarioEvents() {}

    static void schedule(Scenario scenario, Organisation org, Schedule schedule, DecisionFlow flow,
                         Turnover turnover, Innovation innovation, Reform reform) {
        List<Scenario.Event> events = scenario.events();
        // the culture in force: a regime change that names only one of the two keeps the other
        double[] culture = {scenario.culture().psychologicalSafety(), scenario.culture().transparency()};
        for (int k = 0; k < events.size(); k++) {
            Scenario.Event e = events.get(k);
            schedule.scheduleOnce(e.atDay(), ORDER_FIRST_EVENT + k, state -> {
                double now = state.schedule.getTime();
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
                    case "reform_start" -> reform.start(e.role() != null ? e.role() : scenario.reform().championRole(), now);
                    default -> throw new IllegalStateException("validated event type " + e.type());
                }
            });
        }
    }
}
