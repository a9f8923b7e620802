package leadsim.scenario;

import static leadsim.scenario.KeyPaths.child;
import static leadsim.scenario.KeyPaths.element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.scenario.Scenario.Body;
import leadsim.scenario.Scenario.Role;

/**
 * The meaning of a Garbage Can scenario ({@link GarbageCan}): roles are decision makers, bodies
 * are choices of {@code mode: choice}, and every named level, table and order refers only to
 * them. A school's keys (decision rights, arrivals, culture) are not used and not checked.
 */
final class GarbageCanValidator {
    static final String MODE = "choice";
    private static final String AT = "garbage_can";

    private final Scenario s;
    private final GarbageCan g;
    private final Problems problems;

    private GarbageCanValidator(Scenario scenario, Problems problems) {
        this.s = scenario;
        this.g = scenario.garbageCan();
        this.problems = problems;
    }

    static void check(Scenario scenario, Problems problems) {
        new GarbageCanValidator(scenario, problems).checkAll();
    }

    private void checkAll() {
        problems.positiveInt(child(AT, "periods"), g.periods());
        long coefficient = GarbageCan.hundredths(g.solutionCoefficient());
        if (g.solutionCoefficient() == null) {
            problems.missing(child(AT, "solution_coefficient"), "a number in (0,1] in whole hundredths, e.g. 0.6");
        } else if (coefficient <= 0 || coefficient > 100) {
            problems.add(child(AT, "solution_coefficient"),
                    "must be in (0,1] in whole hundredths, e.g. 0.6 (got " + g.solutionCoefficient() + ")");
        }
        Set<String> roles = checkRoles();
        Set<String> choices = checkChoices(roles);
        checkLoads();
        checkEnergies(roles);
        List<String> needs = checkAccess(choices);
        checkDecision(roles, choices);
        checkEntry(choices, needs);
    }

    private Set<String> checkRoles() {
        if (s.roles() == null || s.roles().isEmpty()) {
            problems.missing("roles", "a map of decision makers, e.g. dm1: {count: 1, capacity_hours: 0.55}");
            return Set.of();
        }
        for (Map.Entry<String, Role> entry : s.roles().entrySet()) {
            String at = child("roles", entry.getKey());
            Role role = entry.getValue();
            if (role == null) {
                problems.add(at, "empty role; expected count and capacity_hours (energy per period)");
                continue;
            }
            problems.positiveInt(child(at, "count"), role.count());
            if (role.perTeam() != null || role.teamSize() != null || role.reportsTo() != null) {
                problems.add(at, "a decision maker of the Garbage Can mode takes count and capacity_hours only");
            }
            if (g.energy() == null) {
                energy(child(at, "capacity_hours"), role.capacityHours());
            }
        }
        return s.roles().keySet();
    }

    private Set<String> checkChoices(Set<String> roles) {
        if (s.bodies() == null || s.bodies().isEmpty()) {
            problems.missing("bodies", "a map of choice opportunities, e.g. c1: {mode: choice, members: [dm1]}");
            return Set.of();
        }
        for (Map.Entry<String, Body> entry : s.bodies().entrySet()) {
            String at = child("bodies", entry.getKey());
            Body body = entry.getValue();
            if (body == null) {
                problems.add(at, "empty body; expected mode: choice and members");
                continue;
            }
            if (roles.contains(entry.getKey())) {
                problems.add(at, "name already used by a role; names must be unique");
            }
            if (!MODE.equals(body.mode())) {
                problems.oneOf(child(at, "mode"), body.mode() == null ? null : body.mode(), List.of(MODE));
            }
            if (body.cadenceDays() != null || body.itemsPerMeeting() != null || body.meetingHours() != null
                    || body.firstMeetingDay() != null || body.per() != null) {
                problems.add(at, "a choice opportunity takes mode and members only (it meets every period)");
            }
            if (g.decision() == null) {
                members(child(at, "members"), body.members(), roles);
            }
        }
        return s.bodies().keySet();
    }

