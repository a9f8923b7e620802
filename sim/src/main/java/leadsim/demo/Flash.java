package leadsim.demo;

/** The info on a lit edge of a need's path: when it was last lit (it fades over a day). */
final class Flash implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Days a lit edge takes to fade out completely. */
    static final double FADE_DAYS = 1.0;

    double litAt;
    /** Needs that took this edge lately, fading with the edge: busy edges are drawn thicker. */
    double traffic;

    Flash(double litAt) {
        this.litAt = litAt;
        this.traffic = 1;
    }

    /** 1 when just lit, falling to 0 after {@link #FADE_DAYS}. */
    double strength(double now) {
        return Math.max(0, 1 - (now - litAt) / FADE_DAYS);
    }
}
