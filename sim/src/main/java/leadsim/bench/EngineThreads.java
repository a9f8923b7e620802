package leadsim.bench;

import leadsim.model.SchoolSim;

/**
 * THE HOOK for {@code leadsim bench --ladder --threads N}: where the thread count reaches the
 * engine. {@link SchoolSim} has no threads setting today (one schedule, stepped on the caller's
 * thread), so only 1 is accepted. When the engine gets one (say per-school schedules stepped in
 * parallel), pass it to the simulation in {@link #simulation} (e.g. {@code sim.setThreads(threads)}) and let
 * {@link #supported} accept it; the ladder already prints and writes the thread count.
 */
final class EngineThreads {
    private EngineThreads() {}

    /** Whether the engine can run on {@code threads} threads; null if it can, else why not. */
    static String supported(int threads) {
        if (threads < 1) {
            return "--threads must be >= 1 (got " + threads + ")";
        }
        if (threads > 1) {
            return "--threads " + threads + ": SchoolSim has no threads setting yet, so a run uses one thread"
                    + " (the hook to connect is leadsim.bench.EngineThreads)";
        }
        return null;
    }

    /** A simulation that will run on {@code threads} threads (checked by {@link #supported} first). */
    static SchoolSim simulation(long seed, leadsim.scenario.Scenario scenario, int threads) {
        String problem = supported(threads);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new SchoolSim(seed, scenario, false);
    }
}
