package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import leadsim.scenario.Headcount;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioMapper;

/**
 * What differs between two resolved scenarios (as their manifests record them), in words: the
 * decision-rights cells, culture, capacities, head counts, leadership and meeting hours, and
 * every other setting. A comparison is like for like only when the same people have the same
 * hours; when staffing or hours differ the report says so before anything else, because then a
 * difference in outcomes is not due to organisation alone.
 */
final class ScenarioDifferences {

    /** Keys that name or describe a scenario but change nothing in it. */
    private static final Set<String> IGNORED = Set.of("name", "description", "seed");

    /** One setting that differs: its key path, in words, and its value in each scenario. */
    record Setting(String path, String words, String a, String b) {}

    private final String aName;
    private final String bName;
    private final List<Setting> settings = new ArrayList<>();
    private final List<Setting> rights = new ArrayList<>();
    private final Staffing staffA;
    private final Staffing staffB;

    /**
     * Head counts and hours of one school.
     *
     * @param people   people per role
     * @param deciding leadership hours a day for decisions (roles other than the teachers)
     * @param meeting  hours a day in body meetings, averaged over the cadence
     */
    record Staffing(Map<String, Integer> people, double deciding, double meeting) {
        double total() {
            return deciding + meeting;
        }
    }

    private ScenarioDifferences(String aName, String bName, Staffing staffA, Staffing staffB) {
        this.aName = aName;
        this.bName = bName;
        this.staffA = staffA;
        this.staffB = staffB;
    }

    /** The differences between {@code a} (the baseline) and {@code b}; null trees mean "not recorded". */
    static ScenarioDifferences of(JsonNode a, String aName, JsonNode b, String bName) {
        ScenarioDifferences d = new ScenarioDifferences(aName, bName, staffing(a), staffing(b));
        if (a == null || b == null || a.isMissingNode() || b.isMissingNode()) {
            return d;
        }
        d.walk("", a, b);
        return d;
    }

    /** Whether both scenarios were recorded in full (older manifests may lack the resolved scenario). */
    boolean known() {
        return staffA != null && staffB != null;
    }

    List<Setting> settings() {
        return settings;
    }

    List<Setting> rights() {
        return rights;
    }

