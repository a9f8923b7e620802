package leadsim.demo.draw;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scale for district overviews shown side by side. Two districts compared in two windows (or
 * on one slide) would each be fitted to their own display: the district with fewer schools, or
 * a shorter office, would get larger tiles, and the same school would look larger on one side
 * than on the other, so the eye would compare sizes that mean nothing. Each overview is drawn at
 * the smaller of the scales that fit (pixels per field unit, and tile height), and says so above
 * its tiles when the two would have differed. Plain arithmetic over the displays' sizes.
 */
public final class OverviewScale {
    /** Tiles or scales closer than this are the same to the eye. */
    private static final double SAME = 1.02;

    /** Where each overview shown side by side is drawn: its display's width and height above the fold, in pixels. */
    private final Map<RunPortrayals, double[]> placed = new LinkedHashMap<>();

    /** Records where a view's overview is shown (a window's display, or a slide's half). */
    public void place(RunPortrayals view, double width, double height) {
        placed.put(view, new double[] {width, height});
    }

    /** Forgets every place (a picture of one district alone follows). */
    public void clear() {
        placed.clear();
    }

    /**
     * The fit of a view's overview drawn {@code width} x {@code height}: its own when no other
     * overview is placed beside it, else at the smaller scale and tiles of all of them.
     */
    public OverviewFit fit(RunPortrayals view, double width, double height) {
        OverviewFit own = OverviewFit.of(view.district(), width, height, Double.POSITIVE_INFINITY);
        double unit = own.unit();
        double tile = own.tileHeight();
        double largestUnit = unit;
        double largestTile = tile;
        for (Map.Entry<RunPortrayals, double[]> e : placed.entrySet()) {
            RunPortrayals other = e.getKey();
            if (other == view || other.district() == null || !other.showsOverview()) {
                continue;
            }
            OverviewFit theirs = OverviewFit.of(other.district(), e.getValue()[0], e.getValue()[1], Double.POSITIVE_INFINITY);
            unit = Math.min(unit, theirs.unit());
            tile = Math.min(tile, theirs.tileHeight());
            largestUnit = Math.max(largestUnit, theirs.unit());
            largestTile = Math.max(largestTile, theirs.tileHeight());
        }
        if (largestUnit <= unit * SAME && largestTile <= tile * SAME) {
            return own; // alone, or alike enough: nothing to say
        }
        OverviewFit shared = OverviewFit.at(view.district(), width, height, unit, tile);
        return new OverviewFit(shared.unit(), shared.top(), shared.layout().atOneScale());
    }
}
