package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import leadsim.analysis.report.DifferenceFacts;

/**
 * The measures a summary states, in the order a reader needs them, and the few columns the
 * {@link MetricCatalogue} does not (yet) describe: what became of the needs that were never
 * decided (still open, defaulted, lapsed, rerouted) and how good the practices in use were.
 * Lookups try the catalogue first, so one description wins when both have a column.
 */
final class Measures {
    private Measures() {}

    private static final Map<String, MetricCatalogue.Metric> EXTRA = Map.of(
            "open_share", new MetricCatalogue.Metric("open_share", "the share of needs still open at the end",
                    "Needs still open at the end (share of needs raised)", "the share of needs still open at the end was",
                    DifferenceFacts.SHARE, true),
            "default_share", new MetricCatalogue.Metric("default_share", "the share of needs decided by default",
                    "Needs decided by default, without the right (share)",
                    "the share of needs decided by default (by whoever raised them, without the right) was",
                    DifferenceFacts.SHARE, true),
            "lapse_share", new MetricCatalogue.Metric("lapse_share", "the share of needs that lapsed",
                    "Needs that lapsed undecided (share)", "the share of needs that lapsed undecided was",
                    DifferenceFacts.SHARE, true),
            "reroute_share", new MetricCatalogue.Metric("reroute_share", "the share of needs rerouted",
                    "Needs rerouted to another desk (share)", "the share of needs rerouted to another desk was",
                    DifferenceFacts.SHARE, true),
            "adopted_good_share", new MetricCatalogue.Metric("adopted_good_share",
                    "the share of practice use on good practices", "Practice use on good practices (share)",
                    "the share of practice use on good practices was", DifferenceFacts.SHARE, false),
            "good_practices_per_staff", new MetricCatalogue.Metric("good_practices_per_staff",
                    "the number of good practices in use per member of staff",
                    "Good practices in use per member of staff (mean over days)",
                    "good practices in use per member of staff were", "", false),
            "innovations_spread", new MetricCatalogue.Metric("innovations_spread",
                    "the number of practices that spread beyond their inventor's team",
                    "Practices that spread beyond the inventor's team",
                    "practices that spread beyond their inventor's team were", "", false));

    /** Needs that were not decided, in any way: always stated when measured. */
    static final List<String> UNDECIDED = List.of("open_share", "default_share", "lapse_share", "reroute_share");

    /** What innovation is judged by: how far practices spread, and whether they were good. */
    static final List<String> INNOVATION = List.of("adoption_final", "good_practices_per_staff", "adopted_good_share",
            "innovations_spread");

    /** How decisions flowed, in order of what a reader asks first. */
    static final List<String> FLOW = List.of("latency_mean", "latency_p50", "latency_p90", "latency_p99",
            "on_time_share", "quality_mean", "escalations_per_need", "bottleneck_wait_share", "utilization_max",
            "needs_open", "implementation_final");

    /**
     * Whether innovation ran in this run: the resolved scenario says so (its counts are written as
     * zeros, not left empty, when it is off); without a resolved scenario, whether anything was
     * invented.
     */
    static boolean innovationRan(RunData run) {
        com.fasterxml.jackson.databind.JsonNode enabled = run.manifest().path("scenario").path("innovation")
                .path("enabled");
        if (enabled.isBoolean()) {
            return enabled.asBoolean();
        }
        if (!run.hasMetric("innovations_invented")) {
            return false;
        }
        for (double v : run.metric("innovations_invented")) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a column is a measure of this run: measured, and of a mechanism that ran. */
    static boolean applies(RunData run, String column) {
        return run.measured(column) && (!INNOVATION.contains(column) || innovationRan(run));
    }

    static Optional<MetricCatalogue.Metric> find(String column) {
        Optional<MetricCatalogue.Metric> known = MetricCatalogue.find(column);
        return known.isPresent() ? known : Optional.ofNullable(EXTRA.get(column));
    }

    /** Every measure a comparison tests, in summary order: innovation, undecided needs, then the flow. */
    static List<String> compared() {
        List<String> all = new ArrayList<>(INNOVATION);
        all.addAll(UNDECIDED);
        for (String column : FLOW) {
            if (!all.contains(column)) {
                all.add(column);
            }
        }
        for (String column : MetricCatalogue.HEADLINE) {
            if (!all.contains(column)) {
                all.add(column);
            }
        }
        return all;
    }
}
