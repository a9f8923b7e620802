package leadsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.Scenario.Role;

/**
 * Where a need's stages are decided in expectation, for the load estimate. The model's rule
 * (sim/ODD.md section 7.3): a person who receives a need passes it on with probability
 * fear x (1 - safety) to the top of the school (if they are not the top), or with
 * base + doubt x (1 - expertise) to their supervisor; the receiver applies the same rule. So a
 * stage held by a role ends at that role or above it, as a Markov chain up the reporting line,
 * here at each role's mean expertise. A stage held by the role that decided the previous one
 * is skipped, as the model's approval chains do. Bodies never escalate.
 */
final class EscalationShares {
    private final Scenario s;
    private final double fear;

    EscalationShares(Scenario s) {
        this.s = s;
        this.fear = s.escalation().fear() * (1 - s.culture().psychologicalSafety());
    }

    /** Each holder of the chain, once: the load of the chain without escalation. */
    static Map<String, Double> unescalated(List<String> chain) {
        Map<String, Double> deciders = new LinkedHashMap<>();
        chain.forEach(holder -> deciders.merge(holder, 1.0, Double::sum));
        return deciders;
    }

    /** Expected number of decisions per need at each role or body, over the whole chain. */
    Map<String, Double> deciders(List<String> chain) {
        Map<String, Double> out = new LinkedHashMap<>();
        stage(chain, 0, null, 1.0, out);
        return out;
    }

    private void stage(List<String> chain, int k, String last, double mass, Map<String, Double> out) {
        while (k < chain.size() && chain.get(k).equals(last)) {
            k++;
        }
        if (k >= chain.size() || mass == 0) {
            return;
        }
        String holder = chain.get(k);
        if (LoadEstimate.roleOf(s, holder) == null) { // a body decides what reaches it
            out.merge(holder, mass, Double::sum);
            stage(chain, k + 1, holder, mass, out);
            return;
        }
        for (Map.Entry<String, Double> end : endsOfClimb(holder).entrySet()) {
            double m = mass * end.getValue();
            out.merge(end.getKey(), m, Double::sum);
            stage(chain, k + 1, end.getKey(), m, out);
        }
    }

    /** Probability that a need received by {@code role} is finally decided at each role above it. */
    private Map<String, Double> endsOfClimb(String role) {
        Map<String, Double> ends = new LinkedHashMap<>();
        String at = role;
        double mass = 1;
        // climbing only goes up, so the walk ends within the length of the reporting line
        while (mass > 1e-12) {
            Role r = LoadEstimate.roleOf(s, at);
            String up = r.reportsTo();
            if (up == null) {
                ends.merge(at, mass, Double::sum);
                break;
            }
            double doubt = s.escalation().base() + s.escalation().doubt() * (1 - r.expertise().mean());
            // fear goes to the top of the holder's own school or office (a principal's to the
            // cabinet's top is a climb through the office, not back into the school)
            String top = topOf(at);
            double toTop = at.equals(top) ? 0 : Math.min(fear, 1);
            double toSupervisor = Math.min(fear + doubt, 1) - toTop;
            ends.merge(at, mass * (1 - toTop - toSupervisor), Double::sum);
            if (toTop > 0) {
                ends.merge(top, 0.0, Double::sum);
                double viaTop = mass * toTop;
                endsOfClimb(top).forEach((where, p) -> ends.merge(where, viaTop * p, Double::sum));
            }
            mass *= toSupervisor;
            at = up;
        }
        ends.values().removeIf(p -> p == 0);
        return ends;
    }

    /**
     * The highest role above {@code role} inside the school, or inside the office for an office
     * role (as the model's fear goes to the top of the holder's own school or office).
     */
    private String topOf(String role) {
        String top = role;
        boolean inSchool = s.roles().containsKey(role);
        while (true) {
            Role r = LoadEstimate.roleOf(s, top);
            String up = r.reportsTo();
            if (up == null || s.roles().containsKey(up) != inSchool) {
                return top;
            }
            top = up;
        }
    }
}
