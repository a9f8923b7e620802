package leadsim.demo;

import java.util.Map;

/**
 * One live chart's data, a point per school day. Adoption and implementation are placeholders
 * now; when the innovation and reform models arrive, each becomes a real feed (same id) and its
 * chart switches on by itself.
 */
interface ChartFeed {
    String id();

    String title();

    String yLabel();

    /** Why this chart has nothing to show in this run (written in its place), or null when it can. */
    String unavailable(DemoRun run);

    /** Series name -> value on day 1, 2, ... (completed days only). */
    Map<String, double[]> series(DemoRun run);
}
