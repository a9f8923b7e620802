package leadsim.model.innovate;

/**
 * One practice: a true value nobody sees (good when above 0), where it was born, and for every
 * staff member whether they use it, with what fidelity, and what evidence they hold. Evidence
 * is a sum and a count of noisy signals; the school's pool holds every signal anyone took.
 */
final class Practice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    static final byte NONE = 0;
    static final byte PENDING = 1;
    static final byte TRIAL = 2;
    static final byte USER = 3;
    /** The school of a practice the district mandated in every school. */
    static final int DISTRICT = -2;
    static final byte DROPPED = 4;

    final int id;
    final double value;
    final boolean good;
    /** The school it belongs to, or {@link #DISTRICT} once a district-wide mandate took it up. */
    int school;
    final int inventorTeam;
    final double bornDay;
    /** Planted by the scenario's contagion seeds: spreads by the contagion rule alone. */
    final boolean seeded;
    /** Staff index of the inventor, or -1 (seeded, or mandated by a leader). */
    final int inventor;

    final byte[] state;
    final double[] fidelity;
    final boolean[] mandated;
    final double[] ownSum;
    final int[] ownCount;
    /** A user who has asked to stop (a change of practice too) and waits for the answer. */
    final boolean[] leaving;
    double poolSum;
    int poolCount;
    int users;
    boolean kept;
    boolean spreadBeyondTeam;
    double halfDay = Double.NaN;
    double fullDay = Double.NaN;
    // a mandate: fidelity it is held at, and how often leaders reinforce it (0 = never)
    double mandateFidelity;
    double reinforceEvery;
    double lastReinforced;

    Practice(int id, double value, int school, int inventor, int inventorTeam, double bornDay, boolean seeded, int staff) {
        this.inventor = inventor;
        this.id = id;
        this.value = value;
        this.good = value > 0;
        this.school = school;
        this.inventorTeam = inventorTeam;
        this.bornDay = bornDay;
        this.seeded = seeded;
        this.state = new byte[staff];
        this.fidelity = new double[staff];
        this.mandated = new boolean[staff];
        this.ownSum = new double[staff];
        this.ownCount = new int[staff];
        this.leaving = new boolean[staff];
    }

    boolean uses(int member) {
        return state[member] == USER;
    }

    /** Records a signal a member took, in their own evidence and the school's pool. */
    void addSignal(int member, double signal) {
        ownSum[member] += signal;
        ownCount[member]++;
        poolSum += signal;
        poolCount++;
    }

    /** The member stops using or considering the practice and forgets it (a leaver). */
    void forget(int member) {
        if (state[member] == USER) {
            users--;
        }
        state[member] = NONE;
        leaving[member] = false;
        fidelity[member] = 0;
        mandated[member] = false;
        ownSum[member] = 0;
        ownCount[member] = 0;
    }
}
