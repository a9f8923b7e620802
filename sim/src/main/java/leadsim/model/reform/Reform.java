package leadsim.model.reform;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.model.DailySeries;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.model.people.Staff;
import leadsim.model.people.StaffListener;
import leadsim.scenario.Scenario;

/**
 * A reform and its champion (MODEL.md section 6). Staff commitment moves daily by
 * {@link Commitment}; the implementation level is the staff's mean commitment, and the reform
 * dies when the level stays below the death threshold for the set number of days, or when a
 * successor cancels it. The champion is one holder of a slot: when they leave (turnover or a
 * scheduled departure) the pull stops for good, even after a successor arrives. Each
 * successor to a succession role cancels the reform with {@code cancel_probability}, or else
 * brings a competing initiative with {@code competing_probability}, which drains commitment
 * while that successor stays. Newcomers start with no commitment; a slot of an ownership role
 * keeps its ownership, and implementation teams take newcomers at the same share as at the start.
 */
public final class Reform implements StaffListener, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario.Reform spec;
    private final Organisation org;
    private final Staff staff;
    private final MersenneTwisterFast random;
    private final Set<String> ownerRoles;
    private final double[] commitment;
    private final double[] next;
    private final boolean[] owner;
    private final double horizon;
    private final double cancelProbability;
    private final double competingProbability;

    private boolean started;
    private boolean alive;
    private double startDay = Double.NaN;
    private Person champion;
    private boolean championPresent;
    private double departureDay = Double.NaN;
    private double deathDay = Double.NaN;
    private boolean cancelled;
    private int belowDays;
    private double level = Double.NaN;
    private final List<Person> competitors = new ArrayList<>();

    private final DailySeries series;
    private final int colLevel;
    private final int colShare;
    private final int colAlive;

    public Reform(Scenario scenario, Organisation org, Staff staff, MersenneTwisterFast random, DailySeries series) {
        this.spec = scenario.reform();
        this.org = org;
        this.staff = staff;
        this.random = random;
        this.ownerRoles = new HashSet<>(spec.ownership().roles());
        this.commitment = new double[staff.size()];
        this.next = new double[staff.size()];
        this.owner = new boolean[staff.size()];
        this.horizon = scenario.horizon().days();
        this.cancelProbability = scenario.people().succession().cancelProbability();
        this.competingProbability = scenario.people().succession().competingProbability();
        this.series = series;
        this.colLevel = series.column("implementation");
        this.colShare = series.column("implementation_share");
        this.colAlive = series.column("reform_alive");
    }

    /** The reform begins now, championed by the first holder of {@code championRole}. */
    public void start(String championRole, double now) {
        List<Person> candidates = org.peopleOf(org.level(championRole));
        started = true;
        alive = true;
        startDay = now;
        champion = candidates.isEmpty() ? null : candidates.get(0);
        championPresent = champion != null;
        for (int i = 0; i < staff.size(); i++) {
            commitment[i] = spec.initialCommitment();
            owner[i] = isOwner(staff.member(i));
        }
    }

    public boolean started() {
        return started;
    }

    /** Alive: started and neither dead nor cancelled. */
    public boolean alive() {
        return alive;
    }

    /** The champion's slot (the first holder of the champion role at the start), or null before the start. */
    public Person champion() {
        return champion;
    }

    /** True while the champion who started the reform is still in post (a successor does not count). */
    public boolean championPresent() {
        return championPresent;
    }

    /** The day the champion left, or NaN. */
    public double championDepartureDay() {
        return departureDay;
    }

    /** The day the reform died, or NaN while it lives. */
    public double deathDay() {
        return deathDay;
    }

    /** A staff member's commitment in [0,1] now; NaN for someone outside the staff or before the start. */
    public double commitment(Person p) {
        int i = staff.indexOf(p);
        return !started || i < 0 ? Double.NaN : commitment[i];
    }

    /** One school day of commitment, then the death rule and the daily series. */
    public void day(double now) {
        int day = (int) Math.round(now);
        if (!started) {
            return;
        }
        if (alive) {
            update();
            if (level < spec.death().threshold()) {
                belowDays++;
                if (belowDays >= spec.death().days()) {
                    die(now);
                }
            } else {
                belowDays = 0;
            }
        }
        series.set(colLevel, day, alive ? level : 0);
        series.set(colShare, day, alive ? shareAbove(spec.fidelityThreshold()) : 0);
        series.set(colAlive, day, alive ? 1 : 0);
    }

    private void update() {
        int n = staff.size();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += commitment[i];
        }
        double down = spec.decay() + spec.competingPull() * competitors.size();
        double champ = championPresent ? spec.championPull() : 0;
        for (int i = 0; i < n; i++) {
            double m;
            if (staff.complete()) {
                m = n > 1 ? (total - commitment[i]) / (n - 1) : 0;
            } else {
                int[] ties = staff.ties(i);
                double sum = 0;
                for (int j : ties) {
                    sum += commitment[j];
                }
                m = ties.length == 0 ? 0 : sum / ties.length;
            }
            double up = champ + spec.peerPull() * Commitment.hill(m, spec.peerTipping(), spec.peerSteepness())
                    + (owner[i] ? spec.ownership().pull() : 0);
            next[i] = Commitment.step(commitment[i], up, down);
        }
        System.arraycopy(next, 0, commitment, 0, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += commitment[i];
        }
        level = n == 0 ? 0 : sum / n;
    }

    private double shareAbove(double threshold) {
        int above = 0;
        for (double c : commitment) {
            if (c >= threshold) {
                above++;
            }
        }
        return commitment.length == 0 ? 0 : above / (double) commitment.length;
    }

    private void die(double now) {
        alive = false;
        deathDay = now;
    }

    @Override
    public void departed(Person slot, double now) {
        if (slot == champion && championPresent) {
            championPresent = false;
            departureDay = now;
        }
        for (int k = competitors.size() - 1; k >= 0; k--) {
            if (competitors.get(k) == slot) {
                competitors.remove(k);
            }
        }
        int i = staff.indexOf(slot);
        if (i >= 0) {
            commitment[i] = 0;
            owner[i] = started && isOwner(slot);
        }
    }

    /** Holders of ownership roles own the reform; the implementation teams refill from newcomers at the same share. */
    private boolean isOwner(Person p) {
        return ownerRoles.contains(p.role())
                || (spec.ownership().teamShare() > 0 && p.team() >= 0 && random.nextDouble() < spec.ownership().teamShare());
    }

    @Override
    public void arrived(Person slot, double now, boolean successor) {
        if (!successor || !started || !alive) {
            return;
        }
        if (random.nextDouble() < cancelProbability) {
            cancelled = true;
            die(now);
        } else if (random.nextDouble() < competingProbability) {
            competitors.add(slot);
        }
    }


    public void addMetrics(Map<String, Object> m) {
        boolean departed = !Double.isNaN(departureDay);
        double end = alive ? horizon : deathDay;
        m.put("reform_survival_days", started && departed ? end - departureDay : Double.NaN);
        m.put("reform_censored", started ? (alive ? 1.0 : 0.0) : Double.NaN);
        m.put("implementation_final", started ? (alive ? level : 0.0) : Double.NaN);
        m.put("reform_death_day", deathDay);
        m.put("champion_departure_day", departureDay);
        m.put("reform_cancelled", started ? (cancelled ? 1.0 : 0.0) : Double.NaN);
        m.put("reform_start_day", startDay);
    }
}
