package leadsim.metrics;

import static leadsim.metrics.Better.HIGHER;
import static leadsim.metrics.Better.LOWER;
import static leadsim.metrics.Better.NEITHER;
import static leadsim.metrics.Kind.CATEGORY;
import static leadsim.metrics.Kind.CENSORED_TIME;
import static leadsim.metrics.Kind.COUNT;
import static leadsim.metrics.Kind.NUMBER;
import static leadsim.metrics.Kind.SHARE;
import static leadsim.metrics.Kind.TIME;
import static leadsim.metrics.Mechanism.DECISIONS;
import static leadsim.metrics.Mechanism.GARBAGE_CAN;
import static leadsim.metrics.Mechanism.OVERLOAD;
import static leadsim.metrics.Mechanism.INNOVATION;
import static leadsim.metrics.Mechanism.REFORM;
import static leadsim.metrics.Mechanism.STUDENT_GROWTH;
import static leadsim.metrics.Mechanism.TURNOVER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import leadsim.scenario.Scenario;

/**
 * Every measure leadsim writes, once: name, label, unit, kind, better direction, headline or not,
 * and the mechanism that produces it. Writers decide from it which columns a scenario measures;
 * the codebook, the terminal, the comparisons and the reports take names and labels from it.
 * A new measure is one line here. A column the catalogue does not know is kept and shown by its
 * name (it is taken as a number produced by the decisions), so adding a metric to the model never
 * breaks a reader.
 */
public final class Catalogue {
    private static final List<Measure> ALL = new ArrayList<>();

