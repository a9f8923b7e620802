package leadsim.scenario;

import static leadsim.scenario.KeyPaths.child;
import static leadsim.scenario.KeyPaths.element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.scenario.Scenario.ArrivalStream;
import leadsim.scenario.Scenario.Body;
import leadsim.scenario.Scenario.NeedType;
import leadsim.scenario.Scenario.Role;

/**
 * The meaning of a bound scenario: ranges, references between roles, bodies and rights, and
 * the reporting line. Collects every problem rather than stopping at the first, because a
 * user fixing a file wants the whole list at once.
 */
final class ScenarioValidator {
    private final Scenario s;
    private final Problems problems;

    private ScenarioValidator(Scenario scenario, Problems problems) {
        this.s = scenario;
        this.problems = problems;
    }

    static void check(Scenario scenario, Problems problems) {
        new ScenarioValidator(scenario, problems).checkAll();
    }

    private void checkAll() {
        problems.text("name", s.name());
        if (s.name() != null && !s.name().isBlank() && !ScenarioNames.allowed(s.name())) {
            problems.add("name", "`" + s.name() + "` cannot be used as a name; allowed: " + ScenarioNames.RULE);
        }
        if (s.seed() != null && s.seed() == 0) {
            problems.add("seed", "must not be 0 (MASON treats seed 0 as invalid); allowed: any other whole number");
        }
        if (s.garbageCan() != null) {
            GarbageCanValidator.check(s, problems); // a Garbage Can organisation, not a school
            return;
        }
        checkSettings();
        Map<String, Role> allRoles = new LinkedHashMap<>();
        checkRoles("roles", s.roles(), false, allRoles);
        if (s.office() != null) {
            checkRoles("office.roles", s.office().roles(), true, allRoles);
        }
        checkReportingLine(allRoles);
        Set<String> bodyNames = new HashSet<>();
        checkBodies("bodies", s.bodies(), allRoles, bodyNames, false);
        if (s.office() != null) {
            checkBodies("office.bodies", s.office().bodies(), allRoles, bodyNames, true);
        }
        checkSchools();
        Set<String> holders = new HashSet<>(allRoles.keySet());
        holders.addAll(bodyNames);
        checkRights(allRoles, holders);
        checkAdvisory(allRoles, bodyNames);
        checkArrivals(allRoles);
        DynamicsValidator.check(s, problems, allRoles, holders);
    }

    private void checkSettings() {
        if (problems.present("horizon", s.horizon())) {
            problems.positive("horizon.days", s.horizon().days());
            problems.atLeast("horizon.warmup_days", s.horizon().warmupDays(), 0);
            if (s.horizon().days() != null && s.horizon().warmupDays() != null
                    && s.horizon().warmupDays() >= s.horizon().days()) {
                problems.add("horizon.warmup_days", "must be less than horizon.days (" + s.horizon().days() + ")");
            }
            problems.positiveInt("horizon.days_per_year", s.horizon().daysPerYear());
        }
        if (problems.present("culture", s.culture())) {
            problems.probability("culture.psychological_safety", s.culture().psychologicalSafety());
            problems.probability("culture.transparency", s.culture().transparency());
            if (s.culture().clarity() != null) {
                problems.probability("culture.clarity", s.culture().clarity());
            }
        }
        if (problems.present("routing", s.routing())) {
            problems.atLeast("routing.handoff_days", s.routing().handoffDays(), 0);
            problems.oneOf("routing.queue_discipline", s.routing().queueDiscipline(), Vocabulary.QUEUE_DISCIPLINES);
        }
        if (problems.present("quality", s.quality())) {
            problems.probability("quality.context_loss_per_hop", s.quality().contextLossPerHop());
            problems.probability("quality.pooling", s.quality().pooling());
        }
        if (problems.present("escalation", s.escalation())) {
            problems.probability("escalation.base", s.escalation().base());
            problems.probability("escalation.fear", s.escalation().fear());
            problems.probability("escalation.doubt", s.escalation().doubt());
        }
        if (problems.present("learning", s.learning())) {
            problems.probability("learning.per_decision", s.learning().perDecision());
            problems.probability("learning.cap", s.learning().cap());
        }
        if (problems.present("service", s.service())) {
            problems.oneOf("service.distribution", s.service().distribution(), Vocabulary.DISTRIBUTIONS);
            problems.positive("service.mean_hours", s.service().meanHours());
            problems.atLeast("service.cv", s.service().cv(), 0);
            if ("lognormal".equals(s.service().distribution()) && s.service().cv() != null && s.service().cv() == 0) {
                problems.add("service.cv", "must be > 0 for a lognormal distribution (use deterministic for no spread)");
            }
        }
        if (problems.present("overload", s.overload())) {
            problems.oneOf("overload.on_expiry", s.overload().onExpiry(), Vocabulary.ON_EXPIRY);
            problems.probability("overload.workaround_penalty", s.overload().workaroundPenalty());
        }
        if (problems.present("network", s.network())) {
            problems.atLeast("network.cross_team_ties", s.network().crossTeamTies(), 0);
            problems.probability("network.rewire", s.network().rewire());
        }
        problems.nonNegativeInt("students", s.students());
        problems.positive("workload_multiplier", s.workloadMultiplier());
    }

