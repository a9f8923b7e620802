package leadsim.metrics;

import java.util.List;
import java.util.Locale;
import leadsim.scenario.Scenario;

/**
 * The part of the model that produces a measure. A measure whose mechanism is off in a
 * scenario is not measured there, so a run leaves its column out rather than writing zeros
 * or NaN that look like findings.
 */
public enum Mechanism {
    /** decisions: always on */
    DECISIONS,
    /** invention, trials, spread and mandates ({@code innovation.enabled}, or a seeded contagion) */
    INNOVATION,
    /** a reform and its champion ({@code reform.enabled} or a {@code reform_start} event) */
    REFORM,
    /** departures ({@code people.turnover.enabled}, or a departure or turnover-wave event) */
    TURNOVER,
    /** students' learning growth: needs students to grow */
    STUDENT_GROWTH,
    /** needs giving up when their patience runs out ({@code overload.on_expiry} other than keep_waiting) */
    OVERLOAD,
    /** the Garbage Can mode ({@code garbage_can:}) */
    GARBAGE_CAN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this mechanism runs in the scenario. */
    public boolean on(Scenario s) {
        return switch (this) {
            case DECISIONS -> true;
            case INNOVATION -> s.innovationEnabled() || hasEvent(s, List.of("mandate")) || s.contagionSeeded();
            case REFORM -> s.reformEnabled() || hasEvent(s, List.of("reform_start"));
            case TURNOVER -> s.turnoverEnabled() || hasEvent(s, List.of("leader_departs", "turnover_wave"));
            case OVERLOAD -> s.overload() != null && !"keep_waiting".equals(s.overload().onExpiry());
            case GARBAGE_CAN -> s.garbageCan() != null;
            case STUDENT_GROWTH -> s.studentGrowth() != null && (positive(s.students()) || (s.schools() != null
                    && s.schools().stream().anyMatch(school -> positive(school.students()))));
        };
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static boolean hasEvent(Scenario s, List<String> types) {
        return s.events() != null && s.events().stream().anyMatch(e -> types.contains(e.type()));
    }
}
