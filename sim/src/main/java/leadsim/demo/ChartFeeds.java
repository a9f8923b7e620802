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
}