    private void checkRoles(String path, Map<String, Role> roles, boolean office, Map<String, Role> all) {
        if (roles == null || roles.isEmpty()) {
            if (!office) {
                problems.missing(path, "a map of roles, e.g. teacher: {count: 40, team_size: 5, capacity_hours: 0.5}");
            }
            return;
        }
        int teamFormers = 0;
        for (Map.Entry<String, Role> entry : roles.entrySet()) {
            String at = child(path, entry.getKey());
            Role role = entry.getValue();
            if (role == null) {
                problems.add(at, "empty role; expected keys count or per_team, capacity_hours, expertise, reports_to");
                continue;
            }
            if (all.containsKey(entry.getKey())) {
                problems.add(at, "role name already used in the schools' roles; names must be unique");
            }
            all.put(entry.getKey(), role);
            if (role.count() == null && role.perTeam() == null) {
                problems.missing(child(at, "count"), "a whole number >= 0 (or per_team for a role attached to each team)");
            }
            if (role.count() != null && role.perTeam() != null) {
                problems.add(at, "give either count or per_team, not both");
            }
            problems.nonNegativeInt(child(at, "count"), role.count());
            problems.nonNegativeInt(child(at, "per_team"), role.perTeam());
            if (role.teamSize() != null) {
                teamFormers++;
                problems.positiveInt(child(at, "team_size"), role.teamSize());
                if (office) {
                    problems.add(child(at, "team_size"), "office roles do not form teams");
                }
            }
            if (role.perTeam() != null && office) {
                problems.add(child(at, "per_team"), "office roles are not attached to teams; use count");
            }
            if (role.capacityHours() == null) {
                problems.missing(child(at, "capacity_hours"), "hours of decision work per day, a number > 0");
            } else if (role.capacityHours() <= 0) {
                problems.add(child(at, "capacity_hours"), "must be > 0 hours of decision work per day (got " + role.capacityHours() + ")");
            }
            if (role.expertise() == null) {
                problems.missing(child(at, "expertise"), "a map {mean: 0..1, sd: >= 0}");
            } else {
                problems.probability(child(at, "expertise.mean"), role.expertise().mean());
                problems.atLeast(child(at, "expertise.sd"), role.expertise().sd(), 0);
            }
        }
        if (!office) {
            if (teamFormers > 1) {
                problems.add(path, "only one role may form teams (team_size); found " + teamFormers);
            }
            boolean hasTeams = teamFormers > 0;
            roles.forEach((name, role) -> {
                if (role != null && role.perTeam() != null && !hasTeams) {
                    problems.add(child(child(path, name), "per_team"), "no role forms teams: give one role a team_size");
                }
            });
        }
    }

    private void checkReportingLine(Map<String, Role> all) {
        Map<String, String> up = new HashMap<>();
        for (Map.Entry<String, Role> entry : all.entrySet()) {
            String target = entry.getValue().reportsTo();
            if (target == null) {
                continue;
            }
            String at = child(roleRoot(entry.getKey()), entry.getKey() + ".reports_to");
            if (!all.containsKey(target)) {
                problems.add(at, "unknown role `" + target + "`; allowed: " + String.join(", ", all.keySet()));
            } else if (officeRole(entry.getKey()) && !officeRole(target)) {
                problems.add(at, "an office role cannot report to a school role (`" + target + "`)");
            } else {
                up.put(entry.getKey(), target);
            }
        }
        Set<String> reported = new HashSet<>();
        for (String start : all.keySet()) {
            Set<String> seen = new java.util.LinkedHashSet<>();
            for (String at = start; at != null; at = up.get(at)) {
                if (!seen.add(at)) {
                    List<String> loop = new java.util.ArrayList<>(seen);
                    List<String> cycle = loop.subList(loop.indexOf(at), loop.size());
                    String key = String.join(" -> ", cycle) + " -> " + at;
                    String first = cycle.stream().sorted().findFirst().orElse(at);
                    if (reported.add(first)) {
                        problems.add(child(roleRoot(first), first + ".reports_to"),
                                "reporting line forms a cycle: " + key + "; reports_to must end at a role that reports to no one");
                    }
                    break;
                }
            }
        }
    }

