package leadsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * The Garbage Can mode of a scenario (Cohen, March and Olsen 1972; sim/ODD.md, "Garbage Can
 * mode"): time steps in whole periods; the scenario's roles are the decision makers (each
 * person one decision maker, in the order the roles are listed: the first is the most
 * important), its bodies, all of {@code mode: choice}, the choice opportunities (likewise
 * ordered), and needs are named in the access table.
 *
 * <p>The four structures the model varies are named levels, so a sweep can cross them by
 * name: {@code load} picks the energy each attached need requires from {@code loads};
 * {@code energy} picks every decision maker's energy per period from {@code energies} (without
 * it, each role's {@code capacity_hours}); {@code access} picks the table need -> the choices
 * at which it may be taken (any of them, like a decision right held by several bodies) from
 * {@code access_structures}; {@code decision} picks the members of every choice from
 * {@code decision_structures} (without it, each body's own {@code members}).
 *
 * @param periods             periods simulated
 * @param solutionCoefficient share of a decision maker's energy that counts on a choice
 * @param entry               how choices and needs enter
 * @param orders              named entry orders: lists of choice names or of need names
 * @param load                the level of {@code loads} in force
 * @param loads               energy each attached need requires, by level
 * @param energy              the level of {@code energies} in force, or null
 * @param energies            energy per period of each role's people, by level
 * @param access              the level of {@code access_structures} in force
 * @param accessStructures    need -> choices it may be taken at, by level
 * @param decision            the level of {@code decision_structures} in force, or null
 * @param decisionStructures  choice -> member roles, by level
 */
public record GarbageCan(
        Integer periods,
        Double solutionCoefficient,
        Entry entry,
        Map<String, List<String>> orders,
        String load,
        Map<String, Double> loads,
        String energy,
        Map<String, Map<String, Double>> energies,
        String access,
        Map<String, Map<String, List<String>>> accessStructures,
        String decision,
        Map<String, Map<String, List<String>>> decisionStructures) {

    /** The word that asks for a random entry order instead of a named one. */
    public static final String RANDOM = "random";

    /**
     * How choices and needs enter: so many per period from period 1, in a named order of
     * {@code orders} or {@code random}. A random order is drawn from the run's seed, or, when
     * {@code draw} is given, from (scenario seed, draw): then every variant of a sweep with the
     * same draw gets the same orders (common random numbers).
     */
    /**
     * A setting in whole hundredths (0.55 -> 55), or -1 when it is not a whole number of
     * hundredths: the model counts energy exactly in hundredths (x hundredths of the solution
     * coefficient), so that no result depends on floating-point rounding.
     */
    public static long hundredths(Double value) {
        if (value == null || !Double.isFinite(value) || value < 0 || value > 1e12) {
            return -1;
        }
        long rounded = Math.round(value * 100);
        return Math.abs(rounded - value * 100) < 1e-6 ? rounded : -1;
    }

    public record Entry(Integer choicesPerPeriod, Integer needsPerPeriod, String choices, String needs, Integer draw) {}
}
