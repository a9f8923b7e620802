package leadsim.model;

/**
 * The SplitMix64 finaliser and the fold to a MASON seed: the one mixer behind every derived seed
 * (a run's from the master seed, a Garbage Can draw's from the scenario's), so that seeds made
 * in different places are made the same way.
 */
public final class SplitMix64 {
    private SplitMix64() {}

    /** One SplitMix64 step: a well-spread 64-bit value from any input. */
    public static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A mixed value folded to 31 bits, never 0 (MASON treats seed 0 as invalid). */
    public static long seed31(long z) {
        long folded = (z ^ (z >>> 32)) & 0x7FFFFFFFL;
        return folded == 0 ? 1 : folded;
    }
}