    static {
        // runs.csv, decisions ---------------------------------------------------------------------------------
        run("latency_km_median", "Time to decision counting every need, median (days)", "days", TIME, LOWER, true,
                DECISIONS, "the median time to decision, counting every need",
                "counting every need raised, the median need waited");
        run("latency_km_p90", "Time to decision counting every need, 90th percentile (days)", "days", TIME, LOWER,
                true, DECISIONS, "the 90th-percentile time to decision, counting every need",
                "counting every need raised, the slowest tenth of needs waited");
        run("latency_rmean", "Time to decision counting every need, mean up to one school year (days)", "days", TIME,
                LOWER, true, DECISIONS, "the mean time to decision counting every need (restricted to a school year)",
                "counting every need raised (restricted to a school year), needs waited");
        run("latency_mean", "Time to decision of decided needs, mean (days)", "days", TIME, LOWER, true, DECISIONS,
                "the mean time to decision of decided needs", "the needs that were decided waited");
        run("latency_p50", "Time to decision of decided needs, median (days)", "days", TIME, LOWER, false, DECISIONS,
                "the median time to decision of decided needs", "the median decided need waited");
        run("latency_p90", "Time to decision of decided needs, 90th percentile (days)", "days", TIME, LOWER, false,
                DECISIONS, "the 90th-percentile time to decision of decided needs",
                "the slowest tenth of decided needs (90th percentile) waited");
        run("latency_p99", "Time to decision of decided needs, 99th percentile (days)", "days", TIME, LOWER, false,
                DECISIONS, "the 99th-percentile time to decision of decided needs",
                "the slowest hundredth of decided needs (99th percentile) waited");
        run("wait_mean", "Time in queues, mean (days)", "days", TIME, LOWER, false, DECISIONS,
                "the mean time in queues", "needs spent in queues");
        run("on_time_share", "Decided by the holder by the deadline (share)", "share", SHARE, HIGHER, true, DECISIONS,
                "the share of needs decided by their holder on time", "the share of needs decided by their holder on time was");
        run("quality_mean", "Decision quality, mean (0 to 1)", "", NUMBER, HIGHER, true, DECISIONS,
                "the mean decision quality", "decision quality (0 to 1) was");
        run("escalations_per_need", "Escalations per need", "", NUMBER, LOWER, true, DECISIONS,
                "the number of escalations per need", "escalations per need were");
        run("hops_mean", "Hand-offs per decided need", "", NUMBER, LOWER, false, DECISIONS,
                "the number of hand-offs per need", "hand-offs per need were");
        // a role's (or body's) waiting is that of all its desks together: the role where most waiting
        // happened need not hold the one desk with the most waiting (top_wait_desk_1)
        run("bottleneck_role", "Role where most waiting happened", "", CATEGORY, NEITHER, false, DECISIONS, "", "");
        run("bottleneck_wait_share", "Waiting at the role where most waiting happened (share of all waiting)", "share",
                SHARE, LOWER, true, DECISIONS, "the share of all waiting at the role where most waiting happened",
                "the share of all waiting that happened at the role where most waiting happened (all its desks"
                        + " together) was");
        run("utilization_max", "Busiest role's utilisation (share of its hours)", "share", SHARE, LOWER, true, DECISIONS,
                "the busiest role's utilisation", "the busiest role's utilisation was");
        run("utilization_max_role", "Busiest role", "", CATEGORY, NEITHER, false, DECISIONS, "", "");
        run("in_system_mean", "Needs open at any time, mean", "needs", NUMBER, LOWER, false, DECISIONS,
                "the number of needs open at any time", "needs open at any one time were");
        // not a headline of its own: the same outcome as open_share, which is (a comparison counts it once)
        run("needs_open", "Needs still open at the end", "needs", COUNT, LOWER, false, DECISIONS,
                "the number of needs still open at the end", "needs still open at the end were");
        run("open_share", "Needs still open at the end (share of needs raised)", "share", SHARE, LOWER, true,
                DECISIONS, "the share of needs still open at the end", "the share of needs still open at the end was");
        run("needs_decided", "Needs decided", "needs", COUNT, HIGHER, false, DECISIONS,
                "the number of needs decided", "the number of needs decided was");
        run("needs_raised", "Needs raised", "needs", COUNT, NEITHER, false, DECISIONS,
                "the number of needs raised", "the number of needs raised was");
        run("arrival_rate", "Needs raised per day", "needs", NUMBER, NEITHER, false, DECISIONS,
                "the number of needs raised per day", "needs raised per day were");
        run("decided_share_<level>", "Decisions taken here (share)", "share", SHARE, NEITHER, false, DECISIONS, "", "");
        run("utilization_<role>", "Utilisation, deciding and meetings (share of hours)", "share", SHARE, LOWER, false,
                DECISIONS, "", "");
        run("holder_share", "Decided by the holder of the right (share of needs raised)", "share", SHARE, HIGHER, false,
                DECISIONS, "the share of needs decided by the holder of the right",
                "the share of needs decided by the holder of the right was");
        run("meeting_share_<role>", "Time in meetings (share of hours)", "share", SHARE, NEITHER, false, DECISIONS, "",
                "");
        run("queue_mean_<level>", "Needs waiting here, mean", "needs", NUMBER, LOWER, false, DECISIONS, "", "");
        run("latency_mean_at_<level>", "Time to decision of needs decided here, mean (days)", "days", TIME, LOWER,
                false, DECISIONS, "", "");
        run("on_time_share_at_<level>", "Decided here by the deadline (share)", "share", SHARE, HIGHER, false,
                DECISIONS, "", "");
        run("latency_mean_in_<domain>", "Time to decision in this domain, mean (days)", "days", TIME, LOWER, false,
                DECISIONS, "", "");
        run("on_time_share_in_<domain>", "Decided by the holder by the deadline in this domain (share)", "share",
                SHARE, HIGHER, false, DECISIONS, "", "");
        // the longer names first: a family's first match wins, and <k> would match "1_share" too
        run("top_wait_desk_<k>_share", "Share of all waiting at the desk of rank k", "share", SHARE, LOWER, false,
                DECISIONS, "", "");
        run("top_wait_desk_<k>_utilization", "Utilisation of the desk of rank k (people only)", "share", SHARE, LOWER,
                false, DECISIONS, "", "");
        run("top_wait_desk_<k>", "Desk with the most waiting (rank k)", "", CATEGORY, NEITHER, false, DECISIONS, "", "");
        run("busiest_desk", "Busiest person", "", CATEGORY, NEITHER, false, DECISIONS, "", "");
        run("busiest_desk_utilization", "Busiest person's utilisation, deciding and meetings (share)", "share", SHARE,
                LOWER, false, DECISIONS, "", "");
        // runs.csv, overload: needs that gave up when their patience ran out -------------------------------------
        run("default_share", "Decided by default, without the right (share of needs raised)", "share", SHARE, LOWER,
                true, OVERLOAD, "the share of needs decided by default",
                "the share of needs decided by default (by whoever raised them, without the right) was");
        run("lapse_share", "Lapsed unmet (share of needs raised)", "share", SHARE, LOWER, true, OVERLOAD,
                "the share of needs that lapsed unmet", "the share of needs that lapsed unmet was");
        run("reroute_share", "Rerouted to another holder (share of needs raised)", "share", SHARE, NEITHER, false,
                OVERLOAD, "the share of needs rerouted", "the share of needs rerouted to another holder was");
        run("needs_defaulted", "Needs decided by default", "needs", COUNT, LOWER, false, OVERLOAD, "", "");
        run("needs_lapsed", "Needs lapsed unmet", "needs", COUNT, LOWER, false, OVERLOAD, "", "");
        run("default_quality_mean", "Quality of decisions by default, mean (0 to 1)", "", NUMBER, HIGHER, false,
                OVERLOAD, "", "");
        run("default_share_at_<level>", "Decided by default after waiting here (share of needs raised)", "share",
                SHARE, LOWER, false, OVERLOAD, "", "");
        run("lapse_share_at_<level>", "Lapsed after waiting here (share of needs raised)", "share", SHARE, LOWER, false,
                OVERLOAD, "", "");
        run("reroute_share_at_<level>", "Rerouted from here (share of needs raised)", "share", SHARE, NEITHER, false,
                OVERLOAD, "", "");
        run("wait_share_<level>", "Waiting here (share of all waiting)", "share", SHARE, LOWER, false, DECISIONS, "", "");
        // runs.csv, innovation ----------------------------------------------------------------------------------
        run("adoption_final", "Staff using new practices at the end (share)", "share", SHARE, HIGHER, true, INNOVATION,
                "the share of staff using new practices at the end",
                "the share of staff using new practices at the end was");
        for (String count : List.of("innovations_invented", "innovations_tried", "innovations_kept", "innovations_spread",
                "smart_failures", "trials_refused", "trials_expired", "adoption_trials", "adoptions", "abandonments",
                "stops_refused", "declined_on_evidence", "mandates", "mandate_lapses")) {
            run(count, sentence(count), "", COUNT, NEITHER, false, INNOVATION, "", "");
        }
        run("adoption_days_to_half", "Days for a practice to reach half the staff", "days", TIME, LOWER, false,
                INNOVATION, "", "");
        run("adopted_good_share", "Practice use on good practices (share)", "share", SHARE, HIGHER, false, INNOVATION,
                "", "");
        run("good_practices_per_staff", "Good practices in use per staff member", "", NUMBER, HIGHER, false,
                INNOVATION, "", "");
        run("practice_quality_mean", "Practice quality, mean (0 to 1)", "", NUMBER, HIGHER, false, INNOVATION, "", "");
        run("contagion_adopters_final", "Seeded practice's users at the end", "people", COUNT, NEITHER, false,
                INNOVATION, "", "");
        run("contagion_share_final", "Seeded practice's users at the end (share)", "share", SHARE, NEITHER, false,
                INNOVATION, "", "");
        run("contagion_days_to_full", "Days for the seeded practice to reach everyone", "days", TIME, NEITHER, false,
                INNOVATION, "", "");
        // runs.csv, reform --------------------------------------------------------------------------------------
        run("implementation_final", "Reform implementation at the end (0 to 1)", "", NUMBER, HIGHER, true, REFORM,
                "reform implementation at the end", "reform implementation at the end was");
        add(new Measure("reform_survival_days", "runs", "Reform survival after the champion left (days)", "days",
                CENSORED_TIME, HIGHER, false, REFORM, "how long reforms lasted", "reforms lasted", "reform_censored"));
        run("reform_censored", "Reform still running at the end (1) or not (0)", "", NUMBER, NEITHER, false, REFORM,
                "", "");
        run("reform_death_day", "Day the reform died", "days", TIME, NEITHER, false, REFORM, "", "");
        run("champion_departure_day", "Day the reform's champion left", "days", TIME, NEITHER, false, REFORM, "", "");
        run("reform_cancelled", "Reform cancelled by a successor (1) or not (0)", "", NUMBER, LOWER, false, REFORM,
                "", "");
        run("reform_start_day", "Day the reform started", "days", TIME, NEITHER, false, REFORM, "", "");
        // runs.csv, people and students -------------------------------------------------------------------------
        run("departures", "Staff departures", "people", COUNT, LOWER, false, TURNOVER, "", "");
        run("tenure_under_2y_share_<role>", "Staff in post under two years (share)", "share", SHARE, LOWER, false,
                TURNOVER, "", "");
        run("growth_mean", "Students' learning growth, mean (years a year)", "years", NUMBER, HIGHER, false,
                STUDENT_GROWTH, "", "");
        run("equity_gap", "Growth gap, other students less high-need students (years a year)", "years", NUMBER, LOWER,
                false, STUDENT_GROWTH, "", "");

        // runs.csv, the Garbage Can mode (Cohen, March and Olsen 1972; docs/replication-garbage-can.md) ---------
        run("resolution", "Choices made by resolution", "choices", COUNT, NEITHER, true, GARBAGE_CAN, "", "");
        run("oversight", "Choices made by oversight", "choices", COUNT, NEITHER, true, GARBAGE_CAN, "", "");
        run("flight", "Choices made by flight", "choices", COUNT, NEITHER, true, GARBAGE_CAN, "", "");
        run("choices_made", "Choices made", "choices", COUNT, NEITHER, false, GARBAGE_CAN, "", "");
        run("choices_unmade", "Choices never made", "choices", COUNT, LOWER, true, GARBAGE_CAN, "", "");
        run("problems_unsolved", "Problems never solved", "problems", COUNT, LOWER, true, GARBAGE_CAN, "", "");
        run("problem_activity", "Problem activity (problem-periods attached to a choice)", "", COUNT, NEITHER, false,
                GARBAGE_CAN, "", "");
        run("problem_latency", "Problem latency (problem-periods attached to no choice)", "", COUNT, LOWER, false,
                GARBAGE_CAN, "", "");
        run("problem_shifts", "Problem shifts between choices", "", COUNT, NEITHER, false, GARBAGE_CAN, "", "");
        run("dm_activity", "Decision-maker activity (periods at a choice)", "", COUNT, NEITHER, false, GARBAGE_CAN, "",
                "");
        run("dm_shifts", "Decision-maker shifts between choices", "", COUNT, NEITHER, false, GARBAGE_CAN, "", "");
        run("joint_shifts", "A problem and a decision maker moving to the same choice together", "", COUNT, NEITHER,
                false, GARBAGE_CAN, "", "");
        run("energy_spent", "Energy spent", "", NUMBER, NEITHER, false, GARBAGE_CAN, "", "");
        run("energy_reserve", "Energy unused", "", NUMBER, NEITHER, false, GARBAGE_CAN, "", "");
        run("energy_wasted", "Energy wasted (spent on choices never made)", "", NUMBER, LOWER, true, GARBAGE_CAN, "",
                "");
        run("choice_active_periods", "Choice-periods open", "", COUNT, NEITHER, false, GARBAGE_CAN, "", "");
        for (String port : List.of("port_resolutions", "port_oversights", "port_flights", "port_quickies")) {
            run(port, "The public port's counter: " + port.substring(5), "", COUNT, NEITHER, false, GARBAGE_CAN, "", "");
        }

        // daily series ------------------------------------------------------------------------------------------
        series("day", "School day (1 is the first)", "days", COUNT, DECISIONS);
        series("queue_<level>", "Needs waiting at the end of the day", "needs", COUNT, DECISIONS);
        series("utilization_<role>", "Utilisation that day, deciding and meetings (share of hours)", "share", SHARE,
                DECISIONS);
        series("decided_<level>", "Decisions taken that day", "needs", COUNT, DECISIONS);
        series("latency_mean", "Time to decision of needs decided that day, mean (days)", "days", TIME, DECISIONS);
        // per school of a district, in series_long.csv.gz only (unit: the school); the columns above of
        // the same name (gave_up, latency_mean, implementation, reform_alive) are measured per school too
        series("waiting", "Needs of the school waiting at the end of the day, at any desk", "needs", COUNT, DECISIONS);
        series("decisions", "Needs of the school decided that day by a holder of the right", "needs", COUNT,
                DECISIONS);
        series("gave_up", "Needs whose patience ran out that day (by default or lapsed)", "needs", COUNT, OVERLOAD);
        series("adoption", "Staff using new practices (share)", "share", SHARE, INNOVATION);
        series("adoption_good", "Staff using good new practices (share)", "share", SHARE, INNOVATION);
        series("practice_quality_mean", "Practice quality, mean (0 to 1)", "", NUMBER, INNOVATION);
        series("contagion_share", "Seeded practice's users (share)", "share", SHARE, INNOVATION);
        series("implementation", "Reform implementation (0 to 1)", "", NUMBER, REFORM);
        series("implementation_share", "Staff implementing the reform (share)", "share", SHARE, REFORM);
        series("reform_alive", "Reform alive (1) or dead (0)", "", NUMBER, REFORM);
        series("staff_present", "Staff in post", "people", COUNT, TURNOVER);
        series("staff_novice_share", "Staff in their first year (share)", "share", SHARE, TURNOVER);
        series("posts_vacant", "Posts vacant", "posts", COUNT, TURNOVER);
    }

