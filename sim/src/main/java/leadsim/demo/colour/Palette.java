package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.draw.SchoolPicture;

/**
 * The fixed colours of the display (ink, rims, halos, students, reporting lines, lit paths,
 * caption), one place for the Swing portrayals and the browser page ({@link SchoolPicture}
 * hands them over as hex), so both views look alike. The colour modes' ramps are in
 * {@link ColourRamp}.
 */
public final class Palette {
    public static final Color INK = new Color(0x263238);
    public static final Color MUTED = new Color(0x607D8B);
    public static final Color RIM = new Color(0x37474F);
    public static final Color HALO_FILL = new Color(0xECEFF4);
    public static final Color HALO_EDGE = new Color(0xCFD8DC);
    public static final Color STUDENT = new Color(0x90A4AE);
    public static final Color REPORTING = new Color(0x90A4AE);
    public static final Color LIT = new Color(0xFF, 0x6D, 0x00);
    public static final Color CAPTION = new Color(0xFFF8E1);
    /**
     * The charts' series colours by position, as the Swing charts draw them (DemoCharts' palette;
     * PaletteTest keeps the two equal), so a role has one colour in every view.
     */
    public static final Color[] SERIES = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F)};

    private Palette() {}

    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
