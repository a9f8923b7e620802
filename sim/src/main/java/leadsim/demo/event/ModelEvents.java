package leadsim.demo.event;

import java.util.List;
import java.util.Map;
import leadsim.scenario.Scenario;

/**
 * The scenario language's events ({@code events:} in a scenario file), built for a live
 * intervention and handed to {@code SchoolSim.happen}, so a button does exactly what the same
 * event in a scenario file would do.
 */
public final class ModelEvents {
    private ModelEvents() {}

    static Scenario.Event leaderDeparts(int person) {
        return new Scenario.Event(null, "leader_departs", null, person, null, null, null, null, null, null, null, null);
    }

    /** A mandate by the holders of {@code role} (one per school), of the most used practice, at the default fidelity. */
    static Scenario.Event mandate(String role) {
        return new Scenario.Event(null, "mandate", role, null, null, null, null, "most_used", null, null, null, null);
    }

    /** Each holder of a school role leaves with probability {@code share}. */
    static Scenario.Event turnoverWave(double share) {
        return new Scenario.Event(null, "turnover_wave", null, null, null, share, null, null, null, null, null, null);
    }

    public static Scenario.Event rights(Map<String, Map<String, List<String>>> table) {
        return new Scenario.Event(null, "regime_change", null, null, null, null, null, null, null, null, null, table);
    }

    /** A change of culture; a null value keeps what is in force. */
    public static Scenario.Event culture(Double safety, Double transparency) {
        return new Scenario.Event(null, "regime_change", null, null, null, null, null, null, null, null,
                new Scenario.Culture(safety, transparency), null);
    }
}
