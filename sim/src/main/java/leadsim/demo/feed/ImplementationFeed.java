package leadsim.demo.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.demo.DemoRun;

/**
 * The reform each day: the staff's mean commitment (the model's {@code implementation} column)
 * and the share at or above the fidelity threshold ({@code implementation_share}); both 0 once
 * the reform is dead.
 */
final class ImplementationFeed implements ChartFeed {
    @Override
    public String id() {
        return "implementation";
    }

    @Override
    public String title() {
        return "Implementation of the reform";
    }

    @Override
    public String shortTitle() {
        return "Reform";
    }

    @Override
    public String yLabel() {
        return "commitment / share";
    }

    @Override
    public Double yMax() {
        return 1.0;
    }

    @Override
    public String unavailable(DemoRun run) {
        return noReform(run);
    }

    /** Why a reform chart is empty (null when the scenario has a reform); the district's chart says the same. */
    static String noReform(DemoRun run) {
        return run.loaded().scenario().reform().enabled() ? null
                : "No reform in this scenario (reform: {enabled: true})";
    }

    @Override
    public Map<String, double[]> series(DemoRun run) {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mean commitment", SlowColumns.column(run, "implementation"));
        double threshold = run.loaded().scenario().reform().fidelityThreshold();
        out.put("share \u2265 " + threshold, SlowColumns.column(run, "implementation_share"));
        return out;
    }

    /** The school's own staff: its level (the one its death rule watches) and its share at or above the threshold. */
    @Override
    public Map<String, double[]> seriesIn(DemoRun run, int school) {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mean commitment", run.schoolDays().implementationByDay(school));
        double threshold = run.loaded().scenario().reform().fidelityThreshold();
        out.put("share \u2265 " + threshold, run.schoolDays().implementationShareByDay(school));
        return out;
    }
}
