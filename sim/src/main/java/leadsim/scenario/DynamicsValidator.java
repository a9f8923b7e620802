package leadsim.scenario;

import static leadsim.scenario.KeyPaths.child;
import static leadsim.scenario.KeyPaths.element;

import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.scenario.Scenario.Contagion;
import leadsim.scenario.Scenario.Event;
import leadsim.scenario.Scenario.Innovation;
import leadsim.scenario.Scenario.People;
import leadsim.scenario.Scenario.Reform;
import leadsim.scenario.Scenario.Role;

/**
 * The meaning of the slow processes' settings: network topology and contagion, innovation,
 * reform, people, student growth and scheduled events. Same style as
 * {@link ScenarioValidator}: every problem with its key path and what is allowed.
 */
final class DynamicsValidator {
    static final List<String> TOPOLOGIES = List.of("school", "complete", "ring");
    static final List<String> CONTAGION_RULES = List.of("threshold", "hazard");
    static final List<String> THRESHOLD_TYPES = List.of("share", "count");
    static final List<String> EVENT_TYPES =
            List.of("leader_departs", "mandate", "turnover_wave", "regime_change", "reform_start");
    static final List<String> MANDATED_PRACTICES = List.of("most_used", "new");
    /** How a reform starts: imposed (compliance) or voted after a period of shared inquiry. */
    static final List<String> REFORM_STARTS = List.of("mandate", "vote");

    private final Scenario s;
    private final Problems problems;
    private final Map<String, Role> roles;
    private final Set<String> holders;

    private DynamicsValidator(Scenario s, Problems problems, Map<String, Role> roles, Set<String> holders) {
        this.s = s;
        this.problems = problems;
        this.roles = roles;
        this.holders = holders;
    }

    static void check(Scenario s, Problems problems, Map<String, Role> roles, Set<String> holders) {
        DynamicsValidator v = new DynamicsValidator(s, problems, roles, holders);
        v.network();
        v.innovation();
        v.reform();
        v.people();
        v.growth();
        v.events();
    }

    private void network() {
        if (s.network() == null) {
            return;
        }
        problems.oneOf("network.topology", s.network().topology(), TOPOLOGIES);
        problems.positiveInt("network.ring_neighbours", s.network().ringNeighbours());
        Contagion c = s.network().contagion();
        if (c == null) {
            problems.missing("network.contagion", "a map {rule, p_per_year, q_per_year, threshold, threshold_type, threshold_sd}");
            return;
        }
        problems.oneOf("network.contagion.rule", c.rule(), CONTAGION_RULES);
        problems.atLeast("network.contagion.p_per_year", c.pPerYear(), 0);
        problems.atLeast("network.contagion.q_per_year", c.qPerYear(), 0);
        problems.atLeast("network.contagion.threshold", c.threshold(), 0);
        problems.oneOf("network.contagion.threshold_type", c.thresholdType(), THRESHOLD_TYPES);
        problems.atLeast("network.contagion.threshold_sd", c.thresholdSd(), 0);
        if ("share".equals(c.thresholdType()) && c.threshold() != null && c.threshold() > 1) {
            problems.add("network.contagion.threshold", "a share threshold must be in [0,1] (got " + c.threshold()
                    + "); for a number of ties use threshold_type: count");
        }
        int staff = staffCount();
        if (c.thresholds() != null) {
            if (c.thresholds().size() != staff) {
                problems.add("network.contagion.thresholds", "needs one threshold per staff member: " + staff
                        + " (got " + c.thresholds().size() + ")");
            }
            for (int i = 0; i < c.thresholds().size(); i++) {
                Double t = c.thresholds().get(i);
                if (t == null || !(t >= 0)) {
                    problems.add(element("network.contagion.thresholds", i), "must be a number >= 0 (got " + (t == null ? "nothing" : t) + ")");
                }
            }
        }
        if (c.seeds() != null) {
            for (int i = 0; i < c.seeds().size(); i++) {
                Integer seed = c.seeds().get(i);
                if (seed == null || seed < 0 || seed >= staff) {
                    problems.add(element("network.contagion.seeds", i), "must be a staff index in 0.." + (staff - 1)
                            + " (got " + (seed == null ? "nothing" : seed) + ")");
                }
            }
        }
        if (c.seeds() == null && c.thresholds() != null) {
            problems.add("network.contagion.thresholds", "explicit thresholds apply to the seeded practice: give seeds (may be [])");
        }
    }

