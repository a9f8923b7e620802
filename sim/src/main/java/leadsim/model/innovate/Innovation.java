package leadsim.model.innovate;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.Body;
import leadsim.model.DailySeries;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.model.decide.DecisionFlow;
import leadsim.model.people.PracticeQuality;
import leadsim.model.people.Staff;
import leadsim.model.people.StaffListener;
import leadsim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * Innovation spread (MODEL.md section 5): invention, trials, contagion over the collegial
 * ties, PLC meetings, transparency, evaluation and abandonment, mandates. With innovation off,
 * only a practice seeded by {@code network.contagion.seeds} exists, and it spreads by the
 * contagion rule alone (the textbook diffusion cases); nothing else draws a random number.
 */
public final class Innovation implements StaffListener, PracticeQuality, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final int ORDER_PLC = 20;

    private final Scenario scenario;
    private final Scenario.Innovation spec;
    private final boolean enabled;
    private final Organisation org;
    private final Staff staff;
    private final Schedule schedule;
    private final MersenneTwisterFast spreadRandom;
    private final List<Practice> practices = new ArrayList<>();
    private final Contagion contagion;
    private final Trials trials;
    private final Mandates mandates;
    private final Invention invention;
    private final InnovationMeasures measures;
    private final boolean[] moved;
    private double transparency;
    private Practice seeded;

    public Innovation(Scenario scenario, Organisation org, Staff staff, DecisionFlow flow, Schedule schedule,
                      MersenneTwisterFast inventRandom, MersenneTwisterFast spreadRandom, DailySeries series) {
        this.scenario = scenario;
        this.spec = scenario.innovation();
        this.enabled = spec.enabled();
        this.org = org;
        this.staff = staff;
        this.schedule = schedule;
        this.spreadRandom = spreadRandom;
        this.transparency = scenario.culture().transparency();
        this.contagion = new Contagion(scenario, staff, spreadRandom);
        this.trials = enabled ? new Trials(this, staff, flow, schedule, spreadRandom, scenario) : null;
        this.mandates = new Mandates(this, staff, spec.mandateFadePerYear(), scenario.horizon().daysPerYear());
        this.invention = new Invention(scenario, org, staff, flow, inventRandom);
        this.measures = new InnovationMeasures(practices, staff, scenario.horizon().warmupDays(), series, this);
        this.moved = new boolean[staff.size()];
    }

    /** Plants the seeded practice, draws innovativeness, and books the PLC meetings. */
    public void start() {
        Scenario.Contagion c = scenario.network().contagion();
        if (c.seeds() != null) {
            seeded = new Practice(practices.size(), 1.0, 0, -1, -1, 0, true, staff.size());
            practices.add(seeded);
            for (int member : c.seeds()) {
                if (seeded.state[member] != Practice.USER) {
                    adopt(seeded, member, 1.0, false);
                }
            }
            seeded.kept = true;
        }
        if (!enabled) {
            return;
        }
        invention.start();
        Map<Integer, List<Body>> plcs = new HashMap<>();
        for (Body body : org.bodies()) {
            if (body.meets() && body.team() >= 0) {
                plcs.computeIfAbsent(body.level().index(), k -> new ArrayList<>()).add(body);
            }
        }
        plcs.forEach((level, bodies) -> {
            Scenario.Body spec = scenario.bodies().get(bodies.get(0).level().name());
            double first = spec.firstMeetingDay() == null ? spec.cadenceDays() : spec.firstMeetingDay();
            schedule.scheduleRepeating(first, ORDER_PLC + level, new PlcSharing(this, bodies), spec.cadenceDays());
        });
    }

    /** Autonomy per role from the decision-rights table in force (again after a regime change). */
    public void refreshAutonomy() {
        if (enabled) {
            invention.refreshAutonomy();
        }
    }

    public void setCulture(double safety, double transparency) {
        invention.setSafety(safety);
        this.transparency = transparency;
    }

    /** One school day: invent, mandates fade, users review, exposure moves colleagues; then measure. */
    public void day(double now) {
        if (enabled) {
            invention.day(now, this::invented);
        }
        for (int k = 0; k < practices.size(); k++) {
            Practice practice = practices.get(k);
            mandates.day(practice, now);
            if (enabled && !practice.seeded) {
                review(practice);
            }
            if (practice.users > 0 || practice.seeded) {
                double extra = enabled && !practice.seeded
                        ? spec.visibilityPerYear() * transparency * practice.users / staff.inSchool(practice.school) : 0;
                if (contagion.expose(practice, staff, extra, spreadRandom, moved) > 0) {
                    for (int i = 0; i < moved.length; i++) {
                        if (moved[i]) {
                            consider(practice, i);
                        }
                    }
                }
            }
        }
        measures.day(now);
    }

    private void invented(int member, double value, double now) {
        Person p = staff.member(member);
        Practice practice = new Practice(practices.size(), value, p.school(), member, p.team(), now, false, staff.size());
        practices.add(practice);
        measures.invented++;
        trials.request(practice, member);
    }

    /** Voluntary users look at their evidence again now and then, and may abandon. */
    private void review(Practice practice) {
        double chance = 1.0 / spec.reviewDays();
        for (int i = 0; i < staff.size(); i++) {
            if (practice.state[i] == Practice.USER && !practice.mandated[i] && !practice.leaving[i]
                    && spreadRandom.nextDouble() < chance) {
                practice.addSignal(i, trials.signal(practice, i));
                if (estimate(practice, i) < 0) {
                    trials.requestStop(practice, i);
                }
            }
        }
    }

    /**
     * Exposure moved a member toward a practice. A seeded practice (or any, with innovation
     * off) is simply adopted. Otherwise she looks at the shared evidence (seen with
     * probability = transparency) and declines a practice the school's signals call bad, or
     * asks to try it.
     */
    void consider(Practice practice, int member) {
        if (practice.seeded || !enabled) {
            adopt(practice, member, 1.0, false);
            return;
        }
        if (practice.poolCount > 0 && spreadRandom.nextDouble() < transparency
                && practice.poolSum / practice.poolCount < 0) {
            measures.declined++;
            practice.state[member] = Practice.DROPPED;
            return;
        }
        trials.request(practice, member);
    }

    /** The member's reading of the evidence: her own signals, or the school's pool when she sees it. */
    double estimate(Practice practice, int member) {
        if (practice.poolCount > practice.ownCount[member] && spreadRandom.nextDouble() < transparency) {
            return practice.poolSum / practice.poolCount;
        }
        return practice.ownCount[member] == 0 ? 0 : practice.ownSum[member] / practice.ownCount[member];
    }

    void adopt(Practice practice, int member, double fidelity, boolean mandated) {
        if (practice.state[member] != Practice.USER) {
            practice.users++;
        }
        practice.state[member] = Practice.USER;
        practice.fidelity[member] = fidelity;
        practice.mandated[member] = mandated;
        if (member == practice.inventor) {
            practice.kept = true;
        } else {
            measures.adoptions++;
            if (practice.inventorTeam >= 0 && staff.member(member).team() != practice.inventorTeam) {
                practice.spreadBeyondTeam = true;
            }
        }
    }

    /** A user stops for good: her evidence says the practice is bad (and any approval came). */
    void abandon(Practice practice, int member) {
        measures.abandoned++;
        drop(practice, member);
    }

    void drop(Practice practice, int member) {
        if (practice.state[member] == Practice.USER) {
            practice.users--;
        }
        practice.state[member] = Practice.DROPPED;
        practice.leaving[member] = false;
        practice.fidelity[member] = 0;
        practice.mandated[member] = false;
    }

    boolean isInventor(Practice practice, int member) {
        return practice.inventor == member;
    }

    /** A PLC meets: members take up what colleagues in it use. */
    void meet(Body body) {
        List<Integer> members = new ArrayList<>();
        for (Person p : body.members()) {
            int i = staff.indexOf(p);
            if (i >= 0) {
                members.add(i);
            }
        }
        if (members.size() < 2) {
            return;
        }
        for (int k = 0; k < practices.size(); k++) {
            Practice practice = practices.get(k);
            if (practice.users == 0 || practice.seeded || practice.school != body.school()) {
                continue;
            }
            int using = 0;
            for (int i : members) {
                if (practice.state[i] == Practice.USER) {
                    using++;
                }
            }
            if (using == 0) {
                continue;
            }
            double chance = spec.plcUptake() * using / (members.size() - 1);
            for (int i : members) {
                if (practice.state[i] == Practice.NONE && spreadRandom.nextDouble() < chance) {
                    consider(practice, i);
                }
            }
        }
    }

    /** A leader mandates a practice: the most used kept one of their school, or a new one of their own. */
    public void mandate(Person leader, String which, double fidelity, double reinforceEvery) {
        // the central office of a district mandates one practice in every school: the only channel
        // by which a practice crosses schools (they have no ties across schools)
        boolean district = leader.school() < 0 && org.schools() >= 2;
        int school = district ? Practice.DISTRICT : Math.max(0, leader.school());
        Practice chosen = null;
        if (!"new".equals(which)) {
            for (Practice practice : practices) {
                if (!practice.seeded && (district || practice.school == school) && practice.users > 0
                        && (chosen == null || practice.users > chosen.users)) {
                    chosen = practice;
                }
            }
        }
        double now = schedule.getTime();
        if (chosen == null) {
            chosen = new Practice(practices.size(), invention.drawValue(), school, -1, -1, now, false, staff.size());
            practices.add(chosen);
        }
        chosen.school = school;
        mandates.mandate(chosen, fidelity, reinforceEvery, now);
    }

    /** The practice with the most users now (the older on a tie), or -1 while nobody uses any. */
    public int leadingPractice() {
        Practice best = null;
        for (Practice practice : practices) {
            if (practice.users > 0 && (best == null || practice.users > best.users)) {
                best = practice;
            }
        }
        return best == null ? -1 : best.id;
    }

    /** How many use the practice now. */
    public int users(int practice) {
        return practices.get(practice).users;
    }

    /** True when the practice's true value (which nobody in the school sees) is positive. */
    public boolean good(int practice) {
        return practices.get(practice).good;
    }

    /** True when the practice was mandated by a leader (nominal use for everyone in the school). */
    public boolean mandated(int practice) {
        return practices.get(practice).mandateFidelity > 0;
    }

    /**
     * A person's use of a practice now: the fidelity in (0,1] when they use it (1 when chosen,
     * lower when mandated), 0 when not (or for practice -1, none); NaN for someone outside the
     * staff (a leader, the office).
     */
    public double fidelity(int practice, Person p) {
        int i = staff.indexOf(p);
        if (i < 0) {
            return Double.NaN;
        }
        if (practice < 0) {
            return 0;
        }
        Practice pr = practices.get(practice);
        return pr.state[i] == Practice.USER ? pr.fidelity[i] : 0;
    }

    public double defaultMandateFidelity() {
        return spec.mandateFidelity();
    }

    /**
     * Practice quality in [0,1]: 0.25 + expertise / 2 in the trial domain (so 0.5 at expertise
     * 0.5), raised or lowered by each practice in use: practice_effect x fidelity x value.
     */
    @Override
    public double of(Person teacher) {
        int domain = trials == null ? 0 : trials.domain();
        double q = 0.25 + 0.5 * teacher.expertise(domain);
        int i = staff.indexOf(teacher);
        if (i >= 0 && enabled) {
            for (Practice practice : practices) {
                if (practice.state[i] == Practice.USER && !practice.seeded) {
                    q += spec.practiceEffect() * practice.fidelity[i] * practice.value;
                }
            }
        }
        return Math.min(1, Math.max(0, q));
    }

    double qualityMean() {
        double sum = 0;
        for (int i = 0; i < staff.size(); i++) {
            sum += of(staff.member(i));
        }
        return staff.size() == 0 ? Double.NaN : sum / staff.size();
    }

    @Override
    public void departed(Person slot, double now) {
        int i = staff.indexOf(slot);
        if (i < 0) {
            return;
        }
        for (Practice practice : practices) {
            practice.forget(i);
        }
    }

    @Override
    public void arrived(Person slot, double now, boolean successor) {
        int i = staff.indexOf(slot);
        if (i < 0) {
            return;
        }
        if (enabled) {
            invention.newcomer(i);
        }
        contagion.redraw(i, scenario, spreadRandom);
    }

    public void addMetrics(Map<String, Object> m) {
        measures.addMetrics(m, trials, mandates, seeded, enabled);
    }

    /** One school's practices in use and share of staff using one (innovation on only). */
    public void addSchoolMetrics(Map<String, Object> m, int school) {
        if (!enabled || school < 0) {
            return;
        }
        int[][] users = Coherence.usersBySchool(practices, staff, org.schools());
        m.put("practices_in_use", (double) Coherence.inUse(users[school]));
        m.put("adoption_share", Coherence.adoptionShare(practices, staff, school));
    }

    /** Coherence across the schools of a district (innovation on, two or more schools). */
    public void addDistrictMetrics(Map<String, Object> m) {
        if (enabled && org.schools() >= 2) {
            Coherence.addDistrict(m, practices, staff, org.schools());
        }
    }

    boolean enabled() {
        return enabled;
    }

    Practice seeded() {
        return seeded;
    }
}
