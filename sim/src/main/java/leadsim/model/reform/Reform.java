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
 *
 * <p>In a district (two or more schools) every school has its own implementation level (its
 * staff's mean commitment) and its own death rule; the reform lives while any school keeps it,
 * a principal's successor cancels it in that school only, and an office successor everywhere.
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
    private final Map<String, Double> scenarioCoaching;
    /** Every role's capacity_hours as the scenario gives them (schools' and office's). */
    private final Map<String, Double> roleHours = new java.util.HashMap<>();

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
    /** How it started: null (the scenario's rule), "mandate" or "vote". */
    private String by;
    /**
     * Whether the scenario starts the reform by a rule ({@code reform.by}, or a {@code reform_start}
     * event's {@code by}): then its start columns exist from the first (column-only) probe on.
     */
    private final boolean startsByRule;
    /** Whether the scenario can start the reform at all ({@code reform.enabled} or a {@code reform_start} event). */
    private final boolean mayStart;
    /** Daily pull a mandate's coaching capacity gives (reciprocal accountability); 0 otherwise. */
    private double supportPull;
    /** Coaching capacity that came with a mandate, in [0,1] (NaN unless started by mandate). */
    private double capacity = Double.NaN;
    // every school seen: its own implementation level and death rule
    private final int schools;
    private final double[] schoolLevel;
    private final boolean[] schoolAlive;
    private final int[] schoolBelow;
    private final double[] schoolDeath;

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
        this.scenarioCoaching = scenario.people().coaching() == null ? null : scenario.people().coaching().shares();
        scenario.roles().forEach((name, role) -> roleHours.put(name, role.capacityHours()));
        if (scenario.office() != null && scenario.office().roles() != null) {
            scenario.office().roles().forEach((name, role) -> roleHours.put(name, role.capacityHours()));
        }
        this.startsByRule = spec.by() != null || (scenario.events() != null && scenario.events().stream()
                .anyMatch(e -> "reform_start".equals(e.type()) && e.by() != null));
        this.mayStart = spec.enabled() || (scenario.events() != null && scenario.events().stream()
                .anyMatch(e -> "reform_start".equals(e.type())));
        this.series = series;
        this.colLevel = series.column("implementation");
        this.colShare = series.column("implementation_share");
        this.colAlive = series.column("reform_alive");
        this.schools = org.schools();
        this.schoolLevel = new double[schools];
        this.schoolAlive = new boolean[schools];
        this.schoolBelow = new int[schools];
        this.schoolDeath = new double[schools];
        java.util.Arrays.fill(schoolLevel, Double.NaN);
        java.util.Arrays.fill(schoolDeath, Double.NaN);
    }

    /** The reform begins now, championed by the first holder of {@code championRole}. */
    public void start(String championRole, double now) {
        start(championRole, now, spec.by());
    }

    /**
     * The reform begins now as {@code how} says: null as the scenario's rule; {@code mandate}
     * the same, plus the pull of the coaching capacity that comes with it; {@code vote} (called
     * when the vote is taken, after the inquiry) with the vote's initial commitment and extra owners.
     */
    public void start(String championRole, double now, String how) {
        List<Person> candidates = org.peopleOf(org.level(championRole));
        started = true;
        alive = true;
        startDay = now;
        by = how;
        champion = candidates.isEmpty() ? null : candidates.get(0);
        championPresent = champion != null;
        boolean vote = "vote".equals(how);
        double initial = vote ? spec.vote().initialCommitment() : spec.initialCommitment();
        for (int i = 0; i < staff.size(); i++) {
            commitment[i] = initial;
            owner[i] = isOwner(staff.member(i)) || (vote && random.nextDouble() < spec.vote().ownershipShare());
        }
        if ("mandate".equals(how)) {
            capacity = Math.min(1.0, coachingHoursPerStaff() / spec.mandate().supportHoursPerStaff());
            supportPull = spec.mandate().supportPull() * capacity;
        }
        for (int s = 0; s < schools; s++) {
            schoolAlive[s] = true;
        }
    }

    /** Coaching hours a day per staff member: every coaching role's capacity times its share. */
    private double coachingHoursPerStaff() {
        Map<String, Double> shares = scenarioCoaching;
        if (shares == null || staff.size() == 0) {
            return 0;
        }
        double hours = 0;
        for (Person p : org.people()) {
            Double share = shares.get(p.role());
            if (share != null && share > 0) {
                // the role's hours as the scenario gives them (coaching has already taken its share)
                hours += roleHours.getOrDefault(p.role(), 0.0) * share;
            }
        }
        return hours / staff.size();
    }

    /** Days of shared inquiry before a vote (the reform starts after them). */
    public double inquiryDays() {
        return spec.vote().inquiryDays();
    }

    /** The coaching capacity that came with a mandate, in [0,1]; NaN for other starts. */
    public double mandateCapacity() {
        return capacity;
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
        if (alive && schools > 1) {
            // a district: the death rule runs school by school; the reform lives while any school keeps it
            update();
            boolean anywhere = false;
            for (int s = 0; s < schools; s++) {
                if (!schoolAlive[s]) {
                    continue;
                }
                if (schoolLevel[s] < spec.death().threshold()) {
                    schoolBelow[s]++;
                    if (schoolBelow[s] >= spec.death().days()) {
                        dieIn(s, now);
                    }
                } else {
                    schoolBelow[s] = 0;
                }
                anywhere |= schoolAlive[s];
            }
            if (!anywhere) {
                die(now);
            }
        } else if (alive) {
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
            double up = champ + supportPull + spec.peerPull() * Commitment.hill(m, spec.peerTipping(), spec.peerSteepness())
                    + (owner[i] ? spec.ownership().pull() : 0);
            next[i] = Commitment.step(commitment[i], up, down);
        }
        System.arraycopy(next, 0, commitment, 0, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += commitment[i];
        }
        level = n == 0 ? 0 : sum / n;
        if (schools > 1) {
            double[] sums = new double[schools];
            int[] counts = new int[schools];
            for (int i = 0; i < n; i++) {
                int s = staff.member(i).school();
                if (s >= 0) {
                    sums[s] += commitment[i];
                    counts[s]++;
                }
            }
            for (int s = 0; s < schools; s++) {
                schoolLevel[s] = counts[s] == 0 ? 0 : sums[s] / counts[s];
            }
        } else if (schools == 1) {
            schoolLevel[0] = level;
        }
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
        for (int s = 0; s < schools; s++) {
            dieIn(s, now);
        }
    }

    /** The reform has died in one school (it may live on in others). */
    private void dieIn(int school, double now) {
        if (schoolAlive[school]) {
            schoolAlive[school] = false;
            schoolDeath[school] = now;
        }
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
            if (schools > 1 && slot.school() >= 0) {
                dieIn(slot.school(), now); // a school's new leader cancels it in that school
            } else {
                cancelled = true;
                die(now);
            }
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
        if (by != null || startsByRule) {
            // NaN before the start: a run's columns are probed before any day is simulated
            m.put("reform_by_vote", by == null ? Double.NaN : "vote".equals(by) ? 1.0 : 0.0);
            m.put("mandate_capacity", capacity);
        }
    }

    /** One school's reform: implementation at the end, survival after the champion left. */
    public void addSchoolMetrics(Map<String, Object> m, int school) {
        if (!spec.enabled() && !started || school < 0) {
            return;
        }
        boolean departed = !Double.isNaN(departureDay);
        boolean here = started && schoolAlive[school];
        double end = here ? horizon : schoolDeath[school];
        m.put("reform_survival_days", started && departed ? end - departureDay : Double.NaN);
        m.put("reform_censored", started ? (here ? 1.0 : 0.0) : Double.NaN);
        m.put("implementation_final", started ? (here ? schoolLevel[school] : 0.0) : Double.NaN);
        m.put("reform_death_day", started ? schoolDeath[school] : Double.NaN);
    }

    /** Across the schools of a district: where the reform lives on, and how unevenly. */
    public void addDistrictMetrics(Map<String, Object> m) {
        if (schools < 2 || !started && !mayStart) {
            return;
        }
        if (!started) { // not yet: the columns exist from the first (column-only) probe on
            m.put("reform_schools_alive_share", Double.NaN);
            m.put("implementation_spread", Double.NaN);
            return;
        }
        double[] finals = new double[schools];
        int living = 0;
        for (int s = 0; s < schools; s++) {
            finals[s] = schoolAlive[s] ? schoolLevel[s] : 0.0;
            if (schoolAlive[s]) {
                living++;
            }
        }
        m.put("reform_schools_alive_share", living / (double) schools);
        double mean = 0;
        for (double v : finals) {
            mean += v;
        }
        mean /= schools;
        double ss = 0;
        for (double v : finals) {
            ss += (v - mean) * (v - mean);
        }
        m.put("implementation_spread", Math.sqrt(ss / schools));
    }

    /** True while the reform lives in the school. */
    public boolean aliveIn(int school) {
        return started && schoolAlive[school];
    }

    /** The time the reform ended in the school (died there, or cancelled), or NaN while it lives there. */
    public double deathDayIn(int school) {
        return schoolDeath[school];
    }

    /** The school's implementation level now (NaN before the start). */
    public double levelIn(int school) {
        return schoolLevel[school];
    }
}
