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
        CollegialTies network,
        Integer students,
        Map<String, Role> roles,
        Map<String, Body> bodies,
        List<SchoolSpec> schools,
        Office office,
        Map<String, Map<String, List<String>>> decisionRights,
        List<ArrivalStream> arrivals) {

    /** School days simulated, warm-up excluded from measurements, and days in a school year. */
    public record Horizon(Double days, Double warmupDays, Integer daysPerYear) {}

    /** How safe it is to decide, and how visible data and practice are. Both in [0,1]. */
    public record Culture(Double psychologicalSafety, Double transparency) {}

    /** Hand-off delay per hop up the reporting line, and the queue discipline of every desk. */
    public record Routing(Double handoffDays, String queueDiscipline) {}

    /** Context lost per hop away from the student (shielded by transparency) and a body's pooling. */
    public record Quality(Double contextLossPerHop, Double pooling) {}

    /** Probability that a holder escalates anyway: base + fear x (1 - safety) + doubt x (1 - expertise). */
    public record Escalation(Double base, Double fear, Double doubt) {}

    /** Expertise gained per decision (a share of the gap to the cap), and the cap. */
    public record Learning(Double perDecision, Double cap) {}

    /** Decision work per need in hours at size 1, drawn from a named distribution. */
    public record Service(String distribution, Double meanHours, Double cv) {}

    /** The collegial network: complete inside teams, plus cross-team ties per person, rewired. */
    public record CollegialTies(Double crossTeamTies, Double rewire) {}

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
    public record ArrivalStream(String from, Double ratePerDay, HighNeed highNeed, List<NeedType> mix) {}

    /** Share of students who are high-need and how many times more needs they raise. */
    public record HighNeed(Double share, Double multiplier) {}

    /** One kind of need in a stream's mix. */
    public record NeedType(String domain, String scope, Double weight, Double deadlineDays, Double size) {}
}
