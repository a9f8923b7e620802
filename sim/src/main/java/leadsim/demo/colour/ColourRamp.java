package leadsim.demo.colour;

import java.awt.Color;

/** A colour scale between stops, for values mapped to [0,1]. */
public final class ColourRamp {
    /** Pale to deep red: how much is waiting (reads as "hot" without a legend). */
    static final ColourRamp HEAT = new ColourRamp(
            new Color(0xFFF5EB), new Color(0xFDAE6B), new Color(0xE6550D), new Color(0x7F2704));
    /** Blue to green to yellow (viridis-like, readable by most colour-blind viewers). */
    static final ColourRamp SKILL = new ColourRamp(
            new Color(0x440154), new Color(0x3B528B), new Color(0x21908C), new Color(0x5DC863), new Color(0xFDE725));

    /** Near white to deep green: how much of the leading practice is in use (ColorBrewer Greens). */
    static final ColourRamp ADOPTION = new ColourRamp(
            new Color(0xF2FAEF), new Color(0xC7E9C0), new Color(0x74C476), new Color(0x238B45), new Color(0x00441B));
    /** Near white to deep blue: commitment to the reform (ColorBrewer Blues). */
    static final ColourRamp COMMITMENT = new ColourRamp(
            new Color(0xEFF3FF), new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x2171B5), new Color(0x08306B));
    /** Someone a mode says nothing about (a leader outside the staff, in adoption and commitment). */
    public static final Color OUTSIDE = new Color(0xCFCFCF);

    private final Color[] stops;

    ColourRamp(Color... stops) {
        this.stops = stops;
    }

    /** The colour at {@code unit}, or {@link #OUTSIDE} where the mode has no value (NaN). */
    public Color orOutside(double unit) {
        return Double.isNaN(unit) ? OUTSIDE : at(unit);
    }

    public Color at(double unit) {
        double u = Double.isNaN(unit) ? 0 : Math.max(0, Math.min(1, unit));
        double pos = u * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) pos);
        double f = pos - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(
                (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
