package leadsim.metrics;

/** Which direction of a measure is good for the school, if either. */
public enum Better {
    LOWER, HIGHER, NEITHER;

    public String word() {
        return switch (this) {
            case LOWER -> "lower";
            case HIGHER -> "higher";
            case NEITHER -> "neither";
        };
    }
}
