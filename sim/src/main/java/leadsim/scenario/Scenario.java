package leadsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * A whole scenario after presets are expanded: the organisation, its rules and its workload.
 * Immutable; built only by {@link ScenarioLoader}, which also guarantees every field is set
 * and valid, so the model can read it without checks.
 *
 * <p>{@code roles} and {@code bodies} describe one school (the template every entry of
 * {@code schools} copies, with that entry's overrides); {@code office} is the optional
 * central office above all schools. A district is therefore just more schools and an office.
 *
 * <p>{@code garbageCan}, when given, makes the scenario a Garbage Can organisation instead of a
 * school: its roles are decision makers and its bodies choice opportunities ({@link GarbageCan}).
 */
public record Scenario(
        String name,
        String description,
        String preset,
        Long seed,
        Horizon horizon,
        Culture culture,
        Routing routing,
        Quality quality,
        Escalation escalation,
        Learning learning,
        Service service,
        Overload overload,
        CollegialTies network,
        Integer students,
        Map<String, Role> roles,
        Map<String, Body> bodies,
        List<SchoolSpec> schools,
        Office office,
        Map<String, Map<String, List<String>>> decisionRights,
        Map<String, Map<String, List<String>>> advisory,
        List<ArrivalStream> arrivals,
        Double workloadMultiplier,
        Innovation innovation,
        Reform reform,
        People people,
        StudentGrowth studentGrowth,
        List<Event> events,
        GarbageCan garbageCan) {

    /** Whether the central office has people (roles of its own). */
    public boolean hasOfficeStaff() {
        return office != null && office.roles() != null && !office.roles().isEmpty();
    }

    /** Whether some arrival stream raises needs of district scope. */
    public boolean raisesDistrictScopeNeeds() {
        return arrivals != null && arrivals.stream()
                .anyMatch(stream -> stream.mix().stream().anyMatch(type -> "district".equals(type.scope())));
    }

    /** {@code innovation.enabled}. */
    public boolean innovationEnabled() {
        return innovation != null && Boolean.TRUE.equals(innovation.enabled());
    }

    /** Whether a practice is seeded for contagion ({@code network.contagion.seeds}). */
    public boolean contagionSeeded() {
        return network != null && network.contagion() != null && network.contagion().seeds() != null
                && !network.contagion().seeds().isEmpty();
    }

    /** {@code reform.enabled}. */
    public boolean reformEnabled() {
        return reform != null && Boolean.TRUE.equals(reform.enabled());
    }

    /** {@code people.turnover.enabled}. */
    public boolean turnoverEnabled() {
        return people != null && people.turnover() != null && Boolean.TRUE.equals(people.turnover().enabled());
    }

    /** The same scenario with other schools (one school of a district run on its own, say). */
    public Scenario withSchools(List<SchoolSpec> others) {
        return new Scenario(name, description, preset, seed, horizon, culture, routing, quality, escalation, learning,
                service, overload, network, students, roles, bodies, others, office, decisionRights, advisory, arrivals,
                workloadMultiplier, innovation, reform, people, studentGrowth, events, garbageCan);
    }

    /** School days simulated, warm-up excluded from measurements, and days in a school year. */
    public record Horizon(Double days, Double warmupDays, Integer daysPerYear) {}

    /**
     * How safe it is to decide, how visible data and practice are, and how clear authority is
     * (the chance a need goes first to the right desk; unset means 1). All in [0,1].
     */
    public record Culture(Double psychologicalSafety, Double transparency, Double clarity) {
        /** A culture that says nothing about clarity (a live regime change keeps the run's). */
        public Culture(Double psychologicalSafety, Double transparency) {
            this(psychologicalSafety, transparency, null);
        }
    }

    /** Hand-off delay per hop up the reporting line, and the queue discipline of every desk. */
    public record Routing(Double handoffDays, String queueDiscipline) {}

    /** Context lost per hop away from the student (shielded by transparency) and a body's pooling. */
    public record Quality(Double contextLossPerHop, Double pooling) {}

    /** Probability that a holder escalates anyway: base + fear x (1 - safety) + doubt x (1 - expertise). */
    public record Escalation(Double base, Double fear, Double doubt) {}

    /** Expertise gained per decision (a share of the gap to the cap), and the cap. */
    public record Learning(Double perDecision, Double cap) {}

    /**
     * What happens to a need still waiting at a desk or on an agenda when its patience runs out:
     * {@code workaround} (whoever raised it decides it without the right, with a quality penalty),
     * {@code lapse} (dropped unmet), {@code reroute} (to another allowed holder, once; otherwise a
     * workaround), or {@code keep_waiting} (no impatience: the textbook queue).
     */
    public record Overload(String onExpiry, Double workaroundPenalty) {}

    /**
     * How long a need's raiser waits before giving up, counted from when it was raised: a fixed
     * number of days, or exponential with a mean. Unset: the need's own deadline.
     */
    public record Patience(Double days, Double meanDays) {}

    /** Decision work per need in hours at size 1, drawn from a named distribution. */
    public record Service(String distribution, Double meanHours, Double cv) {}

    /**
     * The collegial network: complete inside teams, plus cross-team ties per person, rewired
     * ({@code topology: school}); or, for the textbook diffusion cases, everyone tied to
     * everyone ({@code complete}) or a ring lattice with {@code ring_neighbours} on each side.
     */
    public record CollegialTies(Double crossTeamTies, Double rewire, String topology, Integer ringNeighbours,
                                Contagion contagion) {}

    /**
     * How a practice passes along ties. {@code threshold}: adopt once the ties using it reach
     * one's threshold (a count, or a share of one's ties); {@code hazard}: adopt at rate
     * p + q x (share of ties using it) per year (Bass). Updated synchronously once a day.
     * {@code thresholds} gives every person's own threshold; {@code seeds} plants one practice
     * used at day 0 by the listed people (indices in the staff list), for the oracle cases.
     */
    public record Contagion(String rule, Double pPerYear, Double qPerYear, Double threshold, String thresholdType,
                            Double thresholdSd, List<Double> thresholds, List<Integer> seeds) {}

    /**
     * A role: either {@code count} people per school (or in the office), or {@code per_team}
     * people attached to each team. A role with {@code team_size} forms the teams.
     */
    public record Role(
            Integer count,
            Integer perTeam,
            Integer teamSize,
            Double capacityHours,
            Expertise expertise,
            String reportsTo) {}

    /** Expertise of new members of a role: normal(mean, sd) clipped to [0,1], per domain. */
    public record Expertise(Double mean, Double sd) {}

    /**
     * A body that decides together. {@code mode: meeting} batches items to meetings every
     * {@code cadence_days}, up to {@code items_per_meeting}; {@code mode: pool} makes its members
     * serve one shared queue continuously (a multi-server desk).
     */
    public record Body(
            String per,
            List<String> members,
            String mode,
            Double cadenceDays,
            Integer itemsPerMeeting,
            Double firstMeetingDay,
            Double meetingHours) {}

    /** One school entry: copies of the template, with its own student count. */
    public record SchoolSpec(String name, Integer copies, Integer students) {}

    /** The central office: its roles and bodies sit above every school. */
    public record Office(Map<String, Role> roles, Map<String, Body> bodies) {}

    /**
     * A Poisson stream of needs raised by every student (from: student) or every holder of a
     * role. High-need students raise {@code multiplier} times the base rate.
     */
    public record ArrivalStream(String from, Double ratePerDay, HighNeed highNeed, Patience patience, List<NeedType> mix) {}

    /** Share of students who are high-need and how many times more needs they raise. */
    public record HighNeed(Double share, Double multiplier) {}

    /** One kind of need in a stream's mix. */
    public record NeedType(String domain, String scope, Double weight, Double deadlineDays, Double size) {}

    /** Invention, trial, spread and mandates of classroom practices (MODEL.md section 5). */
    public record Innovation(
            Boolean enabled,
            Double inventionPerYear,
            Double autonomyFloor,
            Expertise innovativeness,
            Expertise value,
            Double practiceEffect,
            Trial trial,
            Double signalNoise,
            Double expertiseSharpens,
            Double failureLearning,
            Double reviewDays,
            Double plcUptake,
            Double visibilityPerYear,
            Double mandateFidelity,
            Double mandateFadePerYear) {}

    /**
     * A trial of a practice as a decision about a change of practice: routed by the decision
     * rights of (domain, scope) like any need; refused by an approver other than the teacher
     * with probability {@code refusal}; dropped when decided after {@code deadline_days}; a
     * verdict after {@code days} of use.
     */
    public record Trial(String domain, String scope, Double deadlineDays, Double size, Double days, Double refusal) {}

    /** A reform, its champion, and the pulls on every staff member's commitment (MODEL.md section 6). */
    public record Reform(
            Boolean enabled,
            Double startDay,
            String championRole,
            Double initialCommitment,
            Double championPull,
            Double peerPull,
            Double peerTipping,
            Double peerSteepness,
            Ownership ownership,
            Double decay,
            Double competingPull,
            Double fidelityThreshold,
            Death death,
            String by,
            MandateStart mandate,
            VoteStart vote) {}

    /**
     * A reform started by mandate (compliance): reciprocal accountability (Elmore) pulls each
     * staff member toward it by {@code support_pull} x the coaching capacity that comes with it,
     * where capacity is the coaching hours a day per staff member over
     * {@code support_hours_per_staff}, at most 1. A demand without capacity only fades.
     */
    public record MandateStart(Double supportPull, Double supportHoursPerStaff) {}

    /**
     * A reform started by a vote after {@code inquiry_days} of shared inquiry: it begins that
     * much later, with {@code initial_commitment}, and a further {@code ownership_share} of the
     * staff hold a role in it (they voted for it and joined its work).
     */
    public record VoteStart(Double inquiryDays, Double initialCommitment, Double ownershipShare) {}

    /** Who holds a role in the reform: every holder of {@code roles}, plus a share of other team staff. */
    public record Ownership(List<String> roles, Double teamShare, Double pull) {}

    /** The reform dies when implementation stays below {@code threshold} for {@code days} days. */
    public record Death(Double threshold, Double days) {}

    /** Turnover, succession and coaching (MODEL.md section 7). */
    public record People(Turnover turnover, Succession succession, Double noviceGap, Coaching coaching) {}

    /** Annual probabilities of leaving, per role, and for roles not listed. */
    public record Turnover(Boolean enabled, Map<String, Double> perYear, Double defaultPerYear) {}

    /**
     * What follows the departure of a holder of {@code roles}: a vacancy, an interim, then a
     * successor who with some probability brings a competing initiative or cancels the reform.
     */
    public record Succession(List<String> roles, Double vacancyDays, Double interimDays,
                             Double competingProbability, Double cancelProbability) {}

    /** Share of each coaching role's decision time spent coaching, and how fast coaching closes the gap. */
    public record Coaching(Map<String, Double> shares, Double ratePerYear) {}

    /** Student learning growth per school year from practice quality, less the harm of late or poor decisions. */
    public record StudentGrowth(Double perYear, Double qualityEffect, Double lateHarm, Double poorHarm) {}

    /**
     * Something that happens at a given day: {@code leader_departs} (role or person),
     * {@code mandate}, {@code turnover_wave}, {@code regime_change}, {@code reform_start}.
     */
    public record Event(
            Double atDay,
            String type,
            String role,
            Integer person,
            Integer school,
            Double share,
            List<String> roles,
            String practice,
            Double fidelity,
            Double reinforceEveryDays,
            Culture culture,
            Map<String, Map<String, List<String>>> decisionRights,
            String by) {
        /** An event without {@code by} (every type but reform_start). */
        public Event(Double atDay, String type, String role, Integer person, Integer school, Double share,
                     List<String> roles, String practice, Double fidelity, Double reinforceEveryDays,
                     Culture culture, Map<String, Map<String, List<String>>> decisionRights) {
            this(atDay, type, role, person, school, share, roles, practice, fidelity, reinforceEveryDays,
                    culture, decisionRights, null);
        }
    }
}
