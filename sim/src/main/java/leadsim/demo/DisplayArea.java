package leadsim.demo;

import leadsim.demo.draw.OrgLayout;

/**
 * The size of a run window's display, in pixels, and its scale (pixels per field unit), from the
 * room the window leaves it. A single school's display has the school's shape at the largest
 * scale that fits, its caption band below the fold (the caption is in large type under it). A
 * district's display takes all the room, at the scale its schools are drawn: its overview fills
 * it (a district of small schools under a tall office is wider than a school, twelve schools
 * are taller), and a school opened in it is centred.
 */
public record DisplayArea(double width, double height, double scale) {

    /**
     * @param freeWidth  the window's width left for the display, in pixels
     * @param freeHeight its height left for the display (what is in sight)
     * @param school     the layout of the school shown (a district's: one of its schools)
     */
    public static DisplayArea of(double freeWidth, double freeHeight, OrgLayout school, boolean district) {
        double below = OrgLayout.CAPTION_BAND - 1; // the caption band's part below the fold
        double scale = Math.max(1, Math.min(freeWidth / school.width, freeHeight / (school.height - below)));
        if (!district) {
            return new DisplayArea(school.width * scale, school.height * scale, scale);
        }
        return new DisplayArea(Math.max(school.width * scale, freeWidth), Math.max(school.height, freeHeight / scale + below) * scale,
                scale);
    }

    /** The display's width in field units. */
    public double fieldWidth() {
        return width / scale;
    }

    /** Its height in pixels above the fold (the caption band's part below it left out). */
    public double visibleHeight() {
        return height - (OrgLayout.CAPTION_BAND - 1) * scale;
    }

    /** Its height in field units, the band below the fold included. */
    public double fieldHeight() {
        return height / scale;
    }
}
