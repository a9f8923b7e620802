package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;

/**
 * What a school's tile in the district overview shows, for one colour mode: the school's own
 * value of what that mode shows for each person (needs waiting, expertise, use of the leading
 * practice, commitment to the reform). A tile mode reads the model; it never changes it.
 */
public interface TileMode {
    /** The colour mode it goes with ({@link ColourMode#id()}): one colour choice for the overview and the schools. */
    String id();

    /**
     * The legend of the tiles' colours in this run (a scale may follow the district shown: see
     * {@link QueueTile}); the same for the whole run.
     */
    ColourMode.Legend legend(DemoRun run);

    /** Why the tiles show nothing in this run (drawn over them), or null when they can. */
    String unavailable(DemoRun run);

    /** The school's value now; NaN when it has none. */
    double value(DemoRun run, int school);

    Color fill(DemoRun run, int school);

    /** A few words on the tile about the value ("87 needs waiting", "mean commitment 0.62", "reform ended on day 307"). */
    String words(DemoRun run, int school);
}
