package leadsim.demo.feed;

import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.draw.OrgLayout;

/** The charts beside each display, top to bottom. */
public final class ChartFeeds {
    private ChartFeeds() {}

    public static List<ChartFeed> all() {
        return List.of(
                new LatencyFeed(),
                new QueueFeed(),
                new AdoptionFeed(),
                new ImplementationFeed());
    }

    /**
     * The charts of a district's overview: latency over the whole district, then the needs
     * waiting and the reform school by school (a line per school), so the schools can be told apart.
     */
    static List<ChartFeed> overview() {
        return List.of(
                new LatencyFeed(),
                new SchoolQueuesFeed(),
                new AdoptionFeed(),
                new SchoolImplementationFeed());
    }

    /** The charts of one school of a district: the single school's charts, from that school's own days. */
    static List<ChartFeed> inSchool(int school) {
        return all().stream().<ChartFeed>map(f -> new SchoolFeed(f, school)).toList();
    }

    /**
     * The charts shown for a run: a single school's; a district's overview ({@code school} =
     * {@link OrgLayout#WHOLE}); or one of its schools.
     */
    public static List<ChartFeed> shown(DemoRun run, int school) {
        if (!run.isDistrict()) {
            return all();
        }
        return school == OrgLayout.WHOLE ? overview() : inSchool(school);
    }

    /** The charts this run has: a chart whose mechanism is off in the scenario is not shown at all. */
    static List<ChartFeed> of(DemoRun run) {
        return all().stream().filter(f -> f.unavailable(run) == null).toList();
    }
}