    /**
     * The staff a practice spreads among, as the model counts them (leadsim.model.people.Staff):
     * the people of team roles (team_size or per_team) in every school, or everyone in a school
     * role when no role forms teams.
     */
    private int staffCount() {
        if (s.roles() == null || s.schools() == null) {
            return 0;
        }
        int teams = Headcount.teams(s.roles());
        boolean hasTeams = hasTeams();
        int n = 0;
        for (Role role : s.roles().values()) {
            if (role != null && (!hasTeams || role.teamSize() != null || role.perTeam() != null)) {
                n += Headcount.people(role, teams);
            }
        }
        int schools = 0;
        for (var school : s.schools()) {
            schools += school == null || school.copies() == null ? 0 : school.copies();
        }
        return n * schools;
    }

    /** Everyone in the run: every school's roles, then the office (the ids of Person). */
    private int peopleCount() {
        if (s.roles() == null || s.schools() == null) {
            return 0;
        }
        int teams = Headcount.teams(s.roles());
        int perSchool = 0;
        for (Role role : s.roles().values()) {
            perSchool += role == null ? 0 : Headcount.people(role, teams);
        }
        int n = perSchool * Headcount.schoolCount(s);
        if (s.office() != null && s.office().roles() != null) {
            for (Role role : s.office().roles().values()) {
                n += role == null || role.count() == null ? 0 : role.count();
            }
        }
        return n;
    }

    private void innovation() {
        Innovation in = s.innovation();
        if (!problems.present("innovation", in)) {
            return;
        }
        bool("innovation.enabled", in.enabled());
        problems.atLeast("innovation.invention_per_year", in.inventionPerYear(), 0);
        problems.probability("innovation.autonomy_floor", in.autonomyFloor());
        if (problems.present("innovation.innovativeness", in.innovativeness())) {
            problems.probability("innovation.innovativeness.mean", in.innovativeness().mean());
            problems.atLeast("innovation.innovativeness.sd", in.innovativeness().sd(), 0);
        }
        if (problems.present("innovation.value", in.value())) {
            finite("innovation.value.mean", in.value().mean());
            problems.atLeast("innovation.value.sd", in.value().sd(), 0);
        }
        problems.atLeast("innovation.practice_effect", in.practiceEffect(), 0);
        if (problems.present("innovation.trial", in.trial())) {
            var t = in.trial();
            problems.oneOf("innovation.trial.domain", t.domain(), Vocabulary.DOMAINS);
            problems.oneOf("innovation.trial.scope", t.scope(), Vocabulary.SCOPES);
            problems.positive("innovation.trial.deadline_days", t.deadlineDays());
            problems.positive("innovation.trial.size", t.size());
            problems.atLeast("innovation.trial.days", t.days(), 0);
            problems.probability("innovation.trial.refusal", t.refusal());
            if (Boolean.TRUE.equals(in.enabled()) && t.domain() != null && t.scope() != null && s.decisionRights() != null) {
                var byScope = s.decisionRights().get(t.domain());
                if (byScope == null || byScope.get(t.scope()) == null) {
                    problems.add("innovation.trial", "no decision right for " + t.domain() + "/" + t.scope()
                            + "; add decision_rights." + t.domain() + "." + t.scope());
                }
            }
        }
        problems.atLeast("innovation.signal_noise", in.signalNoise(), 0);
        problems.probability("innovation.expertise_sharpens", in.expertiseSharpens());
        problems.probability("innovation.failure_learning", in.failureLearning());
        problems.positive("innovation.review_days", in.reviewDays());
        problems.probability("innovation.plc_uptake", in.plcUptake());
        problems.atLeast("innovation.visibility_per_year", in.visibilityPerYear(), 0);
        problems.probability("innovation.mandate_fidelity", in.mandateFidelity());
        problems.atLeast("innovation.mandate_fade_per_year", in.mandateFadePerYear(), 0);
        if (Boolean.TRUE.equals(in.enabled()) && !hasTeams()) {
            problems.add("innovation.enabled", "innovation needs teachers: give one role a team_size");
        }
    }

