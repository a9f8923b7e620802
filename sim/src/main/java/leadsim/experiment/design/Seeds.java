package leadsim.experiment.design;

import static leadsim.model.SplitMix64.mix;

import leadsim.model.SplitMix64;

/**
 * Run seeds as a pure function of (master seed, design point, replicate), never of thread
 * count, shard or order of completion. SplitMix64 mixes the three, and the result is folded
 * to a positive 31-bit value because MASON keeps only the low 32 bits and rejects 0.
 */
public final class Seeds {
    private Seeds() {}

    public static long runSeed(long master, long point, long replicate) {
        long z = mix(master);
        z = mix(z ^ (point * 0xBF58476D1CE4E5B9L));
        z = mix(z ^ (replicate * 0x94D049BB133111EBL));
        return SplitMix64.seed31(z);
    }
}
