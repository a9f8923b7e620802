package leadsim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import leadsim.experiment.ReplicateRun;
import leadsim.experiment.RunStore;

/** The table a run prints: the headline metrics over replicates, with 95% intervals. */
final class SummaryTable {
    private static final List<String> HEADLINE = List.of(
            "latency_mean", "latency_p50", "latency_p90", "latency_p99", "on_time_share", "quality_mean",
            "escalations_per_need", "bottleneck_wait_share", "utilization_max", "needs_decided",
            // innovation, reform, people and students: printed only when the scenario turns them on
            "innovations_invented", "innovations_tried", "innovations_spread", "adoption_days_to_half",
            "adopted_good_share", "practice_quality_mean", "reform_survival_days", "reform_censored",
            "implementation_final", "growth_mean", "equity_gap",
            // the Garbage Can mode
            "resolution", "oversight", "flight", "choices_unmade", "problems_unsolved", "energy_wasted");

    private SummaryTable() {}

    @SuppressWarnings("unchecked")
    static void print(PrintWriter out, String scenario, List<ReplicateRun> done) {
        Map<String, Object> summary = RunStore.summarise(done);
        out.printf("%s: %d replicate%s%n", scenario, done.size(), done.size() == 1 ? "" : "s");
        out.printf("  %-24s %12s %12s %27s%n", "metric", "mean", "sd", "95% CI");
        for (String metric : HEADLINE) {
            Map<String, Object> s = (Map<String, Object>) summary.get(metric);
            if (s == null || !(s.get("mean") instanceof Double mean) || mean.isNaN()) {
                continue;
            }
            out.printf("  %-24s %12.4g %12.4g %12.4g .. %12.4g%n", metric, s.get("mean"), s.get("sd"),
                    s.get("ci95_low"), s.get("ci95_high"));
        }
        summary.forEach((metric, value) -> {
            if (metric.startsWith("decided_share_")) {
                Map<String, Object> s = (Map<String, Object>) value;
                out.printf("  %-24s %12.4g%n", metric, s.get("mean"));
            }
        });
        Object bottleneck = summary.get("bottleneck_role");
        if (bottleneck instanceof Map<?, ?> counts) {
            out.printf("  %-24s %s%n", "bottleneck_role", counts.get("counts"));
        }
        // Latency counts decided needs only: when many are still waiting at the end, a desk's
        // queue is growing without bound and the figures above depend on the horizon.
        Map<String, Object> open = (Map<String, Object>) summary.get("open_share");
        Map<String, Object> busiest = (Map<String, Object>) summary.get("utilization_max");
        if (open != null && open.get("mean") instanceof Double share && share > 0.05) {
            String role = "?";
            if (summary.get("utilization_max_role") instanceof Map<?, ?> roles && roles.get("counts") instanceof Map<?, ?> c) {
                role = ((Map<String, Integer>) c).entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey).orElse("?");
            }
            out.printf("note: %.0f%% of needs were still open at the end; the busiest role (%s) was busy %.0f%% of its"
                    + " decision hours: its queue grows through the run, so latency depends on the horizon%n",
                    100 * share, role, 100 * (Double) busiest.get("mean"));
        }
    }
}