    private void checkBodies(String path, Map<String, Body> bodies, Map<String, Role> roles,
                             Set<String> names, boolean office) {
        if (bodies == null) {
            return;
        }
        for (Map.Entry<String, Body> entry : bodies.entrySet()) {
            String at = child(path, entry.getKey());
            Body body = entry.getValue();
            if (body == null) {
                problems.add(at, "empty body; expected keys per, members, mode, cadence_days, items_per_meeting");
                continue;
            }
            if (roles.containsKey(entry.getKey()) || !names.add(entry.getKey())) {
                problems.add(at, "name already used by a role or body; names must be unique");
            }
            problems.oneOf(child(at, "per"), body.per(), office ? List.of("district") : Vocabulary.BODY_PER);
            problems.oneOf(child(at, "mode"), body.mode(), Vocabulary.BODY_MODES);
            if (body.members() == null) {
                problems.missing(child(at, "members"), "a list of role names, e.g. [teacher, teacher_leader]");
            } else if (body.members().isEmpty()) {
                problems.add(child(at, "members"), "a body needs members: a list of role names, e.g. [teacher, teacher_leader]");
            } else {
                int people = 0;
                boolean allKnown = true;
                for (int i = 0; i < body.members().size(); i++) {
                    String member = body.members().get(i);
                    Role role = roles.get(member);
                    if (role == null) {
                        problems.add(element(child(at, "members"), i), "unknown role `" + member + "`; allowed: " + String.join(", ", roles.keySet()));
                        allKnown = false;
                        continue;
                    }
                    if ("team".equals(body.per()) && role.teamSize() == null && role.perTeam() == null) {
                        problems.add(element(child(at, "members"), i), "role `" + member + "` does not belong to teams; a per-team body takes roles with team_size or per_team");
                    }
                    if (office && !officeRole(member) && !"district".equals(body.per())) {
                        problems.add(element(child(at, "members"), i), "office bodies take office roles");
                    }
                    people += peoplePerUnit(role, roles);
                    allKnown &= headcountGiven(role);
                }
                if (people == 0 && allKnown) {
                    problems.add(child(at, "members"), "body has no members: every listed role has 0 people");
                }
            }
            if ("meeting".equals(body.mode())) {
                problems.positive(child(at, "cadence_days"), body.cadenceDays());
                problems.positiveInt(child(at, "items_per_meeting"), body.itemsPerMeeting());
                if (body.firstMeetingDay() != null) {
                    problems.atLeast(child(at, "first_meeting_day"), body.firstMeetingDay(), 0);
                }
                if (body.meetingHours() != null) {
                    problems.atLeast(child(at, "meeting_hours"), body.meetingHours(), 0);
                }
            }
        }
    }

    /** False when the role's headcount is missing (already reported): no knock-on "no people" problem. */
    private static boolean headcountGiven(Role role) {
        return role.count() != null || role.perTeam() != null;
    }

    private int peoplePerUnit(Role role, Map<String, Role> roles) {
        if (role.count() != null) {
            return role.count();
        }
        return role.perTeam() == null ? 0 : role.perTeam();
    }

    private void checkSchools() {
        if (s.schools() == null || s.schools().isEmpty()) {
            problems.missing("schools", "a list of schools, e.g. [{name: lincoln, copies: 1}]");
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < s.schools().size(); i++) {
            String at = element("schools", i);
            var school = s.schools().get(i);
            if (school == null) {
                problems.add(at, "empty school entry; expected {name, copies, students}");
                continue;
            }
            if (school.name() != null && !names.add(school.name())) {
                problems.add(child(at, "name"), "school name used twice: " + school.name());
            }
            problems.positiveInt(child(at, "copies"), school.copies());
            problems.nonNegativeInt(child(at, "students"), school.students());
        }
    }

