package leadsim.scenario;

import java.util.List;

/** The fixed words of the scenario language: domains, scopes and the allowed option values. */
public final class Vocabulary {
    private Vocabulary() {}

    public static final List<String> DOMAINS =
            List.of("instruction", "assessment", "student_support", "scheduling", "resources", "policy");
    public static final List<String> SCOPES = List.of("student", "classroom", "team", "school", "district");
    public static final List<String> DISTRIBUTIONS = List.of("exponential", "deterministic", "lognormal");
    public static final List<String> QUEUE_DISCIPLINES = List.of("fifo", "urgency");
    public static final List<String> BODY_MODES = List.of("meeting", "pool");
    public static final List<String> BODY_PER = List.of("team", "school", "district");
    public static final String STUDENT_SOURCE = "student";
    /** What follows when a waiting need's patience runs out (see {@link Scenario.Overload}). */
    public static final List<String> ON_EXPIRY = List.of("workaround", "lapse", "reroute", "keep_waiting");
}
