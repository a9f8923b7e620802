package leadsim.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.demo.event.ModelEvents;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.scenario.Scenario;

/**
 * The model's main parameters as knobs that can be turned while a run goes on: psychological
 * safety, transparency and each role's decision hours. The same knobs serve the Console's model
 * inspector and the {@code set:} lines of a lesson, so both speak the same names.
 */
public final class LiveParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String SAFETY = "psychological_safety";
    public static final String TRANSPARENCY = "transparency";
    static final String CAPACITY_PREFIX = "capacity.";

    // capacity stays above 0: a desk with no hours would hold its need for ever

    /** One knob: its key (as in lessons), a label, its range and how to read and turn it. */
    record Knob(String key, String label, double min, double max, String description) implements java.io.Serializable {}

    private final DemoRun run;
    private final List<Knob> knobs = new ArrayList<>();

    LiveParameters(DemoRun run) {
        this.run = run;
        knobs.add(new Knob(SAFETY, "Psychological safety", 0, 1,
                "How safe it is to decide: low safety makes holders escalate (fear term of escalation)"));
        knobs.add(new Knob(TRANSPARENCY, "Transparency", 0, 1,
                "How visible data and practice are: shields needs from context loss per hop"));
        Scenario s = run.loaded().scenario();
        List<String> roles = new ArrayList<>(s.roles().keySet());
        if (s.office() != null && s.office().roles() != null) {
            roles.addAll(s.office().roles().keySet());
        }
        for (String role : roles) {
            knobs.add(new Knob(CAPACITY_PREFIX + role, "Hours/day: " + role.replace('_', ' '), 0.1, 8,
                    "Hours a day each " + role.replace('_', ' ') + " gives to decisions (applies to the next need served)"));
        }
    }

    List<Knob> knobs() {
        return knobs;
    }

    Knob knob(String key) {
        for (Knob k : knobs) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** The knob's value now; before the first start, the scenario's value. */
    double get(String key) {
        var flow = run.sim().decisionFlow();
        Scenario s = run.loaded().scenario();
        switch (key) {
            case SAFETY:
                return flow == null ? s.culture().psychologicalSafety() : flow.psychologicalSafety();
            case TRANSPARENCY:
                return flow == null ? s.culture().transparency() : flow.transparency();
            default:
                String role = key.substring(CAPACITY_PREFIX.length());
                List<Person> people = peopleOf(role);
                if (!people.isEmpty()) {
                    return people.get(0).capacityHours();
                }
                Map<String, Scenario.Role> roles = s.roles().containsKey(role) ? s.roles() : s.office().roles();
                return roles.get(role).capacityHours();
        }
    }

    /** Turns a knob (clamped to its range); ignored before the model has started. */
    public void set(String key, double value) {
        Knob knob = knob(key);
        var flow = run.sim().decisionFlow();
        if (knob == null || flow == null) {
            return;
        }
        double v = Math.max(knob.min(), Math.min(knob.max(), value));
        switch (key) {
            // culture changes as a regime_change event of the scenario would: decisions and innovation alike
            case SAFETY -> run.sim().happen(ModelEvents.culture(v, null));
            case TRANSPARENCY -> run.sim().happen(ModelEvents.culture(null, v));
            default -> peopleOf(key.substring(CAPACITY_PREFIX.length())).forEach(p -> p.setCapacityHours(v));
        }
    }

    private List<Person> peopleOf(String role) {
        var org = run.sim().organisation();
        if (org == null) {
            return List.of();
        }
        Level level = org.level(role);
        return level == null ? List.of() : org.peopleOf(level);
    }
}
