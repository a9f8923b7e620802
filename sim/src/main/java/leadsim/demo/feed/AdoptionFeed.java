package leadsim.demo.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * New practices in use per staff member at the end of each day (the model's {@code adoption}
 * column), and the part of it that is good practice ({@code adoption_good}). One teacher using
 * two practices counts twice, so the line can pass 1.
 */
final class AdoptionFeed implements ChartFeed {
    @Override
    public String id() {
        return "adoption";
    }

    @Override
    public String title() {
        return "Adoption: new practices in use";
    }

    @Override
    public String shortTitle() {
        return "Adoption";
    }

    @Override
    public String yLabel() {
        return "per staff member";
    }

    @Override
    public String unavailable(DemoRun run) {
        return run.loaded().scenario().innovation().enabled() ? null
                : "This school's scenario does not model new practices";
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("all", SlowColumns.column(run, "adoption"));
        out.put("good ones", SlowColumns.column(run, "adoption_good"));
        return out;
    }
}
