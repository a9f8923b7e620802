package leadsim.bench;

import leadsim.model.SchoolSim;

/**
 * Where {@code leadsim bench --ladder --threads N} reaches the engine: a district whose schools
 * never touch one another runs its schools as lanes on up to N threads
 * ({@link SchoolSim#runSchoolsOn}); other scenarios run on one schedule whatever N is.
 */
final class EngineThreads {
    private EngineThreads() {}

    /** Whether the engine can run on {@code threads} threads; null if it can, else why not. */
    static String supported(int threads) {
        if (threads < 1) {
            return "--threads must be >= 1 (got " + threads + ")";
        }
        return null;
    }

    /** A simulation that will run on {@code threads} threads (checked by {@link #supported} first). */
    static SchoolSim simulation(long seed, leadsim.scenario.Scenario scenario, int threads) {
        String problem = supported(threads);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SchoolSim sim = new SchoolSim(seed, scenario, false);
        sim.runSchoolsOn(threads);
        return sim;
    }
}
