package leadsim.demo.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.demo.DemoRun;
import leadsim.model.Level;

/**
 * Needs waiting at each role and body at the end of each day: where the bottleneck is. A line
 * sums every holder of the role (its legend says how many), so a single principal's queue is
 * one desk while the teachers' is forty.
 */
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
    public String shortTitle() {
        return "Needs waiting";
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
        var org = run.sim().organisation();
        for (Level level : run.series().levels()) {
            // a role's line adds up all its people: say how many, so 40 teachers are not read as one desk
            int n = org == null ? 0 : level.isBody() ? org.bodiesOf(level) : org.peopleOf(level).size();
            String name = level.name().replace('_', ' ');
            out.put(n > 1 ? name + " (all " + n + ")" : name, run.series().queueByDay(level));
        }
        return out;
    }

    /** The school's own desks and bodies, role by role (the office's are in the overview). */
    @Override
    public Map<String, double[]> seriesIn(DemoRun run, int school) {
        Map<String, double[]> out = new LinkedHashMap<>();
        var org = run.sim().organisation();
        SchoolDays days = run.schoolDays();
        for (Level level : days.levels()) {
            int n = org == null || level.isOffice() ? 0
                    : level.isBody() ? org.bodiesOf(level, school) : org.peopleOf(level, school).size();
            if (n == 0) {
                continue; // the office's roles and the district's bodies have nobody in the school
            }
            String name = level.name().replace('_', ' ');
            out.put(n > 1 ? name + " (all " + n + ")" : name, days.queueByDay(school, level));
        }
        return out;
    }
}
