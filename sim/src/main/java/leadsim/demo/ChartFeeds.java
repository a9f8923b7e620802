package leadsim.demo;

import java.util.List;

/** The charts beside each display, top to bottom. */
final class ChartFeeds {
    private ChartFeeds() {}

    static List<ChartFeed> all() {
        return List.of(
                new LatencyFeed(),
                new QueueFeed(),
                new NotYetFeed("adoption", "Adoption of the leading practice", "leadsim.model.innovate"),
                new NotYetFeed("implementation", "Implementation of the reform", "leadsim.model.reform"));
    }
}
