package leadsim.demo.colour;

import java.util.List;

/** The tile modes of the district overview, one for each colour mode, so one colour choice serves the overview and the schools. */
public final class TileModes {
    private static final List<TileMode> ALL = List.of(
            new QueueTile(),
            new ExpertiseTile(),
            new AdoptionTile(),
            new CommitmentTile());

    private TileModes() {}

    static List<TileMode> all() {
        return ALL;
    }

    /** The tiles of a colour mode. */
    public static TileMode of(String colourMode) {
        return ALL.stream().filter(m -> m.id().equals(colourMode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tile mode for colour `" + colourMode + "`"));
    }
}
