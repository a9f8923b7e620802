package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;

/** A school's tile by the needs waiting in it now: at every desk of the school and on its own bodies' agendas. */
final class QueueTile implements TileMode {
    /**
     * Needs waiting per person of the district's largest school at which a tile is darkest. A
     * Long Beach high school (74 people) has some 30 to 130 needs waiting in the distributed
     * district and 150 to 220 in the hierarchical one: 2.5 a person, rounded up, puts the darkest
     * colour at 200 there, where the hierarchical schools reach it and the distributed ones stay
     * light to middling.
     */
    static final double PER_PERSON = 2.5;
    /** The smallest top of the scale (a district of tiny schools still has a few needs in its tiles). */
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
     * The number of needs waiting at which a tile is the darkest colour in this run. Why this
     * rule: needs waiting grow with the desks a school has, so a fixed top (it was 200, right for
     * Long Beach's high schools) left a district of small schools uniformly pale and saturated a
     * large one. The top follows the size of the district's largest school ({@link #PER_PERSON}
     * needs a person, rounded up to a round number so the legend reads plainly) and not the
     * queues seen so far: it is fixed by the district's structure, never moves during a run (a
     * colour means the same on day 5 and day 150), is the same for the same scenario and seed,
     * and is the same in the distributed and hierarchical variants of one district, which share
     * their people, so their overviews compare colour for colour. The legend says the value.
     */
    static double full(DemoRun run) {
        var org = run.sim().organisation();
        int[] people = new int[Math.max(1, org.schools())];
        for (Person p : org.people()) {
            if (p.school() >= 0 && p.school() < people.length) {
                people[p.school()]++;
            }
        }
        int largest = 0;
        for (int n : people) {
            largest = Math.max(largest, n);
        }
        return roundUp(Math.max(LEAST, PER_PERSON * largest));
    }

    /** Up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten: 185 is 200, 45 is 50, 310 is 400. */
    static double roundUp(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= v - 1e-9) {
                return step * power;
            }
        }
        return 10 * power;
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
        int waiting = 0;
        for (Person p : run.sim().organisation().people()) {
            if (p.school() == school) {
                waiting += flow.queued(p);
            }
        }
        for (Body b : run.sim().organisation().bodies()) {
            if (b.school() == school) {
                waiting += flow.queued(b);
            }
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
