package leadsim.demo;

/** The info on a lit edge of a need's path: when it was last lit (it fades over a day). */
public final class Flash implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Days a lit edge takes to fade out completely. */
    public static final double FADE_DAYS = 1.0;

    double litAt;
    /** Needs that took this edge lately, fading with the edge: busy edges are drawn thicker. */
    double traffic;

    Flash(double litAt) {
        this.litAt = litAt;
        this.traffic = 1;
    }

    /** Stroke width in field units: thicker with recent traffic, thinner as it fades (views may set a minimum in pixels). */
    public double width(double now) {
        return (0.3 + 0.12 * Math.min(traffic, 6)) * (0.4 + 0.6 * strength(now));
    }

    /** Opacity in [0,1]: from 240/255 when just lit down to 40/255 as it fades out. */
    public double opacity(double now) {
        return (40 + 200 * strength(now)) / 255.0;
    }

    /** 1 when just lit, falling to 0 after {@link #FADE_DAYS}. */
    public double strength(double now) {
        return Math.max(0, 1 - (now - litAt) / FADE_DAYS);
    }
}
