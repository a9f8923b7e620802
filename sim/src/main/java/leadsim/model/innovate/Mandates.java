package leadsim.model.innovate;

import leadsim.model.Person;
import leadsim.model.people.Staff;

/**
 * A leader mandates a practice for everyone in the school, or the central office for everyone in
 * every school of the district (one practice shared by all): nominal
 * adoption at once, at low fidelity, which fades each day by e^(-fade/days_per_year) unless
 * the leader reinforces it (back to the mandated fidelity every {@code reinforce_every_days});
 * below fidelity 0.05 the nominal use lapses. Mandated users do not evaluate: they did not choose.
 */
final class Mandates implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final double LAPSE = 0.05;

    private final Innovation innovation;
    private final Staff staff;
    private final double fadePerDay;
    int mandates;
    int lapsed;

    Mandates(Innovation innovation, Staff staff, double fadePerYear, double daysPerYear) {
        this.innovation = innovation;
        this.staff = staff;
        this.fadePerDay = fadePerYear / daysPerYear;
    }

    void mandate(Practice practice, double fidelity, double reinforceEvery, double now) {
        mandates++;
        practice.kept = true;
        practice.mandateFidelity = fidelity;
        practice.reinforceEvery = reinforceEvery;
        practice.lastReinforced = now;
        for (int i = 0; i < staff.size(); i++) {
            Person p = staff.member(i);
            boolean inScope = practice.school == Practice.DISTRICT ? p.school() >= 0 : p.school() == practice.school;
            if (inScope && practice.state[i] != Practice.USER) {
                innovation.adopt(practice, i, fidelity, true);
            }
        }
    }

    /** One day of fading, and reinforcement where it is due. */
    void day(Practice practice, double now) {
        if (practice.mandateFidelity <= 0) {
            return;
        }
        boolean reinforce = practice.reinforceEvery > 0 && now - practice.lastReinforced >= practice.reinforceEvery - 1e-9;
        if (reinforce) {
            practice.lastReinforced = now;
        }
        double fade = Math.exp(-fadePerDay);
        for (int i = 0; i < staff.size(); i++) {
            if (!practice.mandated[i] || practice.state[i] != Practice.USER) {
                continue;
            }
            practice.fidelity[i] = reinforce ? practice.mandateFidelity : practice.fidelity[i] * fade;
            if (practice.fidelity[i] < LAPSE) {
                lapsed++;
                innovation.drop(practice, i);
            }
        }
    }
}
