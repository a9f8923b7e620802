package leadsim.report;

import java.util.Locale;
import java.util.Map;

/**
 * Scenario key paths in words, for a reader who has never seen the YAML: a sweep's factor
 * {@code culture.psychological_safety} is "psychological safety", {@code bodies.plc.cadence_days}
 * is "days between PLC meetings". Paths the table does not know read as their words
 * ("quality.context_loss_per_hop" as "context loss per hop (quality)"), never as a raw path.
 */
final class KeyLabels {
    private KeyLabels() {}

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("culture.psychological_safety", "psychological safety"),
            Map.entry("culture.transparency", "transparency"),
            Map.entry("quality.context_loss_per_hop", "context lost per hand-off"),
            Map.entry("quality.pooling", "how much a body pools its members' expertise"),
            Map.entry("routing.handoff_days", "days a hand-off takes"),
            Map.entry("routing.queue_discipline", "queue order"),
            Map.entry("horizon.days", "school days simulated"),
            Map.entry("horizon.warmup_days", "warm-up days before measuring"),
            Map.entry("horizon.days_per_year", "school days a year"),
            Map.entry("students", "students"),
            Map.entry("service.mean_hours", "hours a decision takes (mean)"),
            Map.entry("service.cv", "spread of the hours a decision takes (cv)"),
            Map.entry("service.distribution", "distribution of the hours a decision takes"),
            Map.entry("preset", "leadership structure (preset)"),
            Map.entry("seed", "seed"));

    private static final Map<String, String> ROLE_FIELD = Map.of(
            "count", "number of %ss",
            "per_team", "%ss per team",
            "team_size", "team size (%ss per team)",
            "capacity_hours", "%s's hours a day for decisions and meetings",
            "reports_to", "whom the %s reports to",
            "expertise.mean", "%s's expertise (mean)",
            "expertise.sd", "%s's expertise (spread)");

    private static final Map<String, String> BODY_FIELD = Map.of(
            "cadence_days", "days between %s meetings",
            "items_per_meeting", "items a %s meeting decides",
            "meeting_hours", "hours a %s meeting lasts",
            "mode", "how the %s decides (meeting or pooled desk)",
            "members", "who sits on the %s",
            "per", "how many %ss (one per team or per school)",
            "first_meeting_day", "day of the first %s meeting");

    /** A key path in words, lower case first: "days between PLC meetings". */
    static String words(String path) {
        String fixed = FIXED.get(path);
        if (fixed != null) {
            return fixed;
        }
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3 && parts[0].equals("roles")) {
            String field = ROLE_FIELD.get(parts[2]);
            if (field != null) {
                return String.format(Locale.ROOT, field, MetricCatalogue.role(parts[1]));
            }
        }
        if (parts.length == 3 && parts[0].equals("bodies")) {
            String field = BODY_FIELD.get(parts[2]);
            if (field != null) {
                return String.format(Locale.ROOT, field, MetricCatalogue.role(parts[1]));
            }
        }
        if (parts.length == 3 && parts[0].equals("decision_rights")) {
            return "who decides " + parts[1].replace('_', ' ') + " matters at " + scope(parts[2]) + " level";
        }
        java.util.regex.Matcher arrival = java.util.regex.Pattern.compile("arrivals\\[(\\d+)]\\.(.*)").matcher(path);
        if (arrival.matches()) {
            String field = arrival.group(2).equals("rate_per_day") ? "needs raised a day per person"
                    : plain(arrival.group(2));
            return field + " (needs stream " + (Integer.parseInt(arrival.group(1)) + 1) + ")";
        }
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return plain(path);
        }
        return plain(path.substring(dot + 1)) + " (" + plain(path.substring(0, dot)) + ")";
    }

    /** The same, capitalised for a table's first column or a chart axis. */
    static String label(String path) {
        String w = words(path);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String scope(String scope) {
        return switch (scope) {
            case "student" -> "student";
            case "classroom" -> "classroom";
            case "team" -> "team";
            case "school" -> "school";
            case "district" -> "district";
            default -> plain(scope);
        };
    }

    /** "rate_per_day" as "rate per day", role names as roles, dots and brackets as spaces. */
    static String plain(String text) {
        StringBuilder b = new StringBuilder();
        for (String part : text.split("[.\\[\\]]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(MetricCatalogue.role(part));
        }
        return b.toString();
    }
}
