package leadsim.model.decide;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One stream of needs as a single Poisson process: the superposition of every source's own
 * process (rate = sum of the sources' rates), each arrival then attributed to a source in
 * proportion to its rate. Exactly equivalent to one process per student, at a fraction of the
 * events.
 */
public final class NeedArrivals implements Steppable {
    private static final long serialVersionUID = 1L;

    private final DecisionFlow flow;
    private final Organisation org;
    private final boolean fromStudents;
    private final Person[] sources;
    private final double[] sourceCumulative;
    private final double totalRate;
    private final double[] mixCumulative;
    private final int[] domain;
    private final int[] scope;
    private final double[] deadlineDays;
    private final double[] size;

    public NeedArrivals(Scenario.ArrivalStream stream, Scenario scenario, Organisation org, DecisionFlow flow) {
        this.flow = flow;
        this.org = org;
        this.fromStudents = Vocabulary.STUDENT_SOURCE.equals(stream.from());
        double share = stream.highNeed() == null ? 0 : stream.highNeed().share();
        double multiplier = stream.highNeed() == null ? 1 : stream.highNeed().multiplier();
        if (fromStudents) {
            int n = org.students().count();
            sources = null;
            sourceCumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += stream.ratePerDay() * (org.students().isHighNeed(i, share) ? multiplier : 1);
                sourceCumulative[i] = sum;
            }
            totalRate = sum;
        } else {
            List<Person> people = org.peopleOf(org.level(stream.from()));
            sources = people.toArray(Person[]::new);
            sourceCumulative = new double[sources.length];
            for (int i = 0; i < sources.length; i++) {
                sourceCumulative[i] = stream.ratePerDay() * (i + 1);
            }
            totalRate = stream.ratePerDay() * sources.length;
        }
        List<Scenario.NeedType> mix = stream.mix();
        int k = mix.size();
        mixCumulative = new double[k];
        domain = new int[k];
        scope = new int[k];
        deadlineDays = new double[k];
        size = new double[k];
        double sum = 0;
        for (int j = 0; j < k; j++) {
            Scenario.NeedType need = mix.get(j);
            sum += need.weight();
            mixCumulative[j] = sum;
            domain[j] = Vocabulary.DOMAINS.indexOf(need.domain());
            scope[j] = Vocabulary.SCOPES.indexOf(need.scope());
            deadlineDays[j] = need.deadlineDays();
            size[j] = need.size();
        }
    }

    /** Schedules the first arrival; a stream with no sources or zero rate stays silent. */
    public void start(Schedule schedule, MersenneTwisterFast random) {
        if (totalRate > 0) {
            schedule.scheduleOnce(nextGap(random), DecisionFlow.ORDER_FLOW, this);
        }
    }

    private double nextGap(MersenneTwisterFast random) {
        return -Math.log(1.0 - random.nextDouble()) / totalRate;
    }

    @Override
    public void step(SimState state) {
        MersenneTwisterFast random = state.random;
        double now = state.schedule.getTime();
        int source = pick(sourceCumulative, random.nextDouble() * totalRate);
        int type = pick(mixCumulative, random.nextDouble() * mixCumulative[mixCumulative.length - 1]);
        Person origin;
        int student = -1;
        if (fromStudents) {
            student = source;
            origin = org.students().teacher(student);
        } else {
            origin = sources[source];
        }
        int team = origin.team();
        if (team < 0 && org.teamsPerSchool() > 0) {
            // a leader's team or classroom matter concerns some team: which one is drawn
            team = random.nextInt(org.teamsPerSchool());
        }
        Need need = new Need(flow.nextSequence(), now, domain[type], scope[type], deadlineDays[type], size[type],
                origin, student, origin.school(), team,
                flow.holders(domain[type], scope[type]));
        flow.raise(need);
        state.schedule.scheduleOnce(now + nextGap(random), DecisionFlow.ORDER_FLOW, this);
    }

    /** Index of the first cumulative weight above {@code u}. */
    private static int pick(double[] cumulative, double u) {
        int at = Arrays.binarySearch(cumulative, u);
        at = at < 0 ? -at - 1 : at + 1;
        return Math.min(at, cumulative.length - 1);
    }

    public double totalRate() {
        return totalRate;
    }
}
