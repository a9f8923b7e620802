package leadsim.model.people;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.model.CollegialNetwork;
import leadsim.model.Organisation;
import leadsim.model.OrganisationBuilder;
import leadsim.model.Person;
import leadsim.scenario.Scenario;
import sim.engine.Schedule;
import sim.field.network.Network;

/**
 * Departures and who takes the place (MODEL.md sections 6-7). An annual probability of leaving
 * P becomes a constant hazard -ln(1-P) per school year, so that a year's survival is exactly
 * 1-P; those in post at day 0 have stationary tenures, drawn from the same exponential law.
 * A leaver in a succession role leaves a vacancy, then an interim acts, then a successor
 * arrives; anyone else is replaced at once by a novice (expertise the role's mean less the
 * novice gap, new ties in the team). The slot object stays, so every index into it holds.
 */
public final class Turnover implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final int ORDER_DEPARTURE = 7;

    /** Where a slot stands in a succession. */
    public enum Post { IN_POST, VACANT, INTERIM }

    private final Scenario scenario;
    private final Organisation org;
    private final Schedule schedule;
    private final MersenneTwisterFast random;
    private final Network network;
    private final Staff staff;
    private final double daysPerYear;
    private final boolean enabled;
    private final Set<String> successionRoles;
    private final Post[] post;
    private final List<StaffListener> listeners = new ArrayList<>();
    private final Map<String, Scenario.Role> roleSpecs = new HashMap<>();
    private int departures;

    public Turnover(Scenario scenario, Organisation org, Schedule schedule, MersenneTwisterFast random,
                    Network network, Staff staff) {
        this.scenario = scenario;
        this.org = org;
        this.schedule = schedule;
        this.random = random;
        this.network = network;
        this.staff = staff;
        this.daysPerYear = scenario.horizon().daysPerYear();
        this.enabled = scenario.people().turnover().enabled();
        this.successionRoles = new HashSet<>(scenario.people().succession().roles());
        this.post = new Post[org.people().size()];
        java.util.Arrays.fill(post, Post.IN_POST);
        roleSpecs.putAll(scenario.roles());
        if (scenario.office() != null && scenario.office().roles() != null) {
            roleSpecs.putAll(scenario.office().roles());
        }
    }

    public void listen(StaffListener listener) {
        listeners.add(listener);
    }

    /** Stationary tenures for those in post, and everyone's first departure. Nothing when turnover is off. */
    public void start() {
        if (!enabled) {
            return;
        }
        for (Person p : org.people()) {
            double h = hazardPerDay(p);
            if (h <= 0) {
                continue;
            }
            p.setHiredAt(-exponential(h));
            scheduleDeparture(p, Math.max(0, schedule.getTime()) + exponential(h));
        }
    }

    /** Constant daily hazard giving the role's annual probability of leaving. */
    public double hazardPerDay(Person p) {
        Double perYear = scenario.people().turnover().perYear().get(p.role());
        double annual = perYear != null ? perYear : scenario.people().turnover().defaultPerYear();
        return -Math.log(1 - annual) / daysPerYear;
    }

    private double exponential(double rate) {
        return -Math.log(1.0 - random.nextDouble()) / rate;
    }

    private void scheduleDeparture(Person p, double at) {
        int generation = p.generation();
        schedule.scheduleOnce(at, ORDER_DEPARTURE, state -> {
            if (p.generation() == generation && post[p.id()] == Post.IN_POST) {
                depart(p);
            }
        });
    }

    /** The holder of a slot leaves now (turnover, a scheduled departure or a wave). Ignored for an empty slot. */
    public void depart(Person p) {
        if (post[p.id()] != Post.IN_POST) {
            return;
        }
        double now = schedule.getTime();
        departures++;
        // whoever acts in the slot from now on is new to it: the desk keeps serving (someone
        // always answers for the role) with a newcomer's expertise
        p.renew(noviceExpertise(p), now);
        for (StaffListener l : listeners) {
            l.departed(p, now);
        }
        if (successionRoles.contains(p.role())) {
            post[p.id()] = Post.VACANT;
            var succession = scenario.people().succession();
            double interimAt = now + succession.vacancyDays();
            double successorAt = interimAt + succession.interimDays();
            schedule.scheduleOnce(interimAt, ORDER_DEPARTURE, state -> post[p.id()] = Post.INTERIM);
            schedule.scheduleOnce(successorAt, ORDER_DEPARTURE, state -> arrive(p, true));
        } else {
            arrive(p, false);
        }
    }

    private void arrive(Person p, boolean successor) {
        double now = schedule.getTime();
        post[p.id()] = Post.IN_POST;
        if (successor) {
            p.renew(noviceExpertise(p), now);
        } else {
            p.setHiredAt(now);
        }
        staff.rebuildTies(CollegialNetwork.rewire(network, org, p, scenario.network(), random));
        for (StaffListener l : listeners) {
            l.arrived(p, now, successor);
        }
        double h = hazardPerDay(p);
        if (enabled && h > 0) {
            scheduleDeparture(p, now + exponential(h));
        }
    }

    private double[] noviceExpertise(Person p) {
        Scenario.Role role = roleSpecs.get(p.role());
        double mean = Math.max(0, role.expertise().mean() - scenario.people().noviceGap());
        Scenario.Role novice = new Scenario.Role(role.count(), role.perTeam(), role.teamSize(), role.capacityHours(),
                new Scenario.Expertise(mean, role.expertise().sd()), role.reportsTo());
        return OrganisationBuilder.drawExpertise(novice, random);
    }

    /** A wave: each holder of the given roles (all school roles when none) leaves with probability {@code share}. */
    public void wave(double share, List<String> roles) {
        for (Person p : org.people()) {
            boolean inScope = roles == null || roles.isEmpty() ? p.school() >= 0 : roles.contains(p.role());
            if (inScope && random.nextDouble() < share) {
                depart(p);
            }
        }
    }

    public Post post(Person p) {
        return post[p.id()];
    }

    public int departures() {
        return departures;
    }
}
