package leadsim.model.decide;

import ec.util.MersenneTwisterFast;
import java.util.List;
import leadsim.model.Level;
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
    private final AliasTable sourcePicker;
    private final double totalRate;
    private final AliasTable typePicker;
    private final int[] domain;
    private final int[] scope;
    private final double[] deadlineDays;
    private final double[] size;
    /** Fixed patience in days, or NaN; {@link #patienceMean} exponential, or NaN; both NaN: the deadline. */
    private final double patienceFixed;
    private final double patienceMean;

    public NeedArrivals(Scenario.ArrivalStream stream, Scenario scenario, Organisation org, DecisionFlow flow) {
        this.flow = flow;
        this.org = org;
        this.fromStudents = Vocabulary.STUDENT_SOURCE.equals(stream.from());
        double share = stream.highNeed() == null ? 0 : stream.highNeed().share();
        double multiplier = stream.highNeed() == null ? 1 : stream.highNeed().multiplier();
        if (fromStudents) {
            int n = org.students().count();
            sources = null;
            double[] rates = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                rates[i] = stream.ratePerDay() * (org.students().isHighNeed(i, share) ? multiplier : 1);
                sum += rates[i];
            }
            totalRate = sum * scenario.workloadMultiplier();
            sourcePicker = n == 0 ? null : new AliasTable(rates);
        } else {
            List<Person> people = org.peopleOf(org.level(stream.from()));
            sources = people.toArray(Person[]::new);
            double[] rates = new double[sources.length];
            java.util.Arrays.fill(rates, 1.0);
            sourcePicker = sources.length == 0 ? null : new AliasTable(rates);
            totalRate = stream.ratePerDay() * sources.length * scenario.workloadMultiplier();
        }
        List<Scenario.NeedType> mix = stream.mix();
        int k = mix.size();
        double[] weights = new double[k];
        domain = new int[k];
        scope = new int[k];
        deadlineDays = new double[k];
        size = new double[k];
        for (int j = 0; j < k; j++) {
            Scenario.NeedType need = mix.get(j);
            weights[j] = need.weight();
            domain[j] = Vocabulary.DOMAINS.indexOf(need.domain());
            scope[j] = Vocabulary.SCOPES.indexOf(need.scope());
            deadlineDays[j] = need.deadlineDays();
            size[j] = need.size();
        }
        typePicker = new AliasTable(weights);
        Scenario.Patience patience = stream.patience();
        patienceFixed = patience == null || patience.days() == null ? Double.NaN : patience.days();
        patienceMean = patience == null || patience.meanDays() == null ? Double.NaN : patience.meanDays();
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
        int source = sourcePicker.draw(random);
        int type = typePicker.draw(random);
        Person origin;
        int student = -1;
        if (fromStudents) {
            student = source;
            origin = org.students().teacher(student);
        } else {
            origin = sources[source];
        }
        int school = origin.school();
        if (school < 0) {
            // an office matter concerns some school: which one is drawn
            school = random.nextInt(org.schools());
        }
        int team = origin.team();
        if (team < 0 && org.teamsPerSchool() > 0) {
            // a leader's team or classroom matter concerns some team: which one is drawn
            team = random.nextInt(org.teamsPerSchool());
        }
        Need need = new Need(flow.nextSequence(), now, domain[type], scope[type], deadlineDays[type], size[type],
                origin, student, school, team, flow.holders(domain[type], scope[type]));
        if (!Double.isNaN(patienceFixed)) {
            need.patienceDays = patienceFixed;
        } else if (!Double.isNaN(patienceMean) && flow.impatient()) {
            need.patienceDays = -patienceMean * Math.log(1.0 - random.nextDouble());
        }
        flow.raise(need);
        state.schedule.scheduleOnce(now + nextGap(random), DecisionFlow.ORDER_FLOW, this);
    }

    public double totalRate() {
        return totalRate;
    }
}
