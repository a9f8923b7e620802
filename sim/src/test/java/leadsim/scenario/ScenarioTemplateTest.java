package leadsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading a scenario with overrides: what sweeps do at every design point. */
class ScenarioTemplateTest {
    /** The shipped distributed school (tests run in sim/). */
    private static final Path FILE = Path.of("../scenarios/distributed.yaml");

    private static ScenarioOverride set(String path, JsonNode value) {
        return new ScenarioOverride(path, value, "spec.yaml", 7, 5);
    }

    @Test
    void withoutOverridesItIsTheLoader() throws Exception {
        assertEquals(ScenarioLoader.load(FILE).sha256(), ScenarioTemplate.load(FILE).resolve().sha256());
    }

    @Test
    void overridesReachRecordsRolesListsAndThePreset() throws Exception {
        ScenarioTemplate template = ScenarioTemplate.load(FILE);
        Scenario s = template.resolve(List.of(
                set("culture.psychological_safety", DoubleNode.valueOf(0.3)),
                set("roles.teacher.capacity_hours", DoubleNode.valueOf(0.75)),
                set("arrivals[0].mix[0].weight", DoubleNode.valueOf(2.5)),
                set("bodies.plc.cadence_days", DoubleNode.valueOf(9)))).scenario();
        assertEquals(0.3, s.culture().psychologicalSafety());
        assertEquals(0.75, s.roles().get("teacher").capacityHours());
        assertEquals(2.5, s.arrivals().get(0).mix().get(0).weight());
        assertEquals(9.0, s.bodies().get("plc").cadenceDays());
        assertEquals(List.of("principal"), s.decisionRights().get("policy").get("school"), "untouched");

        Scenario hierarchical = template.resolve(List.of(set("preset", TextNode.valueOf("hierarchical")))).scenario();
        assertEquals("hierarchical", hierarchical.preset());
        assertEquals(0.8, template.resolve().scenario().culture().psychologicalSafety(), "the distributed preset's culture");
        assertEquals(0.3, hierarchical.culture().psychologicalSafety(), "the hierarchical preset's culture");
    }

    @Test
    void badPathsAreReportedAtTheOverride() throws Exception {
        ScenarioTemplate template = ScenarioTemplate.load(FILE);
        ScenarioException e = assertThrows(ScenarioException.class, () -> template.checkPaths(List.of(
                set("culture..safety", DoubleNode.valueOf(1)),
                set("horizon.days.first", DoubleNode.valueOf(1)),
                set("office.roles.clerk", DoubleNode.valueOf(1)),
                set("decision_rights.policy.galaxy", TextNode.valueOf("principal")))));
        assertEquals(List.of(
                "spec.yaml:7:5: culture..safety: not a key path; write keys joined by dots and list elements as [i],"
                        + " e.g. culture.psychological_safety or arrivals[0].rate_per_day",
                "spec.yaml:7:5: horizon.days.first: `horizon.days` is a single value or a list, so it has no key `first`",
                "spec.yaml:7:5: office.roles.clerk: `office.roles` is not set in this scenario, so there is nothing at"
                        + " office.roles.clerk to change",
                "spec.yaml:7:5: decision_rights.policy.galaxy: `galaxy` is not in `decision_rights.policy` of this"
                        + " scenario; present: student, classroom, team, school, district (a factor changes what the"
                        + " scenario has; it cannot add to it)"),
                e.problems().stream().map(ScenarioProblem::toString).toList());
    }

    @Test
    void anUnknownPresetFromAnOverrideIsReportedThere() throws Exception {
        ScenarioTemplate template = ScenarioTemplate.load(FILE);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> template.resolve(List.of(set("preset", TextNode.valueOf("flat")))));
        assertEquals("spec.yaml:7:5: preset: unknown preset \"flat\"; allowed: hierarchical, distributed,"
                + " espoused-distributed, weak-plc", e.problems().get(0).toString());
    }
}
