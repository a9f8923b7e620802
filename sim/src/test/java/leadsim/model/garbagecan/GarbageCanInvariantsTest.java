package leadsim.model.garbagecan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import leadsim.replicate.GarbageCanReplication;
import leadsim.replicate.GarbageCanVariant;
import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The consequences of the model's rules (the specification's section 5) in every run of the
 * 81 variants: on 20 random draws of the entry orders and on the paper's four fixed pairings.
 */
class GarbageCanInvariantsTest {
    private static final int DRAWS = 20;

    @Test
    void everyRunOfThe81VariantsKeepsTheInvariants() {
        int runs = 0;
        for (GarbageCanVariant variant : GarbageCanVariant.all()) {
            Scenario scenario = GarbageCans.scenario(variant, "m1", "w1");
            GarbageCanSetup base = GarbageCanSetup.of(scenario, 1);
            for (int draw = 1; draw <= DRAWS + GarbageCanReplication.PAPER_PAIRINGS.size(); draw++) {
                GarbageCanSetup setup = draw <= DRAWS ? drawn(base, scenario.seed(), draw)
                        : paper(base, scenario, GarbageCanReplication.PAPER_PAIRINGS.get(draw - DRAWS - 1));
                GarbageCanHistory history = GarbageCanModel.run(setup);
                check(variant, history, variant + " orders " + draw);
                runs++;
            }
        }
        assertEquals(81 * 24, runs);
    }

    private static void check(GarbageCanVariant variant, GarbageCanHistory h, String where) {
        Map<String, Long> s = GarbageCanStatistics.exact(h);
        assertEquals(10, s.get("resolution") + s.get("oversight") + s.get("flight") + s.get("choices_unmade"), where);
        assertEquals(66 * GarbageCanSetup.UNIT, s.get("energy_spent") + s.get("energy_reserve"), where);
        assertEquals(s.get("oversight") + s.get("flight"), s.get("port_oversights"), where + ": the port's oversights");
        if (variant.access().equals("A2")) {
            assertEquals(0, s.get("flight"), where + ": no flight under specialised access");
            assertEquals(0, s.get("problem_shifts"), where + ": no problem shift under specialised access");
        }
        if (variant.access().equals("A0")) {
            assertEquals(0, s.get("oversight"), where + ": no oversight under unsegmented access");
            assertEquals(0, s.get("problem_latency"), where + ": no latency under unsegmented access");
        }
        if (variant.decision().equals("D2")) {
            assertEquals(0, s.get("dm_shifts"), where + ": decision makers never shift under D2");
        }
        for (int t = 1; t <= h.periods(); t++) {
            for (int c = 0; c < 10; c++) {
                if (h.open(c, t)) {
                    boolean hasNeed = false;
                    for (int p = 0; p < 20; p++) {
                        hasNeed |= h.needAt()[t][p] == c;
                    }
                    assertTrue(hasNeed, where + ": open choice C" + (c + 1) + " without a problem at the end of period " + t);
                }
                if (h.entered()[c] == t) {
                    for (int p = 0; p < 20; p++) {
                        boolean active = h.needAt()[t][p] >= 0 || h.needAt()[t][p] == GarbageCanHistory.LATENT;
                        if (active && h.setup().access()[p][c]) {
                            assertEquals(c, h.needAt()[t][p], where + ": a new choice attracts every problem that may reach it");
                        }
                    }
                }
            }
        }
    }

    private static GarbageCanSetup drawn(GarbageCanSetup base, long seed, int draw) {
        int[][] orders = GarbageCanSetup.randomOrders(GarbageCanSetup.drawSeed(seed, draw), 10, 20);
        return base.withOrders(orders[0], orders[1]);
    }

    private static GarbageCanSetup paper(GarbageCanSetup base, Scenario scenario, java.util.List<String> pairing) {
        var orders = scenario.garbageCan().orders();
        return base.withOrders(GarbageCanSetup.indices(orders.get(pairing.get(0)), base.choices()),
                GarbageCanSetup.indices(orders.get(pairing.get(1)), base.needs()));
    }
}
