package leadsim.experiment.design;

/**
 * Replicates of one or more scenarios on common random numbers: replicate k of every design
 * point gets the same seed, {@link Seeds#runSeed}(master, 0, k), so scenarios are compared pair
 * by pair and the noise they share cancels, and a run and a comparison under one master seed
 * can be paired too.
 */
abstract class CommonRandomNumbers implements Experiment {
    private final int replicates;
    private final long masterSeed;

    CommonRandomNumbers(int replicates, long masterSeed) {
        this.replicates = replicates;
        this.masterSeed = masterSeed;
    }

    @Override
    public final int replicates() {
        return replicates;
    }

    @Override
    public final long masterSeed() {
        return masterSeed;
    }

    @Override
    public final long seed(long point, int replicate) {
        return Seeds.runSeed(masterSeed, 0, replicate);
    }

    @Override
    public final String seedRule() {
        return "common random numbers: replicate k of every scenario gets SplitMix64(master seed, 0, k) folded to 31 bits";
    }
}