    private boolean hasTeams() {
        return s.roles() != null && s.roles().values().stream().anyMatch(r -> r != null && r.teamSize() != null);
    }

    private void reform() {
        Reform r = s.reform();
        if (!problems.present("reform", r)) {
            return;
        }
        bool("reform.enabled", r.enabled());
        problems.atLeast("reform.start_day", r.startDay(), 0);
        // the default champion (principal) and owners matter only where a reform runs
        boolean runs = Boolean.TRUE.equals(r.enabled()) || (s.events() != null && s.events().stream()
                .anyMatch(e -> e != null && ("reform_start".equals(e.type()) && e.role() == null
                        || "mandate".equals(e.type()) && e.role() == null)));
        if (runs) {
            role("reform.champion_role", r.championRole());
        } else if (r.championRole() == null) {
            problems.missing("reform.champion_role", "a role name");
        }
        problems.probability("reform.initial_commitment", r.initialCommitment());
        problems.probability("reform.champion_pull", r.championPull());
        problems.probability("reform.peer_pull", r.peerPull());
        problems.probability("reform.peer_tipping", r.peerTipping());
        problems.positive("reform.peer_steepness", r.peerSteepness());
        if (problems.present("reform.ownership", r.ownership())) {
            List<String> owners = r.ownership().roles();
            if (owners == null) {
                problems.missing("reform.ownership.roles", "a list of role names (may be [])");
            } else {
                for (int i = 0; i < owners.size(); i++) {
                    if (runs || !roles.containsKey(owners.get(i))) {
                        role(element("reform.ownership.roles", i), owners.get(i));
                    }
                }
            }
            problems.probability("reform.ownership.team_share", r.ownership().teamShare());
            problems.probability("reform.ownership.pull", r.ownership().pull());
        }
        if (r.by() != null) {
            problems.oneOf("reform.by", r.by(), REFORM_STARTS);
        }
        if (problems.present("reform.mandate", r.mandate())) {
            problems.probability("reform.mandate.support_pull", r.mandate().supportPull());
            problems.positive("reform.mandate.support_hours_per_staff", r.mandate().supportHoursPerStaff());
        }
        if (problems.present("reform.vote", r.vote())) {
            problems.atLeast("reform.vote.inquiry_days", r.vote().inquiryDays(), 0);
            problems.probability("reform.vote.initial_commitment", r.vote().initialCommitment());
            problems.probability("reform.vote.ownership_share", r.vote().ownershipShare());
        }
        problems.probability("reform.decay", r.decay());
        problems.probability("reform.competing_pull", r.competingPull());
        problems.probability("reform.fidelity_threshold", r.fidelityThreshold());
        if (problems.present("reform.death", r.death())) {
            problems.probability("reform.death.threshold", r.death().threshold());
            problems.atLeast("reform.death.days", r.death().days(), 0);
        }
        if (Boolean.TRUE.equals(r.enabled()) && s.events() != null
                && s.events().stream().anyMatch(e -> e != null && "reform_start".equals(e.type()))) {
            problems.add("reform.enabled", "the reform starts at reform.start_day and at a reform_start event: give one"
                    + " (set reform.enabled: false to start it by the event)");
        }
        if (Boolean.TRUE.equals(r.enabled()) && s.horizon() != null && s.horizon().days() != null
                && r.startDay() != null && r.startDay() >= s.horizon().days()) {
            problems.add("reform.start_day", "must be before horizon.days (" + s.horizon().days() + ")");
        }
    }

