package leadsim.demo.lesson;

import java.util.ArrayList;
import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.LiveParameters;
import leadsim.demo.feed.DailySeries;
import leadsim.demo.feed.SchoolDays;
import leadsim.demo.feed.SlowColumns;
import leadsim.model.Level;
import leadsim.model.SchoolSim;

/**
 * The measures a lesson's claims may name, each a value per school day of a run:
 * {@code latency}, {@code needs_raised}, {@code escalations}, {@code gave_up} (needs whose
 * patience ran out: decided by default or lapsed), {@code queue_total},
 * {@code queue_<role or body>}, {@code arriving_<role or body>}, {@code psychological_safety},
 * {@code transparency}, and the model's own daily columns (such as {@code adoption},
 * {@code implementation}, {@code reform_alive}). A claim about one school of a district
 * ({@code school:}) may name {@code latency}, {@code needs_raised}, {@code queue_total},
 * {@code queue_<role or body of the school>}, {@code implementation},
 * {@code implementation_share} and {@code reform_alive}, each the school's own, and
 * {@code commitment} (its staff's mean commitment, which, unlike {@code implementation}, goes
 * on after the reform ended there).
 */
final class LessonMeasures {
    static final String QUEUE = "queue_";
    static final String ARRIVING = "arriving_";

    private LessonMeasures() {}

    /** Every measure this run offers, for the message that lists what is allowed. */
    static List<String> names(DemoRun run) {
        SchoolSim sim = started(run);
        List<String> out = new ArrayList<>(List.of("latency", "needs_raised", "escalations", "gave_up", "queue_total",
                LiveParameters.SAFETY, LiveParameters.TRANSPARENCY));
        for (Level level : sim.organisation().levels()) {
            out.add(QUEUE + level.name());
        }
        for (Level level : sim.organisation().levels()) {
            out.add(ARRIVING + level.name());
        }
        out.addAll(sim.slowSeries().names());
        return out;
    }

    static boolean known(DemoRun run, String measure) {
        return names(run).contains(measure);
    }

    /** Every measure of one school of this district run, for the message that lists what is allowed. */
    static List<String> namesInSchool(DemoRun run) {
        SchoolSim sim = started(run);
        List<String> out = new ArrayList<>(List.of("latency", "needs_raised", "queue_total"));
        for (Level level : sim.organisation().levels()) {
            boolean schoolRole = !level.isBody() && !level.isOffice();
            boolean schoolBody = level.isBody() && sim.organisation().bodies().stream()
                    .anyMatch(b -> b.level() == level && b.school() >= 0);
            if (schoolRole || schoolBody) {
                out.add(QUEUE + level.name());
            }
        }
        if (run.loaded().scenario().reform().enabled()) {
            out.addAll(List.of("implementation", "implementation_share", "reform_alive", "commitment"));
        }
        return out;
    }

    /**
     * The measure of one school of a district on day 1 .. the last completed day, from the
     * school's own days; the name must be one of {@link #namesInSchool}.
     */
    static double[] dailyInSchool(DemoRun run, String measure, int school) {
        SchoolDays s = run.schoolDays();
        switch (measure) {
            case "latency":
                return s.latencyByDay(school);
            case "needs_raised":
                return s.raisedByDay(school);
            case "queue_total":
                return s.queueTotalByDay(school);
            case "implementation":
                return s.implementationByDay(school);
            case "implementation_share":
                return s.implementationShareByDay(school);
            case "reform_alive":
                return s.aliveByDay(school);
            case "commitment":
                return s.commitmentByDay(school);
            default:
                break;
        }
        for (Level level : s.levels()) {
            if (measure.equals(QUEUE + level.name())) {
                return s.queueByDay(school, level);
            }
        }
        throw new IllegalArgumentException("not a measure of one school: " + measure);
    }

    /**
     * The measure on day 1 .. the last completed day (index d is school day d + 1); latency is
     * NaN on a day when nothing was decided.
     */
    static double[] daily(DemoRun run, String measure) {
        DailySeries s = run.series();
        switch (measure) {
            case "latency":
                return s.latencyByDay();
            case "needs_raised":
                return s.raisedByDay();
            case "escalations":
                return s.escalationsByDay();
            case "gave_up":
                return s.gaveUpByDay();
            case LiveParameters.SAFETY:
                return s.cultureByDay(0);
            case LiveParameters.TRANSPARENCY:
                return s.cultureByDay(1);
            case "queue_total": {
                double[] sum = new double[s.days()];
                for (Level level : s.levels()) {
                    double[] q = s.queueByDay(level);
                    for (int d = 0; d < sum.length; d++) {
                        sum[d] += q[d];
                    }
                }
                return sum;
            }
            default:
                break;
        }
        for (Level level : s.levels()) {
            if (measure.equals(QUEUE + level.name())) {
                return s.queueByDay(level);
            }
            if (measure.equals(ARRIVING + level.name())) {
                return s.arrivingByDay(level);
            }
        }
        return SlowColumns.column(run, measure);
    }

    /** The run's model once started; before that, a throwaway copy started to read its names. */
    private static SchoolSim started(DemoRun run) {
        if (run.sim().decisionFlow() != null) {
            return run.sim();
        }
        SchoolSim copy = new SchoolSim(1, run.loaded().scenario(), false);
        copy.start();
        return copy;
    }
}
