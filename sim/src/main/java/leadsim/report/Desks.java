package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.scenario.Headcount;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioMapper;

/**
 * How many desks each role and body has in a resolved scenario: a role's people, a body's
 * instances (one PLC per team, one leadership team per school), over all schools. A queue
 * summed over a role's desks is divided by this, so 40 teachers with a few needs each do not
 * look like a bottleneck beside one principal with many.
 */
final class Desks {
    private Desks() {}

    /** Desks per role and body; empty when the manifest does not record a readable scenario. */
    static Map<String, Integer> of(JsonNode resolved) {
        Map<String, Integer> desks = new LinkedHashMap<>();
        if (resolved == null || resolved.isMissingNode() || !resolved.has("roles")) {
            return desks;
        }
        try {
            Scenario s = ScenarioMapper.yaml().treeToValue(resolved, Scenario.class);
            int teams = Headcount.teams(s.roles());
            int schools = Math.max(1, Headcount.schoolCount(s));
            s.roles().forEach((name, role) -> desks.put(name, schools * Headcount.people(role, teams)));
            if (s.bodies() != null) {
                s.bodies().forEach((name, body) -> desks.put(name, schools * ("team".equals(body.per()) ? teams : 1)));
            }
            if (s.office() != null && s.office().roles() != null) {
                s.office().roles().forEach((name, role) -> desks.put(name, Headcount.people(role, 0)));
            }
            if (s.office() != null && s.office().bodies() != null) {
                s.office().bodies().forEach((name, body) -> desks.put(name, 1));
            }
        } catch (Exception e) {
            desks.clear(); // another version's manifest: queues are shown per role instead
        }
        return desks;
    }
}
