package leadsim.model.garbagecan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import leadsim.replicate.GarbageCanReplication;
import leadsim.replicate.GarbageCanVariant;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioOverride;
import org.junit.jupiter.api.Test;

/**
 * Draw k of the entry orders is the same whether the scenario asks for it ({@code entry.draw: k},
 * what the shipped sweep sets) or the in-process replication makes it; and it is common to all
 * variants.
 */
class GarbageCanDrawsTest {

    @Test
    void aScenarioDrawMatchesTheReplicationsDraw() throws ScenarioException {
        List<GarbageCanReplication.Run> runs = GarbageCanReplication.randomOrders(GarbageCans.template(), 3);
        for (GarbageCanVariant variant : List.of(new GarbageCanVariant("heavy", "E0", "A1", "D0"),
                new GarbageCanVariant("light", "E2", "A0", "D2"))) {
            for (int draw = 1; draw <= 3; draw++) {
                List<ScenarioOverride> overrides = new ArrayList<>(variant.overrides("random", "random"));
                overrides.add(new ScenarioOverride("garbage_can.entry.draw", JsonNodeFactory.instance.numberNode(draw), "test", 0, 0));
                var scenario = GarbageCans.template().resolve(overrides).scenario();
                var viaScenario = GarbageCanStatistics.metrics(GarbageCanModel.run(GarbageCanSetup.of(scenario, 99)));
                int d = draw;
                var inProcess = runs.stream().filter(r -> r.variant().equals(variant) && r.orders().equals("draw " + d))
                        .findFirst().orElseThrow();
                assertEquals(inProcess.get("problems_unsolved"), ((Number) viaScenario.get("problems_unsolved")).longValue());
                assertEquals(inProcess.get("problem_shifts"), ((Number) viaScenario.get("problem_shifts")).longValue());
                assertEquals(inProcess.get("energy_spent") / (double) GarbageCanSetup.UNIT, viaScenario.get("energy_spent"));
            }
        }
    }

    @Test
    void withoutADrawTheOrdersComeFromTheRunSeed() {
        var scenario = GarbageCans.scenario(new GarbageCanVariant("moderate", "E1", "A0", "D0"), "random", "random");
        int[] a = GarbageCanSetup.of(scenario, 11).needOrder();
        int[] b = GarbageCanSetup.of(scenario, 12).needOrder();
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(GarbageCanSetup.of(scenario, 11).needOrder()));
    }
}
