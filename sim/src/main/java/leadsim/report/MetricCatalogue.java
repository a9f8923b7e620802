package leadsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import leadsim.analysis.report.DifferenceFacts;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * What the columns of {@code runs.csv} and the daily series mean to a report's reader: a label for
 * tables, a phrase for sentences ("needs waited" reads before "2.1 days less"), the unit, and
 * which direction is better, all taken from the one metric catalogue ({@link Catalogue}); and the
 * words for roles and schools. The analysis module knows none of this; this is the school glue.
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

    /** The metrics a report leads with, in this order, when the run has them: the catalogue's headline measures. */
    public static final List<String> HEADLINE = Catalogue.headline().stream().map(Measure::name).toList();

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

    /** A runs.csv column as a report words it, if the catalogue gives it words (a noun and a phrase). */
    public static Optional<Metric> find(String column) {
        return Catalogue.run(column).filter(m -> !m.isFamily() && !m.noun().isEmpty())
                .map(m -> new Metric(column, m.noun(), m.label(), m.phrase(), m.unit(), m.lowerIsBetter()));
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
