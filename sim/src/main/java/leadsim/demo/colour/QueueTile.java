package leadsim.demo.colour;

import java.awt.Color;
import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;

/** A school's tile by the needs waiting in it now: at every desk of the school and on its own bodies' agendas. */
final class QueueTile implements TileMode {
    /**
     * A tile is darkest when its school has this many days of its own needs waiting (the needs
     * its students and staff raise in that many school days, on average). Long Beach's high
     * schools raise about 110 needs a day each and have some 30 to 130 waiting in the distributed
     * district, 150 to 220 in the hierarchical one: two days' worth, to the nearest round number,
     * puts the darkest colour at 200 there, as before, where the hierarchical schools reach it
     * and the distributed ones stay light to middling.
     */
    static final double DAYS = 2;
    /** The smallest top of the scale (a district whose schools raise hardly any needs). */
    static final double LEAST = 10;

    @Override
    public String id() {
        return "queue";
    }

    @Override
    public ColourMode.Legend legend(DemoRun run) {
        return new ColourMode.Legend("Schools: needs waiting in the school", ColourRamp.HEAT, "0", (int) full(run) + "+");
    }

    /**
     * The number of needs waiting at which a tile is the darkest colour in this run: {@link #DAYS}
     * days of the needs the district's busiest school raises, to the nearest round number so the
     * legend reads plainly. Why this rule: how many needs wait in a school grows with how many it
     * raises (its students above all, and its staff), so a fixed top (it was 200, right for Long
     * Beach's high schools) left a district of small schools uniformly pale and saturated a large
     * one. The top follows the scenario's arrival rates and the district's people and students,
     * not the queues seen so far: it is fixed when the run starts, never moves during it (a colour
     * means the same on day 5 and day 150), is the same for the same scenario and seed, and the
     * same in the distributed and hierarchical variants of one district, which share their
     * people, students and arrivals, so their overviews compare colour for colour. The legend
     * says the value.
     */
    static double full(DemoRun run) {
        // every tile of every frame asks, and the rule reads every student: once per run start
        // (a restart builds a new organisation, which the cache then holds instead)
        return TOPS.computeIfAbsent(run.sim().organisation(), org -> top(run.sim().scenario(), org));
    }

    /** The top of the scale for the organisation a run started with (weak keys: a finished run's goes with it). */
    private static final java.util.Map<Organisation, Double> TOPS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static double top(Scenario scenario, Organisation organisation) {
        double[] perDay = needsPerDay(scenario, organisation);
        double busiest = 0;
        for (double v : perDay) {
            busiest = Math.max(busiest, v);
        }
        return round(Math.max(LEAST, DAYS * busiest));
    }

    /**
     * The needs each school raises a day on average, as {@code NeedArrivals} draws them: a
     * student stream's rate for each student (times the high-need multiplier for the high-need
     * ones) in the student's teacher's school, a role stream's for each holder of the role in
     * theirs, an office holder's spread evenly over the schools (an office matter concerns a
     * school drawn at random); all times the scenario's workload multiplier.
     */
    static double[] needsPerDay(Scenario scenario, Organisation org) {
        int schools = Math.max(1, org.schools());
        double[] out = new double[schools];
        for (Scenario.ArrivalStream stream : scenario.arrivals()) {
            double rate = stream.ratePerDay() == null ? 0 : stream.ratePerDay() * scenario.workloadMultiplier();
            if (Vocabulary.STUDENT_SOURCE.equals(stream.from())) {
                double share = stream.highNeed() == null ? 0 : stream.highNeed().share();
                double multiplier = stream.highNeed() == null ? 1 : stream.highNeed().multiplier();
                for (int i = 0; i < org.students().count(); i++) {
                    add(out, org.students().teacher(i).school(), rate * (org.students().isHighNeed(i, share) ? multiplier : 1));
                }
            } else {
                Level level = org.level(stream.from());
                for (Person p : level == null ? List.<Person>of() : org.peopleOf(level)) {
                    add(out, p.school(), rate);
                }
            }
        }
        return out;
    }

    private static void add(double[] perSchool, int school, double rate) {
        if (school >= 0 && school < perSchool.length) {
            perSchool[school] += rate;
        } else {
            for (int s = 0; s < perSchool.length; s++) {
                perSchool[s] += rate / perSchool.length;
            }
        }
    }

    /** The nearest of 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten (the larger on a tie): 220 is 200, 48 is 50, 230 is 250. */
    static double round(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        double best = power;
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            double candidate = step * power;
            if (Math.abs(candidate - v) <= Math.abs(best - v) + 1e-9) {
                best = candidate;
            }
        }
        return best;
    }

    /** A tile's colour for this many needs waiting on a scale whose darkest colour is at {@code full}. */
    static Color colour(double waiting, double full) {
        return ColourRamp.HEAT.at(waiting / full);
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public double value(DemoRun run, int school) {
        var flow = run.sim().decisionFlow();
        if (flow == null) {
            return 0;
        }
        Organisation org = run.sim().organisation();
        if (school < 0 || school >= org.schools()) {
            return 0; // no desk is in a school that does not exist
        }
        int waiting = 0;
        for (Person p : org.peopleIn(school)) {
            waiting += flow.queued(p);
        }
        for (Body b : org.bodiesIn(school)) {
            waiting += flow.queued(b);
        }
        return waiting;
    }

    @Override
    public Color fill(DemoRun run, int school) {
        return colour(value(run, school), full(run));
    }

    @Override
    public String words(DemoRun run, int school) {
        int n = (int) value(run, school);
        return n + (n == 1 ? " need waiting" : " needs waiting");
    }
}
