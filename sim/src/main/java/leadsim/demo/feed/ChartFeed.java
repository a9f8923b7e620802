package leadsim.demo.feed;

import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * One live chart's data, a point per school day: latency, queues, adoption (innovation) and
 * implementation (reform). A feed whose mechanism is off in the scenario says so instead.
 */
public interface ChartFeed {
    String id();

    String title();

    /** The title of a narrow chart (a comparison with three or more charts a row). */
    default String shortTitle() {
        return title();
    }

    String yLabel();

    /** Why this chart has nothing to show in this run (written in its place), or null when it can. */
    String unavailable(DemoRun run);

    /** The top of the y axis when the quantity has one (a share), or null to fit the data. */
    default Double yMax() {
        return null;
    }

    /** Series name -> value on day 1, 2, ... (completed days only). */
    Map<String, double[]> series(DemoRun run);

    /**
     * The same series for one school of a district (its drill-down), from the school's own days
     * ({@link SchoolDays}); null when the chart is counted for the whole district only.
     */
    default Map<String, double[]> seriesIn(DemoRun run, int school) {
        return null;
    }
}
