package leadsim.model.innovate;

import ec.util.MersenneTwisterFast;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.decide.Need;
import leadsim.model.decide.NeedListener;
import leadsim.model.people.Staff;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;
import sim.engine.Schedule;

/**
 * A trial of a practice (MODEL.md section 5). Asking to try it is a need about a change of
 * practice, routed by the decision rights like every other need: where the teacher holds the
 * right and does not escalate, she decides it herself at her own desk; otherwise it waits for
 * an approver, who refuses with probability {@code refusal}; an answer after the deadline
 * comes too late and the idea is dropped. An approved trial runs for {@code days} and yields
 * a signal: the true value plus normal noise with sd {@code signal_noise} x (1 - sharpens x
 * expertise). Kept when the evidence the teacher sees is not negative; otherwise a smart
 * failure, which closes a little of her expertise gap. Stopping a practice in use is a change
 * of practice as well, and waits for the same approval.
 */
final class Trials implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int ORDER_VERDICT = 6;

    private final Innovation innovation;
    private final Staff staff;
    private final DecisionFlow flow;
    private final Schedule schedule;
    private final MersenneTwisterFast random;
    private final Scenario.Innovation spec;
    private final int domain;
    private final int scope;
    private final double cap;

    int inventorTrials;
    int adopterTrials;
    int refused;
    int expired;
    int smartFailures;
    int stopsRefused;

    Trials(Innovation innovation, Staff staff, DecisionFlow flow, Schedule schedule, MersenneTwisterFast random,
           Scenario scenario) {
        this.innovation = innovation;
        this.staff = staff;
        this.flow = flow;
        this.schedule = schedule;
        this.random = random;
        this.spec = scenario.innovation();
        this.domain = Vocabulary.DOMAINS.indexOf(spec.trial().domain());
        this.scope = Vocabulary.SCOPES.indexOf(spec.trial().scope());
        this.cap = scenario.learning().cap();
    }

    /** The member asks to try the practice. */
    void request(Practice practice, int member) {
        Person person = staff.member(member);
        practice.state[member] = Practice.PENDING;
        int generation = person.generation();
        NeedListener answer = (Need need, Level level, Person decider, double quality, double now) -> {
            if (person.generation() != generation || practice.state[member] != Practice.PENDING) {
                return; // she left, or the practice was mandated meanwhile
            }
            if (level == null || now > need.deadline()) { // lapsed unanswered, or answered too late
                expired++;
                practice.state[member] = Practice.DROPPED;
            } else if (decider != person && random.nextDouble() < spec.trial().refusal()) {
                refused++;
                practice.state[member] = Practice.DROPPED;
            } else {
                begin(practice, member, generation);
            }
        };
        flow.request(person, domain, scope, spec.trial().deadlineDays(), spec.trial().size(), person.team(), answer);
    }

    /**
     * A user whose evidence turned against the practice asks to stop: stopping is a change of
     * practice too, routed like a trial. Until the answer she goes on using it; a refusal or
     * an answer after the deadline means she goes on (and may ask again at a later review).
     */
    void requestStop(Practice practice, int member) {
        Person person = staff.member(member);
        practice.leaving[member] = true;
        int generation = person.generation();
        NeedListener answer = (Need need, Level level, Person decider, double quality, double now) -> {
            if (person.generation() != generation || practice.state[member] != Practice.USER || !practice.leaving[member]) {
                return;
            }
            practice.leaving[member] = false;
            if (level == null || now > need.deadline() || (decider != person && random.nextDouble() < spec.trial().refusal())) {
                stopsRefused++;
            } else {
                innovation.abandon(practice, member);
            }
        };
        flow.request(person, domain, scope, spec.trial().deadlineDays(), spec.trial().size(), person.team(), answer);
    }

    private void begin(Practice practice, int member, int generation) {
        practice.state[member] = Practice.TRIAL;
        if (innovation.isInventor(practice, member)) {
            inventorTrials++;
        } else {
            adopterTrials++;
        }
        Person person = staff.member(member);
        schedule.scheduleOnce(schedule.getTime() + spec.trial().days(), ORDER_VERDICT, state -> {
            if (person.generation() == generation && practice.state[member] == Practice.TRIAL) {
                verdict(practice, member);
            }
        });
    }

    private void verdict(Practice practice, int member) {
        practice.addSignal(member, signal(practice, member));
        if (innovation.estimate(practice, member) >= 0) {
            innovation.adopt(practice, member, 1.0, false);
        } else {
            smartFailures++;
            practice.state[member] = Practice.DROPPED;
            staff.member(member).learn(domain, spec.failureLearning(), cap);
        }
    }

    /** One noisy reading of the practice's value by this member. */
    double signal(Practice practice, int member) {
        double expertise = staff.member(member).expertise(domain);
        double sd = spec.signalNoise() * (1 - spec.expertiseSharpens() * expertise);
        return practice.value + sd * random.nextGaussian();
    }

    int domain() {
        return domain;
    }
}
