package leadsim.model.garbagecan;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.model.SplitMix64;
import leadsim.scenario.GarbageCan;
import leadsim.scenario.Scenario;

/**
 * One Garbage Can organisation in numbers, read from a validated scenario: choices, needs and
 * decision makers numbered by importance (0 = most important), the access and decision
 * structures as boolean tables, energies in exact integer units, and the entry orders.
 *
 * <p>Energies are whole numbers of ten-thousandths: a decision maker's energy in hundredths
 * times the solution coefficient in hundredths (0.55 x 0.6 -> 55 x 60 = 3300), a need's
 * requirement in hundredths times 100 (2.2 -> 22000). Every sum and comparison is then exact.
 *
 * @param choices          choice names (bodies, in order)
 * @param needs            need names (keys of the access table in force, in order)
 * @param deciders         decision maker names (role name, with a number when a role has several people)
 * @param effective        effective energy per period of each decision maker, in ten-thousandths
 * @param requirement      energy each attached need requires, in ten-thousandths
 * @param access           access[need][choice]: the need may be taken at the choice
 * @param decision         decision[decider][choice]: the decision maker may work on the choice
 * @param choiceOrder      choices in order of entry
 * @param needOrder        needs in order of entry
 * @param choicesPerPeriod choices entering each period from period 1
 * @param needsPerPeriod   needs entering each period from period 1
 * @param periods          periods simulated
 */
public record GarbageCanSetup(List<String> choices, List<String> needs, List<String> deciders, long[] effective,
                              long requirement, boolean[][] access, boolean[][] decision, int[] choiceOrder,
                              int[] needOrder, int choicesPerPeriod, int needsPerPeriod, int periods) {

    /** Ten-thousandths per unit of energy. */
    public static final long UNIT = 10_000;

    /** The organisation a scenario describes; random entry orders come from {@code runSeed} or the entry's draw. */
    public static GarbageCanSetup of(Scenario scenario, long runSeed) {
        GarbageCan g = scenario.garbageCan();
        List<String> choices = List.copyOf(scenario.bodies().keySet());
        Map<String, List<String>> accessTable = g.accessStructures().get(g.access());
        List<String> needs = List.copyOf(accessTable.keySet());
        long coefficient = GarbageCan.hundredths(g.solutionCoefficient());
        List<String> deciders = new ArrayList<>();
        List<String> deciderRoles = new ArrayList<>();
        List<Long> effective = new ArrayList<>();
        Map<String, Double> energies = g.energy() == null ? null : g.energies().get(g.energy());
        scenario.roles().forEach((role, spec) -> {
            double energy = energies == null ? spec.capacityHours() : energies.get(role);
            for (int k = 1; k <= spec.count(); k++) {
                deciders.add(spec.count() == 1 ? role : role + "-" + k);
                deciderRoles.add(role);
                effective.add(GarbageCan.hundredths(energy) * coefficient);
            }
        });
        boolean[][] access = new boolean[needs.size()][choices.size()];
        for (int p = 0; p < needs.size(); p++) {
            for (String choice : accessTable.get(needs.get(p))) {
                access[p][choices.indexOf(choice)] = true;
            }
        }
        boolean[][] decision = new boolean[deciders.size()][choices.size()];
        for (int c = 0; c < choices.size(); c++) {
            String choice = choices.get(c);
            List<String> members = g.decision() == null ? scenario.bodies().get(choice).members()
                    : g.decisionStructures().get(g.decision()).get(choice);
            for (int d = 0; d < deciders.size(); d++) {
                decision[d][c] = members.contains(deciderRoles.get(d));
            }
        }
        GarbageCan.Entry entry = g.entry();
        int[][] random = randomOrders(entry.draw() == null ? runSeed
                : drawSeed(scenario.seed() == null ? 1 : scenario.seed(), entry.draw()), choices.size(), needs.size());
        int[] choiceOrder = GarbageCan.RANDOM.equals(entry.choices()) ? random[0]
                : indices(g.orders().get(entry.choices()), choices);
        int[] needOrder = GarbageCan.RANDOM.equals(entry.needs()) ? random[1]
                : indices(g.orders().get(entry.needs()), needs);
        return new GarbageCanSetup(choices, needs, List.copyOf(deciders),
                effective.stream().mapToLong(Long::longValue).toArray(),
                GarbageCan.hundredths(g.loads().get(g.load())) * 100, access, decision, choiceOrder, needOrder,
                entry.choicesPerPeriod(), entry.needsPerPeriod(), g.periods());
    }

    /**
     * A random order of the choices and one of the needs from one generator seeded with
     * {@code seed}: choices first, then needs, always both, so that a fixed choice order leaves
     * the needs' draw unchanged.
     */
    public static int[][] randomOrders(long seed, int choices, int needs) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int[] choiceOrder = permutation(choices, random);
        return new int[][] {choiceOrder, permutation(needs, random)};
    }

    /** The same organisation with other entry orders. */
    public GarbageCanSetup withOrders(int[] choiceOrder, int[] needOrder) {
        return new GarbageCanSetup(choices, needs, deciders, effective, requirement, access, decision, choiceOrder,
                needOrder, choicesPerPeriod, needsPerPeriod, periods);
    }

    /** Total effective energy of all decision makers over all periods, in ten-thousandths. */
    public long totalEnergy() {
        long perPeriod = 0;
        for (long e : effective) {
            perPeriod += e;
        }
        return perPeriod * periods;
    }

    /** A seed for draw k of the entry orders: SplitMix64 of (scenario seed, k), folded to 31 bits. */
    public static long drawSeed(long scenarioSeed, int draw) {
        return SplitMix64.seed31(SplitMix64.mix(SplitMix64.mix(scenarioSeed) ^ (draw * 0xBF58476D1CE4E5B9L)));
    }

    /** A uniform random permutation of 0..n-1 (Fisher-Yates). */
    private static int[] permutation(int n, MersenneTwisterFast random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The positions of {@code names} in {@code all}: a named entry order as indices. */
    public static int[] indices(List<String> names, List<String> all) {
        return names.stream().mapToInt(all::indexOf).toArray();
    }
}
