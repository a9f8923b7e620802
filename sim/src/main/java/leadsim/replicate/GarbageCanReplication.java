package leadsim.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.model.garbagecan.GarbageCanModel;
import leadsim.model.garbagecan.GarbageCanSetup;
import leadsim.model.garbagecan.GarbageCanStatistics;
import leadsim.scenario.GarbageCan;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioTemplate;

/**
 * The replication's runs, in process: the 81 variants of a Garbage Can base scenario, each on
 * the same random draws of the entry orders (common random numbers) or on the paper's four
 * pairings of fixed orders. Draw k gives exactly the orders a run of the scenario with
 * {@code entry: {choices: random, needs: random, draw: k}} gets, so these runs are the rows of
 * the shipped sweeps, without the sweep's files.
 */
public final class GarbageCanReplication {
    /** The paper's appendix orders, as pairings (choice order, need order). */
    public static final List<List<String>> PAPER_PAIRINGS =
            List.of(List.of("m1", "w1"), List.of("m1", "w2"), List.of("m2", "w1"), List.of("m2", "w2"));

    /** One run: its variant, its orders ({@code draw 7} or {@code m1/w2}) and its exact statistics. */
    public record Run(GarbageCanVariant variant, String orders, Map<String, Long> statistics) {
        public long get(String statistic) {
            Long value = statistics.get(statistic);
            if (value == null) {
                throw new IllegalArgumentException("no statistic " + statistic);
            }
            return value;
        }
    }

    private GarbageCanReplication() {}

    /** Every variant on draws 1..{@code draws} of random entry orders. */
    public static List<Run> randomOrders(ScenarioTemplate base, int draws) throws ScenarioException {
        List<Run> runs = new ArrayList<>();
        for (GarbageCanVariant variant : GarbageCanVariant.all()) {
            Scenario scenario = base.resolve(variant.overrides(GarbageCan.RANDOM, GarbageCan.RANDOM)).scenario();
            GarbageCanSetup setup = GarbageCanSetup.of(scenario, 1);
            long seed = scenario.seed() == null ? 1 : scenario.seed();
            for (int draw = 1; draw <= draws; draw++) {
                int[][] orders = GarbageCanSetup.randomOrders(GarbageCanSetup.drawSeed(seed, draw),
                        setup.choices().size(), setup.needs().size());
                runs.add(run(variant, "draw " + draw, setup.withOrders(orders[0], orders[1])));
            }
        }
        return runs;
    }

    /** Every variant on the paper's four pairings of fixed entry orders. */
    public static List<Run> paperOrders(ScenarioTemplate base) throws ScenarioException {
        List<Run> runs = new ArrayList<>();
        for (GarbageCanVariant variant : GarbageCanVariant.all()) {
            for (List<String> pairing : PAPER_PAIRINGS) {
                Scenario scenario = base.resolve(variant.overrides(pairing.get(0), pairing.get(1))).scenario();
                runs.add(run(variant, pairing.get(0) + "/" + pairing.get(1), GarbageCanSetup.of(scenario, 1)));
            }
        }
        return runs;
    }

    private static Run run(GarbageCanVariant variant, String orders, GarbageCanSetup setup) {
        return new Run(variant, orders, GarbageCanStatistics.exact(GarbageCanModel.run(setup)));
    }
}