    private void checkRights(Map<String, Role> roles, Set<String> holders) {
        if (s.decisionRights() == null || s.decisionRights().isEmpty()) {
            problems.missing("decision_rights", "a table domain -> scope -> role or body (or a preset)");
            return;
        }
        forEachCell("decision_rights", s.decisionRights(), (cell, domain, scope, chain) -> {
            if (chain == null || chain.isEmpty()) {
                problems.add(cell, "needs a holder: a role or body name, or a list of them (an approval chain)");
                return;
            }
            for (int i = 0; i < chain.size(); i++) {
                String holder = chain.get(i);
                String where = chain.size() == 1 ? cell : element(cell, i);
                if (!holders.contains(holder)) {
                    problems.add(where, "decision right held by `" + holder + "`, which is no role or body; allowed: "
                            + String.join(", ", sorted(holders)));
                } else if (roles.containsKey(holder) && headcountGiven(roles.get(holder))
                        && peoplePerUnit(roles.get(holder), roles) == 0) {
                    problems.add(where, "decision right held by role `" + holder + "`, which has no people");
                }
            }
        });
    }

    /**
     * {@code advisory: domain -> scope -> [body, ...]}: bodies that review a need at their next
     * meeting before the holder of the right decides. Only meeting bodies can review, only cells
     * with a decision right can be reviewed, and a body is advisory or empowered for a cell, not both.
     */
    private void checkAdvisory(Map<String, Role> roles, Set<String> bodies) {
        if (s.advisory() == null) {
            return;
        }
        forEachCell("advisory", s.advisory(), (cell, domain, scope, advisers) -> {
            if (advisers == null || advisers.isEmpty()) {
                problems.add(cell, "needs an advisory body: a body name, or a list of them");
                return;
            }
            var byScope = s.decisionRights() == null ? null : s.decisionRights().get(domain);
            List<String> chain = byScope == null ? null : byScope.get(scope);
            if (chain == null) {
                problems.add(cell, "no decision right for " + domain + "/" + scope
                        + " to advise on; add decision_rights." + domain + "." + scope);
            }
            for (int i = 0; i < advisers.size(); i++) {
                String name = advisers.get(i);
                String where = advisers.size() == 1 ? cell : element(cell, i);
                if (roles.containsKey(name)) {
                    problems.add(where, "`" + name + "` is a role; only a body reviews as an advisory body; allowed: "
                            + String.join(", ", sorted(bodies)));
                } else if (!bodies.contains(name)) {
                    problems.add(where, "unknown body `" + name + "`; allowed: " + String.join(", ", sorted(bodies)));
                } else if ("pool".equals(bodySpec(name).mode())) {
                    problems.add(where, "body `" + name + "` is a pool; an advisory body reviews at its meetings (mode: meeting)");
                } else if (chain != null && chain.contains(name)) {
                    problems.add(where, "body `" + name + "` holds this decision right; a body is either advisory or empowered for a cell, not both");
                }
            }
        });
    }

    /** What is checked in one cell of a domain -> scope table, once its domain and scope are known words. */
    private interface CellCheck {
        void check(String cell, String domain, String scope, List<String> names);
    }

    /** Walks a domain -> scope table: unknown domains and scopes are problems; each valid cell is checked. */
    private void forEachCell(String table, Map<String, Map<String, List<String>>> cells, CellCheck check) {
        for (var domain : cells.entrySet()) {
            String at = child(table, domain.getKey());
            if (!Vocabulary.DOMAINS.contains(domain.getKey())) {
                problems.add(at, "unknown domain `" + domain.getKey() + "`; allowed: " + String.join(", ", Vocabulary.DOMAINS));
                continue;
            }
            if (domain.getValue() == null) {
                continue;
            }
            for (var scope : domain.getValue().entrySet()) {
                String cell = child(at, scope.getKey());
                if (!Vocabulary.SCOPES.contains(scope.getKey())) {
                    problems.add(cell, "unknown scope `" + scope.getKey() + "`; allowed: " + String.join(", ", Vocabulary.SCOPES));
                    continue;
                }
                check.check(cell, domain.getKey(), scope.getKey(), scope.getValue());
            }
        }
    }

    private Body bodySpec(String name) {
        if (s.bodies() != null && s.bodies().containsKey(name)) {
            return s.bodies().get(name);
        }
        return s.office().bodies().get(name);
    }

