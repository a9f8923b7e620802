package leadsim.demo.draw;

/**
 * A district's overview fitted to a display: its layout ({@link DistrictPicture#fitted}), the
 * pixels per field unit it is drawn at, and the field line at the display's top edge. The office takes the display's width; the tiles take what
 * it leaves below, as large as fit; only when the display is too short for readable tiles is the
 * whole picture drawn smaller (and centred across). Plain arithmetic, no drawing.
 */
public record OverviewFit(double unit, double top, DistrictPicture.Layout layout) {

    /**
     * @param width   the display's width in pixels
     * @param height  its height above the fold, in pixels
     * @param tallest the tallest tile in pixels (another overview's, when two are compared), or infinity
     */
    public static OverviewFit of(DistrictPicture district, double width, double height, double tallest) {
        return at(district, width, height, width / district.layout().width(), tallest);
    }

    /**
     * The fit at a given scale, no larger than the office across the width (two overviews
     * compared are drawn at the smaller of their scales: {@link OverviewScale}).
     */
    public static OverviewFit at(DistrictPicture district, double width, double height, double unit, double tallest) {
        // the band where a page sets its title is left out: the window (or the slide) sets the
        // title in large type above the display
        double top = DistrictPicture.PAGE_TITLE;
        double u = Math.min(unit, width / district.layout().width());
        DistrictPicture.Layout layout = district.fitted(height / u + top, tallest / u);
        return new OverviewFit(Math.min(u, height / (layout.height() - top)), top, layout);
    }

    /** The height of the tiles in pixels. */
    public double tileHeight() {
        return layout.tiles().isEmpty() ? 0 : layout.tiles().get(0).h() * unit;
    }
}
