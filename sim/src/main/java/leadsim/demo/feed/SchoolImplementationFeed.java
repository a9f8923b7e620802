package leadsim.demo.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * A district's overview: each school's implementation of the reform every day (its staff's mean
 * commitment, 0 once the reform has ended there), a line per school by name: which schools keep
 * the reform after its champion leaves.
 */
final class SchoolImplementationFeed implements ChartFeed {
    @Override
    public String id() {
        return "school-implementation";
    }

    @Override
    public String title() {
        return "Implementation of the reform, by school";
    }

    @Override
    public String shortTitle() {
        return "Reform, by school";
    }

    @Override
    public String yLabel() {
        return "mean commitment";
    }

    @Override
    public Double yMax() {
        return 1.0;
    }

    @Override
    public String unavailable(DemoRun run) {
        if (!run.isDistrict()) {
            return "One school: see Implementation of the reform";
        }
        return ImplementationFeed.noReform(run);
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int s = 0; s < run.schoolNames().size(); s++) {
            out.put(run.schoolNames().get(s), run.schoolDays().implementationByDay(s));
        }
        return out;
    }
}