    private Catalogue() {}

    private static void run(String name, String label, String unit, Kind kind, Better better, boolean headline,
                            Mechanism mechanism, String noun, String phrase) {
        add(new Measure(name, "runs", label, unit, kind, better, headline, mechanism, noun, phrase, ""));
    }

    private static void series(String name, String label, String unit, Kind kind, Mechanism mechanism) {
        add(new Measure(name, "series", label, unit, kind, NEITHER, false, mechanism, "", "", ""));
    }

    private static void add(Measure measure) {
        ALL.add(measure);
    }

    /** "innovations_kept" as "Innovations kept". */
    private static String sentence(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every measure of one file ({@code runs} or {@code series}), in catalogue order. */
    public static List<Measure> of(String file) {
        return ALL.stream().filter(m -> m.file().equals(file)).toList();
    }

    /** The measure a runs.csv column is (single columns before families), if the catalogue knows it. */
    public static Optional<Measure> run(String column) {
        return find("runs", column);
    }

    /** The measure a daily series column is, if the catalogue knows it. */
    public static Optional<Measure> series(String column) {
        return find("series", column);
    }

    private static Optional<Measure> find(String file, String column) {
        for (Measure m : ALL) {
            if (m.file().equals(file) && !m.isFamily() && m.matches(column)) {
                return Optional.of(m);
            }
        }
        for (Measure m : ALL) {
            if (m.file().equals(file) && m.isFamily() && m.matches(column)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The headline measures, in catalogue order. */
    public static List<Measure> headline() {
        return ALL.stream().filter(Measure::headline).toList();
    }

    /**
     * Whether a scenario measures a column: its mechanism is on. Columns the catalogue does not
     * know are taken as measured (a new metric of the model is written until it is catalogued).
     */
    public static boolean measured(String file, String column, Scenario scenario) {
        return find(file, column).map(m -> m.mechanism().on(scenario)).orElse(true);
    }

    /** The columns a scenario measures, in their own order. */
    public static List<String> measuredColumns(String file, Collection<String> columns, Scenario scenario) {
        return columns.stream().filter(c -> measured(file, c, scenario)).toList();
    }

    /** Whether a runs.csv column holds text (a category) rather than numbers. */
    public static boolean isCategory(String column) {
        return run(column).map(m -> m.kind() == CATEGORY).orElse(false);
    }
}