    /**
     * The sentence a summary must start with when the comparison is not like for like: other
     * people, or other hours for leadership and meetings. Empty when both are the same.
     */
    Optional<String> notLikeForLike() {
        if (!known()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>(staffA.people().keySet());
        roles.addAll(staffB.people().keySet());
        for (String role : roles) {
            int na = staffA.people().getOrDefault(role, 0);
            int nb = staffB.people().getOrDefault(role, 0);
            if (na != nb) {
                parts.add(nb + " " + (nb == 1 ? MetricCatalogue.role(role) : MetricCatalogue.plural(MetricCatalogue
                        .role(role))) + " against " + na);
            }
        }
        if (differs(staffA.deciding(), staffB.deciding())) {
            parts.add(hours(staffB.deciding()) + " leadership hours a day for decisions against "
                    + hours(staffA.deciding()) + " (" + change(staffA.deciding(), staffB.deciding()) + ")");
        }
        if (differs(staffA.meeting(), staffB.meeting())) {
            parts.add(hours(staffB.meeting()) + " hours a day in meetings against " + hours(staffA.meeting()) + " ("
                    + change(staffA.meeting(), staffB.meeting()) + ")");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String total = differs(staffA.total(), staffB.total())
                ? " In all, " + ScenarioNames.the(bName) + " has " + hours(staffB.total())
                        + " hours a day of leadership and meetings against " + hours(staffA.total()) + " ("
                        + change(staffA.total(), staffB.total()) + ")."
                : "";
        return Optional.of("This comparison is not like for like: " + ScenarioNames.the(bName) + " has "
                + String.join(", ", parts) + " in " + ScenarioNames.the(aName) + "." + total
                + " The differences below may come from these people and hours, not only from how the school is"
                + " organised.");
    }

    /** Whether the needs raised (who raises what, how often) are the same in both. */
    boolean sameWorkload() {
        for (Setting s : settings) {
            if (s.path().startsWith("arrivals") || s.path().equals("students") || s.path().startsWith("schools")) {
                return false;
            }
        }
        return true;
    }

    /** Sentences of what differs: hours, people, culture, rights, and how many other settings. */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        if (known()) {
            out.add("Leadership hours a day for decisions: " + hours(staffA.deciding()) + " in " + ScenarioNames.the(aName)
                    + ", " + hours(staffB.deciding()) + " in " + ScenarioNames.the(bName) + "; hours a day in meetings: "
                    + hours(staffA.meeting()) + " and " + hours(staffB.meeting()) + ".");
        }
        if (!rights.isEmpty()) {
            out.add(rights.size() + " decision-rights cells differ (who decides a kind of matter at a given level; see"
                    + " the table).");
        } else {
            out.add("The decision-rights table is the same in both.");
        }
        List<String> culture = new ArrayList<>();
        for (Setting s : settings) {
            if (s.path().startsWith("culture.")) {
                culture.add(KeyLabels.words(s.path()) + " " + s.a() + " vs " + s.b());
            }
        }
        out.add(culture.isEmpty() ? "The culture is the same in both."
                : "Culture differs: " + String.join(", ", culture) + " (" + ScenarioNames.the(aName) + " first).");
        out.add(sameWorkload() ? "The needs raised (who raises what, how often) are the same in both, so paired"
                + " replicates see the same stream of needs."
                : "The needs raised differ between the scenarios, so paired replicates do not see the same needs.");
        return out;
    }

    // ---------------------------------------------------------------- walking the trees

    private void walk(String path, JsonNode a, JsonNode b) {
        if (path.equals("decision_rights")) {
            rights(a, b);
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (path.isEmpty() && IGNORED.contains(key)) {
                    continue;
                }
                walk(path.isEmpty() ? key : path + "." + key, a.get(key), b.get(key));
            }
            return;
        }
        if (a != null && b != null && a.isArray() && b.isArray() && a.size() == b.size() && containsObjects(a)) {
            for (int i = 0; i < a.size(); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i));
            }
            return;
        }
        if (!same(a, b)) {
            settings.add(new Setting(path, KeyLabels.label(path), value(a), value(b)));
        }
    }

    private void rights(JsonNode a, JsonNode b) {
        Set<String> domains = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(domains::add);
        b.fieldNames().forEachRemaining(domains::add);
        for (String domain : domains) {
            Set<String> scopes = new LinkedHashSet<>();
            a.path(domain).fieldNames().forEachRemaining(scopes::add);
            b.path(domain).fieldNames().forEachRemaining(scopes::add);
            for (String scope : scopes) {
                JsonNode x = a.path(domain).path(scope);
                JsonNode y = b.path(domain).path(scope);
                if (!same(x, y)) {
                    rights.add(new Setting("decision_rights." + domain + "." + scope,
                            domain.replace('_', ' ') + " matters at " + scope + " level", holders(x), holders(y)));
                }
            }
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode n : array) {
            if (n.isObject()) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isMissingNode() || a.isNull()) {
            return b == null || b.isMissingNode() || b.isNull();
        }
        if (b == null) {
            return false;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }

    /** "the principal", "the assistant principal, then the principal" (an approval chain). */
    private static String holders(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "(no one)";
        }
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(MetricCatalogue.role(n.asText())));
        } else {
            names.add(MetricCatalogue.role(node.asText()));
        }
        return String.join(", then ", names);
    }

    private static String value(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "(not set)";
        }
        if (node.isNumber()) {
            return Fmt.num(node.asDouble());
        }
        if (node.isTextual()) {
            return MetricCatalogue.role(node.asText());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode n = it.next();
                items.add(n.isValueNode() ? value(n) : n.toString());
            }
            return items.isEmpty() ? "(none)" : String.join(", ", items);
        }
        return node.toString();
    }

    // ---------------------------------------------------------------- staffing

    /** Head counts and hours from the resolved scenario, through the model's own loader; null if unreadable. */
    static Staffing staffing(JsonNode resolved) {
        if (resolved == null || resolved.isMissingNode() || !resolved.has("roles")) {
            return null;
        }
        try {
            Scenario s = ScenarioMapper.yaml().treeToValue(resolved, Scenario.class);
            int teams = Headcount.teams(s.roles());
            Map<String, Integer> people = new LinkedHashMap<>();
            s.roles().forEach((name, role) -> people.put(name, Headcount.people(role, teams)));
            // leadership hours for deciding: every role but the team-forming one (the teachers),
            // less its meetings; meeting hours: everyone's
            Map<String, leadsim.scenario.HoursBudget.Line> budget = leadsim.scenario.HoursBudget.perRole(s);
            double deciding = 0;
            for (var role : s.roles().entrySet()) {
                if (role.getValue().teamSize() == null) {
                    deciding += budget.get(role.getKey()).deciding();
                }
            }
            return new Staffing(people, deciding, leadsim.scenario.HoursBudget.total(budget).meeting());
        } catch (Exception e) {
            // A manifest from another version: the differences are still listed, without the hours.
            return null;
        }
    }

    private static boolean differs(double x, double y) {
        return Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x));
    }

    private static String hours(double h) {
        return new java.math.BigDecimal(Fmt.num(h)).stripTrailingZeros().toPlainString();
    }

    /** "11.5 more, +72%" or "4 fewer, -25%". */
    private static String change(double from, double to) {
        double d = to - from;
        String pct = from == 0 ? "" : ", " + (d > 0 ? "+" : "\u2212") + Fmt.words(Math.abs(d) / from * 100) + "%";
        return hours(Math.abs(d)) + (d > 0 ? " more" : " fewer") + pct;
    }
}
