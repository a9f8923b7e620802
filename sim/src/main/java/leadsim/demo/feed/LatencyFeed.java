package leadsim.demo.feed;

import java.util.Map;
import leadsim.demo.DemoRun;

/** Mean latency (days from a need's raising to its decision) of the decisions taken each day. */
final class LatencyFeed implements ChartFeed {
    @Override
    public String id() {
        return "latency";
    }

    @Override
    public String title() {
        return "Latency: mean days to decision";
    }

    @Override
    public String shortTitle() {
        return "Days to decision";
    }

    @Override
    public String yLabel() {
        return "days";
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        return Map.of("decided that day", run.series().latencyByDay());
    }

    /** The decisions of the needs raised in the school. */
    @Override
    public Map<String, double[]> seriesIn(DemoRun run, int school) {
        return Map.of("decided that day", run.schoolDays().latencyByDay(school));
    }
}
