package leadsim.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import leadsim.scenario.ScenarioTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper's properties as directions over the 81 variants on 100 common random draws of the
 * entry orders (what the report states), checked from the runs with plain arithmetic here.
 */
class GarbageCanPropertiesTest {
    private static List<GarbageCanReplication.Run> runs;

    @BeforeAll
    static void run() throws Exception {
        runs = GarbageCanReplication.randomOrders(
                ScenarioTemplate.load(Path.of("..", "scenarios", "replications", "garbage-can", "garbage-can.yaml")), 100);
    }

    private static double share(String style, java.util.function.Predicate<GarbageCanReplication.Run> keep) {
        long s = runs.stream().filter(keep).mapToLong(r -> r.get(style)).sum();
        long made = runs.stream().filter(keep).mapToLong(r -> r.get("choices_made")).sum();
        return s / (double) made;
    }

    @Test
    void resolutionIsNotTheMostCommonStyleExceptUnderLightLoadOrSpecialisedAccess() {
        for (String load : List.of("moderate", "heavy")) {
            for (String access : List.of("A0", "A1")) {
                java.util.function.Predicate<GarbageCanReplication.Run> cell =
                        r -> r.variant().load().equals(load) && r.variant().access().equals(access);
                assertTrue(share("resolution", cell) < Math.max(share("flight", cell), share("oversight", cell)), load + "/" + access);
            }
        }
        java.util.function.Predicate<GarbageCanReplication.Run> light = r -> r.variant().load().equals("light");
        java.util.function.Predicate<GarbageCanReplication.Run> a2 = r -> r.variant().access().equals("A2");
        assertTrue(share("resolution", light) > Math.max(share("flight", light), share("oversight", light)));
        assertTrue(share("resolution", a2) > Math.max(share("flight", a2), share("oversight", a2)));
        assertTrue(GarbageCanFindings.resolutionNotMostCommon(runs).holds());
    }

    @Test
    void theProcessIsSensitiveToLoadPairByPair() {
        // common random numbers: the same variant of the other three factors on the same draw, at each load
        int rises = 0;
        int pairs = 0;
        for (GarbageCanReplication.Run light : runs) {
            if (!light.variant().load().equals("light")) {
                continue;
            }
            GarbageCanReplication.Run heavy = runs.stream().filter(r -> r.orders().equals(light.orders())
                    && r.variant().equals(new GarbageCanVariant("heavy", light.variant().energy(),
                    light.variant().access(), light.variant().decision()))).findFirst().orElseThrow();
            pairs++;
            rises += heavy.get("problems_unsolved") >= light.get("problems_unsolved") ? 1 : 0;
        }
        assertEquals(2700, pairs);
        // Not in every pair: heavy load sometimes leaves fewer problems unsolved (the report gives the count).
        assertTrue(rises > 0.9 * pairs, rises + " of " + pairs);
        assertTrue(GarbageCanFindings.sensitiveToLoad(runs).evidence()
                .contains("than light in " + (pairs - rises) + " of " + pairs + " pairs"));
        double r0 = share("resolution", r -> r.variant().load().equals("light"));
        double r1 = share("resolution", r -> r.variant().load().equals("moderate"));
        double r2 = share("resolution", r -> r.variant().load().equals("heavy"));
        assertTrue(r0 > r1 && r1 > r2);
        assertTrue(GarbageCanFindings.sensitiveToLoad(runs).holds());
    }

    @Test
    void theTrackingVerdictIsTheSignOfTheCorrelationItReports() {
        GarbageCanFindings.Finding tracking = GarbageCanFindings.tracking(runs);
        // As read here (correlation of variant means of shifts), the paper's property does not hold:
        // the report says so. This pins the finding so that a change of the model is noticed.
        assertFalse(tracking.holds(), tracking.evidence());
        assertTrue(tracking.evidence().contains("r = -"), tracking.evidence());
    }
}
