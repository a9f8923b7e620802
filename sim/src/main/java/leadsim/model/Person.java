package leadsim.model;

/**
 * A member of staff. Identity matters (MASON's Network keys nodes by object identity), so this
 * is a plain class, never a record. Decision-queue state lives in the decide package, indexed
 * by {@link #id()}; here are only who the person is and what they know.
 */
public final class Person implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final Level level;
    private final int school;
    private final int team;
    private double capacityHours;
    private final double[] expertise;
    private Person supervisor;
    /** Day this holder of the slot arrived (negative for those already in post at day 0). */
    private double hiredAt;
    /** How many times the slot has been refilled: a champion is a slot at one generation. */
    private int generation;

    public Person(int id, Level level, int school, int team, double capacityHours, double[] expertise) {
        this.id = id;
        this.level = level;
        this.school = school;
        this.team = team;
        this.capacityHours = capacityHours;
        this.expertise = expertise;
    }

    public int id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String role() {
        return level.name();
    }

    /** Index of the school, or -1 for office staff. */
    public int school() {
        return school;
    }

    /** Index of the team inside the school, or -1 for people outside teams. */
    public int team() {
        return team;
    }

    /** Hours a day this person gives to decision work. */
    public double capacityHours() {
        return capacityHours;
    }

    /**
     * Changes the hours a day for decisions: what is left after coaching, or a live demo's
     * slider. Applies to the next need served.
     */
    public void setCapacityHours(double hours) {
        this.capacityHours = hours;
    }

    public double expertise(int domain) {
        return expertise[domain];
    }

    /** Deciding teaches: expertise moves a share of the way toward the cap. */
    public void learn(int domain, double share, double cap) {
        if (expertise[domain] < cap) {
            expertise[domain] += share * (cap - expertise[domain]);
        }
    }

    /** Coaching moves expertise a share of the way toward the coach's. */
    public void moveToward(int domain, double target, double share) {
        expertise[domain] += share * (target - expertise[domain]);
    }

    /**
     * Turnover: the slot keeps its place in the structure (role, team, reporting line, desk)
     * and is filled by someone new with the given expertise. Identity stays, so every index
     * keyed by this object stays valid.
     */
    public void renew(double[] newExpertise, double now) {
        System.arraycopy(newExpertise, 0, expertise, 0, expertise.length);
        hiredAt = now;
        generation++;
    }

    public double hiredAt() {
        return hiredAt;
    }

    /** Sets the arrival day of whoever holds the slot at the start (drawn from the steady state). */
    public void setHiredAt(double day) {
        hiredAt = day;
    }

    public int generation() {
        return generation;
    }

    public Person supervisor() {
        return supervisor;
    }

    void reportTo(Person boss) {
        this.supervisor = boss;
    }

    @Override
    public String toString() {
        return role() + "#" + id;
    }
}
