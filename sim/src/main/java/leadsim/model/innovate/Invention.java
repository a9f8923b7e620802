package leadsim.model.innovate;

import ec.util.MersenneTwisterFast;
import java.util.HashMap;
import java.util.Map;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.people.Staff;
import leadsim.scenario.Scenario;

/**
 * Who invents, and when (MODEL.md section 5): each day each staff member invents with
 * probability 1 - exp(-rate / days_per_year), rate = invention_per_year x (f + (1-f) autonomy
 * of her role) x (f + (1-f) psychological safety) x innovativeness / its mean. The new
 * practice's true value is drawn from {@code value}.
 */
final class Invention implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** What becomes of a new practice (the inventor asks to try it). */
    interface Inventor {
        void invented(int member, double value, double now);
    }

    private final Scenario scenario;
    private final Scenario.Innovation spec;
    private final Organisation org;
    private final Staff staff;
    private final DecisionFlow flow;
    private final MersenneTwisterFast random;
    private final double daysPerYear;
    private final double[] innovativeness;
    private final Map<String, Double> autonomy = new HashMap<>();
    private double safety;

    Invention(Scenario scenario, Organisation org, Staff staff, DecisionFlow flow, MersenneTwisterFast random) {
        this.scenario = scenario;
        this.spec = scenario.innovation();
        this.org = org;
        this.staff = staff;
        this.flow = flow;
        this.random = random;
        this.daysPerYear = scenario.horizon().daysPerYear();
        this.innovativeness = new double[staff.size()];
        this.safety = scenario.culture().psychologicalSafety();
    }

    void start() {
        for (int i = 0; i < staff.size(); i++) {
            innovativeness[i] = drawInnovativeness();
        }
        refreshAutonomy();
    }

    /** A newcomer brings her own innovativeness. */
    void newcomer(int member) {
        innovativeness[member] = drawInnovativeness();
    }

    private double drawInnovativeness() {
        var in = spec.innovativeness();
        return Math.min(1, Math.max(0.01, in.mean() + in.sd() * random.nextGaussian()));
    }

    /** Autonomy per role from the decision-rights table in force (again after a regime change). */
    void refreshAutonomy() {
        autonomy.clear();
        for (int i = 0; i < staff.size(); i++) {
            autonomy.computeIfAbsent(staff.member(i).role(), r -> Autonomy.of(r, scenario, org, flow));
        }
    }

    void setSafety(double safety) {
        this.safety = safety;
    }

    /** One day of invention. */
    void day(double now, Inventor inventor) {
        double floor = spec.autonomyFloor();
        double safetyTerm = floor + (1 - floor) * safety;
        double perDay = spec.inventionPerYear() / daysPerYear;
        for (int i = 0; i < staff.size(); i++) {
            Person p = staff.member(i);
            double autonomyTerm = floor + (1 - floor) * autonomy.getOrDefault(p.role(), 0.0);
            double rate = perDay * autonomyTerm * safetyTerm * innovativeness[i] / spec.innovativeness().mean();
            if (random.nextDouble() < 1 - Math.exp(-rate)) {
                inventor.invented(i, spec.value().mean() + spec.value().sd() * random.nextGaussian(), now);
            }
        }
    }

    /** A true value for a practice a leader brings (a mandate of something new). */
    double drawValue() {
        return spec.value().mean() + spec.value().sd() * random.nextGaussian();
    }
}