    private void checkArrivals(Map<String, Role> roles) {
        if (s.arrivals() == null || s.arrivals().isEmpty()) {
            problems.missing("arrivals", "a list of need streams, e.g. [{from: student, rate_per_day: 0.05, mix: [...]}]");
            return;
        }
        for (int i = 0; i < s.arrivals().size(); i++) {
            String at = element("arrivals", i);
            ArrivalStream stream = s.arrivals().get(i);
            if (stream == null) {
                problems.add(at, "empty stream; expected {from, rate_per_day, mix}");
                continue;
            }
            boolean teamFormer = s.roles() != null && s.roles().values().stream()
                    .anyMatch(role -> role != null && role.teamSize() != null);
            if (Vocabulary.STUDENT_SOURCE.equals(stream.from()) && !teamFormer
                    && s.roles() != null && !s.roles().isEmpty()) {
                problems.add(child(at, "from"), "students need teachers: give the teachers' role a team_size "
                        + "(students are enrolled round-robin with the team-forming role)");
            }
            if (stream.from() == null) {
                problems.missing(child(at, "from"), "`student` or a role name");
            } else if (!Vocabulary.STUDENT_SOURCE.equals(stream.from()) && !roles.containsKey(stream.from())) {
                problems.add(child(at, "from"), "unknown source `" + stream.from() + "`; allowed: student, " + String.join(", ", roles.keySet()));
            }
            if (stream.ratePerDay() == null) {
                problems.missing(child(at, "rate_per_day"), "needs per source per day, a number >= 0");
            } else if (stream.ratePerDay() < 0) {
                problems.add(child(at, "rate_per_day"), "must be >= 0 needs per day (got " + stream.ratePerDay() + ")");
            }
            if (stream.highNeed() != null) {
                problems.probability(child(at, "high_need.share"), stream.highNeed().share());
                problems.atLeast(child(at, "high_need.multiplier"), stream.highNeed().multiplier(), 0);
            }
            if (stream.patience() != null) {
                checkPatience(child(at, "patience"), stream.patience());
            }
            checkMix(child(at, "mix"), stream.mix());
        }
    }

    private void checkPatience(String at, Scenario.Patience patience) {
        if ((patience.days() == null) == (patience.meanDays() == null)) {
            problems.add(at, "give exactly one of days (a fixed patience) or mean_days (exponential), e.g. {days: 5}");
        } else if (patience.days() != null) {
            problems.positive(child(at, "days"), patience.days());
        } else {
            problems.positive(child(at, "mean_days"), patience.meanDays());
        }
    }

    private void checkMix(String at, List<NeedType> mix) {
        if (mix == null || mix.isEmpty()) {
            problems.missing(at, "a list of need types {domain, scope, weight, deadline_days, size}");
            return;
        }
        double total = 0;
        for (int j = 0; j < mix.size(); j++) {
            String entry = element(at, j);
            NeedType need = mix.get(j);
            if (need == null) {
                problems.add(entry, "empty need type");
                continue;
            }
            problems.oneOf(child(entry, "domain"), need.domain(), Vocabulary.DOMAINS);
            problems.oneOf(child(entry, "scope"), need.scope(), Vocabulary.SCOPES);
            if (need.weight() == null) {
                problems.missing(child(entry, "weight"), "a number >= 0");
            } else if (need.weight() < 0) {
                problems.add(child(entry, "weight"), "must be >= 0 (got " + need.weight() + ")");
            } else {
                total += need.weight();
            }
            problems.positive(child(entry, "deadline_days"), need.deadlineDays());
            problems.positive(child(entry, "size"), need.size());
            if (need.domain() != null && need.scope() != null && Vocabulary.DOMAINS.contains(need.domain())
                    && Vocabulary.SCOPES.contains(need.scope()) && holderOf(need) == null) {
                problems.add(entry, "no decision right for " + need.domain() + "/" + need.scope()
                        + "; add decision_rights." + need.domain() + "." + need.scope());
            }
        }
        if (total <= 0) {
            problems.add(at, "weights must add up to more than 0");
        }
    }

    private List<String> holderOf(NeedType need) {
        var byScope = s.decisionRights() == null ? null : s.decisionRights().get(need.domain());
        return byScope == null ? null : byScope.get(need.scope());
    }

    private boolean officeRole(String name) {
        return s.office() != null && s.office().roles() != null && s.office().roles().containsKey(name);
    }

    private String roleRoot(String name) {
        return officeRole(name) ? "office.roles" : "roles";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