    private void people() {
        People p = s.people();
        if (!problems.present("people", p)) {
            return;
        }
        if (problems.present("people.turnover", p.turnover())) {
            bool("people.turnover.enabled", p.turnover().enabled());
            if (p.turnover().perYear() != null) {
                p.turnover().perYear().forEach((name, rate) -> {
                    String at = child("people.turnover.per_year", name);
                    if (!roles.containsKey(name) && !isDefaultRole(name)) {
                        problems.add(at, "unknown role `" + name + "`; allowed: " + String.join(", ", roles.keySet()));
                    }
                    probabilityBelowOne(at, rate);
                });
            }
            probabilityBelowOne("people.turnover.default_per_year", p.turnover().defaultPerYear());
        }
        if (problems.present("people.succession", p.succession())) {
            var su = p.succession();
            if (su.roles() == null) {
                problems.missing("people.succession.roles", "a list of role names (may be [])");
            } else {
                for (int i = 0; i < su.roles().size(); i++) {
                    String name = su.roles().get(i);
                    if (!roles.containsKey(name) && !isDefaultRole(name)) {
                        role(element("people.succession.roles", i), name);
                    }
                }
            }
            problems.atLeast("people.succession.vacancy_days", su.vacancyDays(), 0);
            problems.atLeast("people.succession.interim_days", su.interimDays(), 0);
            problems.probability("people.succession.competing_probability", su.competingProbability());
            problems.probability("people.succession.cancel_probability", su.cancelProbability());
        }
        problems.probability("people.novice_gap", p.noviceGap());
        if (problems.present("people.coaching", p.coaching())) {
            if (p.coaching().shares() != null) {
                p.coaching().shares().forEach((name, share) -> {
                    String at = child("people.coaching.shares", name);
                    role(at, name);
                    if (share != null && share >= 1) {
                        problems.add(at, "must be < 1: a coach keeps some time for decisions (got " + share + ")");
                    } else {
                        problems.probability(at, share);
                    }
                });
            }
            problems.atLeast("people.coaching.rate_per_year", p.coaching().ratePerYear(), 0);
        }
    }

    /** The defaults name teacher and principal; a scenario without them is not wrong. */
    private static boolean isDefaultRole(String name) {
        return "teacher".equals(name) || "principal".equals(name);
    }

    private void growth() {
        var g = s.studentGrowth();
        if (!problems.present("student_growth", g)) {
            return;
        }
        problems.atLeast("student_growth.per_year", g.perYear(), 0);
        problems.atLeast("student_growth.quality_effect", g.qualityEffect(), 0);
        problems.atLeast("student_growth.late_harm", g.lateHarm(), 0);
        problems.atLeast("student_growth.poor_harm", g.poorHarm(), 0);
    }

    private void events() {
        if (s.events() == null) {
            return;
        }
        for (int i = 0; i < s.events().size(); i++) {
            String at = element("events", i);
            Event e = s.events().get(i);
            if (e == null) {
                problems.add(at, "empty event; expected {at_day, type, ...}");
                continue;
            }
            problems.atLeast(child(at, "at_day"), e.atDay(), 0);
            if (e.atDay() != null && s.horizon() != null && s.horizon().days() != null && e.atDay() >= s.horizon().days()) {
                problems.add(child(at, "at_day"), "must be before horizon.days (" + s.horizon().days() + ")");
            }
            problems.oneOf(child(at, "type"), e.type(), EVENT_TYPES);
            if (e.by() != null && !"reform_start".equals(e.type())) {
                problems.add(child(at, "by"), "only a reform_start takes `by` (mandate or vote)");
            }
            if (e.type() == null || !EVENT_TYPES.contains(e.type())) {
                continue;
            }
            switch (e.type()) {
                case "leader_departs" -> {
                    if ((e.role() == null) == (e.person() == null)) {
                        problems.add(at, "leader_departs needs either role (everyone in it) or person (a staff id), not both");
                    }
                    if (e.role() != null) {
                        role(child(at, "role"), e.role());
                    }
                    int people = peopleCount();
                    if (e.person() != null && (e.person() < 0 || e.person() >= people)) {
                        problems.add(child(at, "person"), "must be a staff id in 0.." + (people - 1)
                                + " (as in teacher#12; got " + e.person() + ")");
                    }
                    if (e.school() != null && (e.school() < 0 || e.school() >= Headcount.schoolCount(s))) {
                        problems.add(child(at, "school"), "must be a school index in 0.." + (Headcount.schoolCount(s) - 1));
                    }
                }
                case "mandate" -> {
                    if (e.role() != null) {
                        role(child(at, "role"), e.role());
                    }
                    if (e.practice() != null) {
                        problems.oneOf(child(at, "practice"), e.practice(), MANDATED_PRACTICES);
                    }
                    if (e.fidelity() != null) {
                        problems.probability(child(at, "fidelity"), e.fidelity());
                    }
                    if (e.reinforceEveryDays() != null) {
                        problems.positive(child(at, "reinforce_every_days"), e.reinforceEveryDays());
                    }
                    if (s.innovation() != null && !Boolean.TRUE.equals(s.innovation().enabled())) {
                        problems.add(child(at, "type"), "a mandate needs innovation.enabled: true");
                    }
                }
                case "turnover_wave" -> {
                    problems.probability(child(at, "share"), e.share());
                    if (e.roles() != null) {
                        for (int k = 0; k < e.roles().size(); k++) {
                            role(element(child(at, "roles"), k), e.roles().get(k));
                        }
                    }
                }
                case "regime_change" -> {
                    if (e.culture() == null && e.decisionRights() == null) {
                        problems.add(at, "regime_change needs culture or decision_rights (or both)");
                    }
                    if (e.culture() != null) {
                        if (e.culture().psychologicalSafety() != null) {
                            problems.probability(child(at, "culture.psychological_safety"), e.culture().psychologicalSafety());
                        }
                        if (e.culture().transparency() != null) {
                            problems.probability(child(at, "culture.transparency"), e.culture().transparency());
                        }
                        if (e.culture().clarity() != null) {
                            problems.add(child(at, "culture.clarity"), "clarity is set for the whole run (culture.clarity), not by a regime change");
                        }
                    }
                    if (e.decisionRights() != null) {
                        rightsOverride(child(at, "decision_rights"), e.decisionRights());
                    }
                }
                case "reform_start" -> {
                    if (e.role() != null) {
                        role(child(at, "role"), e.role());
                    }
                    if (e.by() != null) {
                        problems.oneOf(child(at, "by"), e.by(), REFORM_STARTS);
                    }
                }
                default -> { }
            }
        }
    }

