package leadsim.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import leadsim.analysis.report.DifferenceFacts;

/**
 * What the columns of {@code runs.csv} and {@code series.csv} mean to a reader: a label for
 * tables, a phrase for sentences ("needs waited" reads before "2.1 days less"), the unit, and
 * which direction is better. The analysis module knows none of this; this is the school glue.
 *
 * <p>Per-role columns ({@code utilization_teacher}, {@code decided_share_plc}, ...) are not
 * listed: their role comes from the column name and {@link #role(String)} names it.
 */
public final class MetricCatalogue {

    /**
     * One metric as a reader meets it.
     *
     * @param column        the column in runs.csv
     * @param noun          the metric as the subject of a sentence ("the mean time to decision")
     * @param label         short table label, with unit ("Time to decision, mean (days)")
     * @param phrase        what reads before an amount in a sentence ("needs waited")
     * @param unit          plural unit ("days"), empty for none, or {@link DifferenceFacts#SHARE}
     * @param lowerIsBetter true when less is good
     */
    public record Metric(String column, String noun, String label, String phrase, String unit, boolean lowerIsBetter) {

        public boolean isShare() {
            return DifferenceFacts.SHARE.equals(unit);
        }
    }

    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();

    static {
        add("latency_mean", "the mean time to decision", "Time to decision, mean (days)", "needs waited", "days", true);
        add("latency_p50", "the median time to decision", "Time to decision, median (days)", "the median need waited", "days", true);
        add("latency_p90", "the 90th-percentile time to decision", "Time to decision, 90th percentile (days)",
                "the slowest tenth of needs (90th percentile) waited", "days", true);
        add("latency_p99", "the 99th-percentile time to decision", "Time to decision, 99th percentile (days)",
                "the slowest hundredth of needs (99th percentile) waited", "days", true);
        add("on_time_share", "the share of needs decided on time", "Decided by the deadline (share)", "the share of needs decided on time was",
                DifferenceFacts.SHARE, false);
        add("quality_mean", "the mean decision quality", "Decision quality, mean (0 to 1)", "decision quality (0 to 1) was", "", false);
        add("escalations_per_need", "the number of escalations per need", "Escalations per need", "escalations per need were", "", true);
        add("hops_mean", "the number of hand-offs per need", "Hand-offs per decided need", "hand-offs per need were", "", true);
        add("wait_mean", "the mean time in queues", "Time in queues, mean (days)", "needs spent in queues", "days", true);
        add("bottleneck_wait_share", "the busiest desk's share of all waiting", "Waiting at the busiest desk (share of all waiting)",
                "the busiest desk's share of all waiting was", DifferenceFacts.SHARE, true);
        add("utilization_max", "the busiest role's utilisation", "Busiest role's utilisation (share of its hours)",
                "the busiest role's utilisation was", DifferenceFacts.SHARE, true);
        add("in_system_mean", "the number of needs open at any time", "Needs open at any time, mean", "needs open at any one time were", "needs", true);
        add("needs_open", "the number of needs still open at the end", "Needs still open at the end", "needs still open at the end were", "needs", true);
        add("needs_decided", "the number of needs decided", "Needs decided", "the number of needs decided was", "needs", false);
        add("needs_raised", "the number of needs raised", "Needs raised", "the number of needs raised was", "needs", false);
        add("arrival_rate", "the number of needs raised per day", "Needs raised per day", "needs raised per day were", "needs", false);
        // Innovation and reform columns, when the model writes them.
        add("adoption_final", "the share of staff using new practices at the end", "Staff using new practices at the end (share)",
                "the share of staff using new practices at the end was", DifferenceFacts.SHARE, false);
        add("implementation_final", "reform implementation at the end", "Reform implementation at the end (0 to 1)",
                "reform implementation at the end was", "", false);
        add("reform_survival_days", "how long reforms lasted", "Reform survival (days)", "reforms lasted", "days", false);
    }

    /** The metrics a report leads with, in this order, when the run has them. */
    public static final List<String> HEADLINE = List.of(
            "latency_mean", "latency_p50", "latency_p90", "latency_p99", "on_time_share", "quality_mean",
            "escalations_per_need", "bottleneck_wait_share", "utilization_max", "needs_open",
            "adoption_final", "implementation_final");

    /** Daily series of innovation spread (share of staff using new practices). */
    public static final String ADOPTION = "adoption";
    /** Daily series of how fully the reform is implemented (0 to 1). */
    public static final String IMPLEMENTATION = "implementation";
    /** runs.csv: the day the reform's champion left (NaN or empty when they stayed). */
    public static final String CHAMPION_DEPARTURE_DAY = "champion_departure_day";
    /** runs.csv: how long the reform lasted, or was followed when it outlived the run. */
    public static final String REFORM_SURVIVAL_DAYS = "reform_survival_days";
    /** runs.csv: 1 (or true) when the reform was still running at the end. */
    public static final String REFORM_CENSORED = "reform_censored";

    private MetricCatalogue() {}

    private static void add(String column, String noun, String label, String phrase, String unit,
                            boolean lowerIsBetter) {
        METRICS.put(column, new Metric(column, noun, label, phrase, unit, lowerIsBetter));
    }

    public static Optional<Metric> find(String column) {
        return Optional.ofNullable(METRICS.get(column));
    }

    /** Per-role metric families: the prefix before the role name in a column. */
    public static final String UTILIZATION = "utilization_";
    public static final String DECIDED_SHARE = "decided_share_";
    public static final String WAIT_SHARE = "wait_share_";
    public static final String QUEUE = "queue_";

    private static final Map<String, String[]> ROLES = Map.of(
            "teacher", new String[] {"teacher", "teachers"},
            "teacher_leader", new String[] {"teacher leader", "teacher leaders"},
            "assistant_principal", new String[] {"assistant principal", "assistant principals"},
            "principal", new String[] {"principal", "the principal"},
            "plc", new String[] {"PLC", "PLCs"},
            "leadership_team", new String[] {"leadership team", "the leadership team"},
            "superintendent", new String[] {"superintendent", "the superintendent"},
            "district_council", new String[] {"district council", "the district council"});

    /** A role or body for labels: "teacher leader", "PLC". */
    public static String role(String name) {
        String[] known = ROLES.get(name);
        return known != null ? known[0] : name.replace('_', ' ');
    }

    /** A role or body as who did something: "teachers", "the principal", "PLCs". */
    public static String roleAsActors(String name) {
        String[] known = ROLES.get(name);
        return known != null ? known[1] : plural(name.replace('_', ' '));
    }

    /** English plural of a role's last word: "coach" to "coaches", "secretary" to "secretaries". */
    static String plural(String noun) {
        if (noun.matches(".*(s|x|z|ch|sh)$")) {
            return noun + "es";
        }
        if (noun.matches(".*[^aeiou]y$")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** The possessive for a desk: "the principal's", "the teachers'". */
    public static String rolePossessive(String name) {
        String actors = roleAsActors(name);
        return actors.endsWith("s") ? actors + "'" : actors + "'s";
    }

    /** A scenario as the place things happen: "distributed school". */
    public static String school(String scenarioName) {
        String name = scenarioName.replace('_', ' ').replace('-', ' ');
        return name.toLowerCase(Locale.ROOT).endsWith("school") ? name : name + " school";
    }
}
