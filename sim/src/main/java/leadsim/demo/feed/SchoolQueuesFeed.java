package leadsim.demo.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * A district's overview: the needs waiting in each school at the end of each day (every desk and
 * the school's own bodies), a line per school by name, and the central office's (its desks and
 * the district's bodies): which school, if any, is where decisions pile up.
 */
final class SchoolQueuesFeed implements ChartFeed {
    @Override
    public String id() {
        return "school-queues";
    }

    @Override
    public String title() {
        return "Needs waiting, by school";
    }

    @Override
    public String shortTitle() {
        return "Waiting, by school";
    }

    @Override
    public String yLabel() {
        return "needs";
    }

    @Override
    public String unavailable(DemoRun run) {
        return run.isDistrict() ? null : "One school: see Needs waiting, by role";
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> out = new LinkedHashMap<>();
        SchoolDays days = run.schoolDays();
        for (int s = 0; s < run.schoolNames().size(); s++) {
            out.put(run.schoolNames().get(s), days.queueTotalByDay(s));
        }
        out.put("central office", days.queueTotalByDay(run.schoolNames().size()));
        return out;
    }
}
