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

    @Test
    void theDocsFiguresAreThoseOfTheRuns() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(Path.of("..", "docs", "replication-garbage-can.md"))
                .replaceAll("\\s+", " ");
        for (GarbageCanFindings.Finding finding : GarbageCanFindings.of(runs)) {
            assertTrue(doc.contains(finding.evidence()), finding.evidence());
            assertTrue(doc.contains(finding.holds() ? ": holds." : ": does not hold as read"), finding.claim());
        }
        String[][] names = {{"load", "light", "light load"}, {"load", "moderate", "moderate load"},
                {"load", "heavy", "heavy load"}, {"access", "A0", "A0 unsegmented access"},
                {"access", "A1", "A1 hierarchical access"}, {"access", "A2", "A2 specialised access"},
                {"decision", "D0", "D0 unsegmented decision structure"},
                {"decision", "D1", "D1 hierarchical decision structure"},
                {"decision", "D2", "D2 specialised decision structure"}};
        for (String[] n : names) {
            StyleShares s = StyleShares.byLevel(runs, n[0], List.of(n[1])).get(n[1]);
            String row = String.format(java.util.Locale.ROOT, "| %s | %s | %s | %s | %.2f |", n[2],
                    GarbageCanFindings.pct(s.resolution()), GarbageCanFindings.pct(s.oversight()),
                    GarbageCanFindings.pct(s.flight()), s.unmadeMean());
            assertTrue(doc.contains(row), row);
        }
        for (RegimeReading.Regime regime : RegimeReading.REGIMES) {
            for (String load : GarbageCanVariant.LOADS) {
                List<GarbageCanReplication.Run> cell = RegimeReading.of(runs, regime, load);
                StyleShares s = StyleShares.of(cell);
                String row = String.format(java.util.Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %.2f | %.1f |",
                        regime.name(), load, GarbageCanFindings.pct(s.resolution()), GarbageCanFindings.pct(s.oversight()),
                        GarbageCanFindings.pct(s.flight()), s.unmadeMean(),
                        GarbageCanFindings.mean(cell, "problems_unsolved"), GarbageCanFindings.mean(cell, "problem_latency"));
                assertTrue(doc.contains(row), row);
            }
        }
        String port = String.format(java.util.Locale.ROOT, "resolution %.2f against the port's \"resolutions\" %.2f;"
                        + " the port's \"oversights\" (%.2f) are oversight plus flight (%.2f + %.2f)",
                GarbageCanFindings.mean(runs, "resolution"), GarbageCanFindings.mean(runs, "port_resolutions"),
                GarbageCanFindings.mean(runs, "port_oversights"), GarbageCanFindings.mean(runs, "oversight"),
                GarbageCanFindings.mean(runs, "flight"));
        assertTrue(doc.contains(port), port);
    }
}
