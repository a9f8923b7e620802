package leadsim.demo.feed;

import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * A chart seen in one school of a district (the drill-down): the same chart, its series taken
 * from that school's own days. A chart the model counts for the whole district only says so in
 * its place.
 */
final class SchoolFeed implements ChartFeed {
    private final ChartFeed feed;
    private final int school;

    SchoolFeed(ChartFeed feed, int school) {
        this.feed = feed;
        this.school = school;
    }

    @Override
    public String id() {
        return feed.id();
    }

    @Override
    public String title() {
        return feed.title();
    }

    @Override
    public String shortTitle() {
        return feed.shortTitle();
    }

    @Override
    public String yLabel() {
        return feed.yLabel();
    }

    @Override
    public Double yMax() {
        return feed.yMax();
    }

    @Override
    public String unavailable(DemoRun run) {
        String off = feed.unavailable(run);
        if (off != null) {
            return off;
        }
        return feed.seriesIn(run, school) == null ? feed.title() + ": counted for the whole district only (see the overview)" : null;
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> in = feed.seriesIn(run, school);
        return in == null ? Map.of() : in;
    }
}
