package leadsim.experiment.run;

/**
 * One of {@code count} slices of an experiment: run {@code k} belongs to shard {@code k mod count}.
 * Interleaving (rather than contiguous blocks) spreads every design point's replicates and
 * any slow corner of the design over all shards, so shards finish at about the same time.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard " + index + " of " + count + ": need 0 <= shard < shards");
        }
    }

    public boolean owns(long runId) {
        return runId % count == index;
    }

    /** Runs of this shard among runs 0..total-1. */
    public long runsOf(long total) {
        return total <= index ? 0 : (total - 1 - index) / count + 1;
    }

    @Override
    public String toString() {
        return "shard " + index + " of " + count;
    }
}