    private void checkLoads() {
        String at = child(AT, "loads");
        if (g.loads() == null || g.loads().isEmpty()) {
            problems.missing(at, "a map level -> energy each attached need requires, e.g. {light: 1.1}");
            return;
        }
        g.loads().forEach((level, value) -> energy(child(at, level), value));
        level(child(AT, "load"), g.load(), g.loads().keySet(), true);
    }

    private void checkEnergies(Set<String> roles) {
        String at = child(AT, "energies");
        if (g.energies() == null) {
            if (g.energy() != null) {
                problems.missing(at, "a map level -> role -> energy per period, for energy: " + g.energy());
            }
            return;
        }
        for (var level : g.energies().entrySet()) {
            String levelAt = child(at, level.getKey());
            Map<String, Double> table = level.getValue();
            if (table == null) {
                problems.add(levelAt, "empty level; expected role -> energy per period");
                continue;
            }
            table.forEach((role, value) -> {
                if (!roles.contains(role)) {
                    problems.add(child(levelAt, role), "unknown role `" + role + "`; allowed: " + String.join(", ", roles));
                } else {
                    energy(child(levelAt, role), value);
                }
            });
            for (String role : roles) {
                if (!table.containsKey(role)) {
                    problems.add(levelAt, "no energy for role `" + role + "`; every role needs one");
                }
            }
        }
        level(child(AT, "energy"), g.energy(), g.energies().keySet(), false);
    }

    /** The needs, in the order of the access table in force (every level must name the same needs). */
    private List<String> checkAccess(Set<String> choices) {
        String at = child(AT, "access_structures");
        if (g.accessStructures() == null || g.accessStructures().isEmpty()) {
            problems.missing(at, "a map level -> need -> the choices it may be taken at, e.g. {A0: {p1: [c1, c2]}}");
            return List.of();
        }
        List<String> needs = null;
        for (var level : g.accessStructures().entrySet()) {
            String levelAt = child(at, level.getKey());
            Map<String, List<String>> table = level.getValue();
            if (table == null || table.isEmpty()) {
                problems.add(levelAt, "empty level; expected need -> list of choices");
                continue;
            }
            if (needs == null) {
                needs = new ArrayList<>(table.keySet());
            } else if (!new HashSet<>(needs).equals(table.keySet())) {
                problems.add(levelAt, "must name the same needs as the first level (" + String.join(", ", needs) + ")");
            }
            table.forEach((need, list) -> {
                if (choices.contains(need) || (s.roles() != null && s.roles().containsKey(need))) {
                    problems.add(child(levelAt, need), "need name already used by a role or body; names must be unique");
                }
                names(child(levelAt, need), list, choices, "choice", true);
            });
        }
        level(child(AT, "access"), g.access(), g.accessStructures().keySet(), true);
        if (g.access() != null && g.accessStructures().get(g.access()) != null) {
            needs = new ArrayList<>(g.accessStructures().get(g.access()).keySet());
        }
        return needs == null ? List.of() : needs;
    }

    private void checkDecision(Set<String> roles, Set<String> choices) {
        String at = child(AT, "decision_structures");
        if (g.decisionStructures() == null) {
            if (g.decision() != null) {
                problems.missing(at, "a map level -> choice -> member roles, for decision: " + g.decision());
            }
            return;
        }
        for (var level : g.decisionStructures().entrySet()) {
            String levelAt = child(at, level.getKey());
            Map<String, List<String>> table = level.getValue();
            if (table == null) {
                problems.add(levelAt, "empty level; expected choice -> member roles");
                continue;
            }
            table.forEach((choice, list) -> {
                if (!choices.contains(choice)) {
                    problems.add(child(levelAt, choice), "unknown choice `" + choice + "`; allowed: " + String.join(", ", choices));
                } else {
                    members(child(levelAt, choice), list, roles);
                }
            });
            for (String choice : choices) {
                if (!table.containsKey(choice)) {
                    problems.add(levelAt, "no members for choice `" + choice + "`; every choice needs its list");
                }
            }
        }
        level(child(AT, "decision"), g.decision(), g.decisionStructures().keySet(), false);
    }

