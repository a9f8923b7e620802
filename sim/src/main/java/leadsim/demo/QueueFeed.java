package leadsim.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.model.Level;

/** Needs waiting at each role and body at the end of each day: where the bottleneck is. */
final class QueueFeed implements ChartFeed {
    @Override
    public String id() {
        return "queues";
    }

    @Override
    public String title() {
        return "Needs waiting, by role";
    }

    @Override
    public String yLabel() {
        return "needs";
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Level level : run.series().levels()) {
            out.put(level.name().replace('_', ' '), run.series().queueByDay(level));
        }
        return out;
    }
}
