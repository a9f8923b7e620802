package leadsim.demo;

import java.util.List;

/** The charts beside each display, top to bottom. */
final class ChartFeeds {
    private ChartFeeds() {}

    static List<ChartFeed> all() {
        return List.of(
                new LatencyFeed(),
                new QueueFeed(),
                new AdoptionFeed(),
                new ImplementationFeed());
    }

    /** The charts this run has: a chart whose mechanism is off in the scenario is not shown at all. */
    static List<ChartFeed> of(DemoRun run) {
        return all().stream().filter(f -> f.unavailable(run) == null).toList();
    }
}
