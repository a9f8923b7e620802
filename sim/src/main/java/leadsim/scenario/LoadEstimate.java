package leadsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.Scenario.ArrivalStream;
import leadsim.scenario.Scenario.Body;
import leadsim.scenario.Scenario.NeedType;
import leadsim.scenario.Scenario.Role;

/**
 * Expected decision load per desk before any run: each need type's rate routed to its
 * holders (and, as items on their agendas, to the advisory bodies of its cell), over the hours a desk has for deciding (its capacity less its meetings); either
 * ignoring escalation, or with the escalation the culture brings in expectation (see
 * {@link EscalationShares}). A desk above capacity is a warning, not an error: an overloaded
 * principal is exactly what some scenarios are meant to show.
 */
public final class LoadEstimate {
    private LoadEstimate() {}

    /** Expected utilisation (offered load / deciding hours) per role or body name, before escalation. */
    public static Map<String, Double> utilisation(Scenario s) {
        return utilisation(s, false);
    }

    /**
     * Expected utilisation with expected escalation: each stage held by a person may be passed up
     * the reporting line (out of fear to the top of the school, out of doubt one step), at the
     * role's mean expertise; the work lands where it is decided.
     */
    public static Map<String, Double> utilisationWithEscalation(Scenario s) {
        return utilisation(s, true);
    }

    private static Map<String, Double> utilisation(Scenario s, boolean escalate) {
        EscalationShares shares = escalate ? new EscalationShares(s) : null;
        int teams = Headcount.teams(s.roles());
        int schools = Headcount.schoolCount(s);
        double studentsPerSchool = s.schools().stream()
                .mapToDouble(school -> Headcount.students(s, school) * school.copies()).sum() / Math.max(1, schools);
        Map<String, Role> officeRoles = s.office() == null || s.office().roles() == null ? Map.of() : s.office().roles();
        Map<String, Body> officeBodies = s.office() == null || s.office().bodies() == null ? Map.of() : s.office().bodies();
        Map<String, Double> hoursPerDay = new LinkedHashMap<>();
        Map<String, Double> itemsPerDay = new LinkedHashMap<>();
        for (ArrivalStream stream : s.arrivals()) {
            double sources = Vocabulary.STUDENT_SOURCE.equals(stream.from()) ? studentsPerSchool
                    : Headcount.people(roleOf(s, stream.from()), teams);
            if (officeRoles.containsKey(stream.from())) {
                sources = sources / schools; // office people are shared by every school
            }
            double perSource = stream.ratePerDay() * s.workloadMultiplier();
            if (stream.highNeed() != null) {
                perSource *= 1 - stream.highNeed().share() + stream.highNeed().share() * stream.highNeed().multiplier();
            }
            double perSchool = sources * perSource;
            double totalWeight = stream.mix().stream().mapToDouble(NeedType::weight).sum();
            for (NeedType need : stream.mix()) {
                double rate = perSchool * need.weight() / totalWeight;
                List<String> chain = s.decisionRights().get(need.domain()).get(need.scope());
                Map<String, Double> deciders = escalate ? shares.deciders(chain) : EscalationShares.unescalated(chain);
                deciders.forEach((holder, times) -> {
                    hoursPerDay.merge(holder, times * rate * need.size() * s.service().meanHours(), Double::sum);
                    itemsPerDay.merge(holder, times * rate, Double::sum);
                });
                // an advisory body takes each need of its cells once, as an item on its agenda
                var advised = s.advisory() == null ? null : s.advisory().get(need.domain());
                List<String> advisers = advised == null ? null : advised.get(need.scope());
                if (advisers != null) {
                    for (String adviser : advisers) {
                        hoursPerDay.merge(adviser, 0.0, Double::sum);
                        itemsPerDay.merge(adviser, rate, Double::sum);
                    }
                }
            }
        }
        Map<String, Double> utilisation = new LinkedHashMap<>();
        for (var entry : hoursPerDay.entrySet()) {
            String holder = entry.getKey();
            Role role = roleOf(s, holder);
            if (role != null) {
                double people = Headcount.people(role, teams);
                if (officeRoles.containsKey(holder)) {
                    people = people / schools;
                }
                double deciding = role.capacityHours() - HoursBudget.meetingHoursPerPerson(s, holder);
                utilisation.put(holder, deciding <= 0 ? Double.POSITIVE_INFINITY : entry.getValue() / (people * deciding));
                continue;
            }
            Body body = s.bodies() != null && s.bodies().containsKey(holder) ? s.bodies().get(holder) : officeBodies.get(holder);
            double instances = switch (body.per()) {
                case "team" -> teams;
                case "school" -> 1;
                default -> 1.0 / schools;
            };
            if ("meeting".equals(body.mode())) {
                double capacity = body.itemsPerMeeting() / body.cadenceDays();
                utilisation.put(holder, itemsPerDay.get(holder) / instances / capacity);
            } else {
                double memberHours = 0;
                for (String member : body.members()) {
                    Role r = roleOf(s, member);
                    double perInstance = "team".equals(body.per()) && r.perTeam() == null
                            ? Headcount.people(r, teams) / (double) Math.max(1, teams) : Headcount.people(r, teams);
                    memberHours += perInstance * (r.capacityHours() - HoursBudget.meetingHoursPerPerson(s, member));
                }
                utilisation.put(holder, entry.getValue() / instances / memberHours);
            }
        }
        return utilisation;
    }

    /**
     * A load as a multiple of the hours for it, the one rule for printing it: two decimals, and more
     * (up to six) when two would print a load above 1 as "1.00", so a warning never hides whether
     * a desk is offered more work than it has hours for.
     */
    public static String times(double load) {
        String text = String.format(java.util.Locale.ROOT, "%.2f", load);
        for (int decimals = 3; decimals <= 6 && load != 1.0
                && new java.math.BigDecimal(text).compareTo(java.math.BigDecimal.ONE) == 0; decimals++) {
            text = String.format(java.util.Locale.ROOT, "%." + decimals + "f", load);
        }
        return text;
    }

    static void warnOverload(Scenario s, Problems warnings) {
        boolean patient = "keep_waiting".equals(s.overload().onExpiry());
        for (var entry : utilisationWithEscalation(s).entrySet()) {
            if (entry.getValue() >= 1.0) {
                warnings.add(pathOf(s, entry.getKey()), String.format(java.util.Locale.ROOT,
                        "expected load is %s times its deciding hours (with expected escalation): %s",
                        times(entry.getValue()), patient ? "its queue will grow without bound"
                                : "needs there will run out of patience (overload." + s.overload().onExpiry() + ")"));
            }
        }
    }

    private static String pathOf(Scenario s, String holder) {
        if (s.roles().containsKey(holder)) {
            return "roles." + holder;
        }
        if (s.bodies() != null && s.bodies().containsKey(holder)) {
            return "bodies." + holder;
        }
        boolean officeRole = s.office() != null && s.office().roles() != null && s.office().roles().containsKey(holder);
        return (officeRole ? "office.roles." : "office.bodies.") + holder;
    }

    static Role roleOf(Scenario s, String name) {
        Role role = s.roles().get(name);
        if (role == null && s.office() != null && s.office().roles() != null) {
            role = s.office().roles().get(name);
        }
        return role;
    }

}