    private void checkEntry(Set<String> choices, List<String> needs) {
        String at = child(AT, "entry");
        GarbageCan.Entry entry = g.entry();
        if (entry == null) {
            problems.missing(at, "{choices_per_period: 1, needs_per_period: 2, choices: random, needs: random}");
            return;
        }
        problems.positiveInt(child(at, "choices_per_period"), entry.choicesPerPeriod());
        problems.positiveInt(child(at, "needs_per_period"), entry.needsPerPeriod());
        if (entry.draw() != null) {
            problems.positiveInt(child(at, "draw"), entry.draw());
        }
        Map<String, List<String>> orders = g.orders() == null ? Map.of() : g.orders();
        order(child(at, "choices"), entry.choices(), orders, choices, "choice");
        order(child(at, "needs"), entry.needs(), orders, new HashSet<>(needs), "need");
        if (g.periods() != null && entry.choicesPerPeriod() != null && entry.needsPerPeriod() != null
                && entry.choicesPerPeriod() > 0 && entry.needsPerPeriod() > 0) {
            int last = Math.max(ceil(choices.size(), entry.choicesPerPeriod()), ceil(needs.size(), entry.needsPerPeriod()));
            if (last > g.periods()) {
                problems.add(at, "the last choice or need would enter in period " + last
                        + ", after the last period (" + g.periods() + ")");
            }
        }
    }

    private void order(String at, String name, Map<String, List<String>> orders, Set<String> items, String what) {
        if (name == null) {
            problems.missing(at, "random or the name of an order in garbage_can.orders");
            return;
        }
        if (GarbageCan.RANDOM.equals(name)) {
            return;
        }
        List<String> order = orders.get(name);
        if (order == null) {
            List<String> allowed = new ArrayList<>(List.of(GarbageCan.RANDOM));
            allowed.addAll(orders.keySet());
            problems.add(at, "unknown order `" + name + "`; allowed: " + String.join(", ", allowed));
            return;
        }
        String orderAt = child(child(AT, "orders"), name);
        names(orderAt, order, items, what, false);
        if (!new HashSet<>(order).equals(items) || order.size() != items.size()) {
            problems.add(orderAt, "must list every " + what + " exactly once (" + items.size() + " of them)");
        }
    }

    private void level(String at, String value, Set<String> levels, boolean required) {
        if (value == null) {
            if (required) {
                problems.missing(at, "one of " + String.join(", ", levels));
            }
        } else if (!levels.contains(value)) {
            problems.add(at, "unknown level `" + value + "`; allowed: " + String.join(", ", levels));
        }
    }

    private void members(String at, List<String> list, Set<String> roles) {
        names(at, list, roles, "role", false);
    }

    private void names(String at, List<String> list, Set<String> allowed, String what, boolean mayBeEmpty) {
        if (list == null || (list.isEmpty() && !mayBeEmpty)) {
            problems.missing(at, "a list of " + what + " names");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!allowed.contains(list.get(i))) {
                problems.add(element(at, i), "unknown " + what + " `" + list.get(i) + "`; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private void energy(String at, Double value) {
        if (value == null) {
            problems.missing(at, "an energy >= 0 in whole hundredths, e.g. 0.55");
        } else if (GarbageCan.hundredths(value) < 0) {
            problems.add(at, "must be >= 0 in whole hundredths, e.g. 0.55 (got " + value
                    + "); energies are counted exactly in hundredths");
        }
    }

    private static int ceil(int n, int per) {
        return (n + per - 1) / per;
    }
}
