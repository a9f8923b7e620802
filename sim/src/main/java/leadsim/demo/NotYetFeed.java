package leadsim.demo;

import java.util.Map;

/** A chart the model cannot feed yet: its panel says so. Replace with a real feed of the same id. */
final class NotYetFeed implements ChartFeed {
    private final String id;
    private final String title;
    private final String needs;

    NotYetFeed(String id, String title, String needs) {
        this.id = id;
        this.title = title;
        this.needs = needs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String yLabel() {
        return "";
    }

    @Override
    public String unavailable(DemoRun run) {
        return "Not in this model yet (needs " + needs + ")";
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        return Map.of();
    }
}
