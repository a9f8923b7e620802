package leadsim.demo.draw;

/**
 * A district's overview fitted to a display: its layout ({@link DistrictPicture#fitted}), the
 * pixels per field unit it is drawn at, and the field line at the display's top edge. The tiles
 * are as large as fit: the office across the display's width when that leaves them room, else
 * drawn smaller so the tiles have more of the height, but never smaller than the overview laid
 * out alone would be drawn down the display (its office and tiles in their own proportions). So
 * the picture fills the display's width or its height. Plain arithmetic, no drawing.
 */
public record OverviewFit(double unit, double top, DistrictPicture.Layout layout) {
    /** Scales tried between the smallest and the largest; tiles within 1% count as alike, the larger scale wins. */
    private static final int STEPS = 24;

    /**
     * @param width   the display's width in pixels
     * @param height  its height above the fold, in pixels
     * @param tallest the tallest tile in pixels (another overview's, when two are compared), or infinity
     */
    public static OverviewFit of(DistrictPicture district, double width, double height, double tallest) {
        return at(district, width, height, width / district.layout().width(), tallest);
    }

    /**
     * The fit at a scale no larger than {@code unit} (two overviews compared are drawn at the
     * smaller of their scales: {@link OverviewScale}) nor than the office across the width.
     */
    public static OverviewFit at(DistrictPicture district, double width, double height, double unit, double tallest) {
        // the band where a page sets its title is left out: the window (or the slide) sets the
        // title in large type above the display
        double top = DistrictPicture.PAGE_TITLE;
        double widest = Math.min(unit, width / district.layout().width());
        double alone = Math.min(widest, height / (district.layout().height() - top));
        OverviewFit[] tried = new OverviewFit[STEPS + 1];
        double largest = 0;
        for (int i = 0; i <= STEPS; i++) {
            double u = alone + (widest - alone) * i / STEPS;
            DistrictPicture.Layout layout = district.fitted(height / u + top, tallest / u);
            tried[i] = new OverviewFit(Math.min(u, height / (layout.height() - top)), top, layout);
            largest = Math.max(largest, tried[i].tileHeight());
        }
        for (int i = STEPS; i > 0; i--) {
            if (tried[i].tileHeight() >= 0.99 * largest) {
                return tried[i];
            }
        }
        return tried[0];
    }

    /** The height of the tiles in pixels. */
    public double tileHeight() {
        return layout.tiles().isEmpty() ? 0 : layout.tiles().get(0).h() * unit;
    }
}