    private void rightsOverride(String at, Map<String, Map<String, List<String>>> rights) {
        rights.forEach((domain, byScope) -> {
            String d = child(at, domain);
            if (!Vocabulary.DOMAINS.contains(domain)) {
                problems.add(d, "unknown domain `" + domain + "`; allowed: " + String.join(", ", Vocabulary.DOMAINS));
                return;
            }
            if (byScope == null) {
                return;
            }
            byScope.forEach((scope, chain) -> {
                String cell = child(d, scope);
                if (!Vocabulary.SCOPES.contains(scope)) {
                    problems.add(cell, "unknown scope `" + scope + "`; allowed: " + String.join(", ", Vocabulary.SCOPES));
                    return;
                }
                if (chain == null || chain.isEmpty()) {
                    problems.add(cell, "needs a holder: a role or body name, or a list of them");
                    return;
                }
                for (int i = 0; i < chain.size(); i++) {
                    if (!holders.contains(chain.get(i))) {
                        problems.add(chain.size() == 1 ? cell : element(cell, i), "decision right held by `" + chain.get(i)
                                + "`, which is no role or body; allowed: " + String.join(", ", holders.stream().sorted().toList()));
                    }
                }
            });
        });
    }

    // --- checks of this part (the shared range checks live in Problems) -----------------

    private void role(String path, String name) {
        if (name == null) {
            problems.missing(path, "a role name; allowed: " + String.join(", ", roles.keySet()));
        } else if (!roles.containsKey(name)) {
            problems.add(path, "unknown role `" + name + "`; allowed: " + String.join(", ", roles.keySet()));
        }
    }

    private void bool(String path, Boolean value) {
        if (value == null) {
            problems.missing(path, "true or false");
        }
    }

    private void probabilityBelowOne(String path, Double value) {
        if (value == null) {
            problems.missing(path, "an annual probability in [0,1)");
        } else if (value < 0 || value >= 1 || value.isNaN()) {
            problems.add(path, "must be an annual probability in [0,1) (got " + value + ")");
        }
    }

    private void finite(String path, Double value) {
        if (value == null) {
            problems.missing(path, "a number");
        } else if (value.isNaN() || value.isInfinite()) {
            problems.add(path, "must be a finite number (got " + value + ")");
        }
    }
}
