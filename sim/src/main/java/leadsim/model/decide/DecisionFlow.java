package leadsim.model.decide;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;
import sim.engine.Schedule;

/**
 * How a need travels: routed up the reporting line to the holder of its decision right (hop by
 * hop in cost, one event per hand-off), perhaps escalated further, queued at a desk or on a
 * body's agenda, served or taken at a meeting, and on to the next stage of an approval chain.
 */
public final class DecisionFlow implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Orderings at equal times: needs move first, then meetings, then bookkeeping. */
    public static final int ORDER_FLOW = 0;
    public static final int ORDER_MEETING = 1;

    private final Organisation org;
    private final Schedule schedule;
    private final MersenneTwisterFast random;
    private final FlowObserver observer;
    private final ServiceTimes serviceTimes;
    private final double handoffDays;
    private final double contextLossPerHop;
    private double transparency;
    private double hopRetention;
    private final double pooling;
    private final Scenario.Escalation escalation;
    private double psychologicalSafety;
    /** Who holds each decision right, [domain][scope] -> holders of the stages; live-swappable. */
    private String[][][] holders;
    private final Scenario.Learning learning;
    private final Desk[] desks;
    private final Agenda[] agendas;
    private long sequence;

    public DecisionFlow(Scenario scenario, Organisation org, Schedule schedule, MersenneTwisterFast random,
                        FlowObserver observer) {
        this.org = org;
        this.schedule = schedule;
        this.random = random;
        this.observer = observer;
        this.serviceTimes = new ServiceTimes(scenario.service());
        this.handoffDays = scenario.routing().handoffDays();
        this.contextLossPerHop = scenario.quality().contextLossPerHop();
        setTransparency(scenario.culture().transparency());
        this.holders = holdersTable(scenario.decisionRights());
        this.pooling = scenario.quality().pooling();
        this.escalation = scenario.escalation();
        this.psychologicalSafety = scenario.culture().psychologicalSafety();
        this.learning = scenario.learning();
        String discipline = scenario.routing().queueDiscipline();
        List<Person> people = org.people();
        this.desks = new Desk[people.size()];
        for (Person p : people) {
            desks[p.id()] = new Desk(p, NeedQueue.of(discipline), this);
        }
        this.agendas = new Agenda[org.bodies().size()];
        for (Body body : org.bodies()) {
            Scenario.Body spec = bodySpec(scenario, body.level().name());
            Agenda agenda = new Agenda(body, NeedQueue.of(discipline),
                    spec.itemsPerMeeting() == null ? 0 : spec.itemsPerMeeting(), this);
            agendas[body.id()] = agenda;
            if (!body.meets()) {
                agenda.servers = body.members().stream().map(m -> desks[m.id()]).toArray(Desk[]::new);
                for (Desk server : agenda.servers) {
                    server.joinPool(agenda);
                }
            } else {
                double cadence = spec.cadenceDays();
                double first = spec.firstMeetingDay() == null ? cadence : spec.firstMeetingDay();
                schedule.scheduleRepeating(first, ORDER_MEETING, agenda, cadence);
            }
        }
    }

    private static Scenario.Body bodySpec(Scenario scenario, String name) {
        if (scenario.bodies() != null && scenario.bodies().containsKey(name)) {
            return scenario.bodies().get(name);
        }
        return scenario.office().bodies().get(name);
    }

    private static String[][][] holdersTable(Map<String, Map<String, List<String>>> rights) {
        String[][][] table = new String[Vocabulary.DOMAINS.size()][Vocabulary.SCOPES.size()][];
        rights.forEach((domain, byScope) -> byScope.forEach((scope, names) ->
                table[Vocabulary.DOMAINS.indexOf(domain)][Vocabulary.SCOPES.indexOf(scope)] = names.toArray(String[]::new)));
        return table;
    }

    /** The holders of each stage of a decision right, as the table stands now. */
    String[] holders(int domain, int scope) {
        return holders[domain][scope];
    }

    /**
     * Swaps the decision-rights table while running (a live demo's "switch the regime now"):
     * needs raised from now on follow it; needs already on their way keep their holders. The
     * table must cover every domain and scope the arrivals use and name only levels of this
     * organisation (a scenario that validates with this table guarantees both).
     */
    public void setDecisionRights(Map<String, Map<String, List<String>>> rights) {
        for (Map<String, List<String>> byScope : rights.values()) {
            for (List<String> names : byScope.values()) {
                for (String name : names) {
                    if (org.level(name) == null) {
                        throw new IllegalArgumentException("no role or body `" + name + "` in this organisation");
                    }
                }
            }
        }
        String[][][] table = holdersTable(rights);
        for (int d = 0; d < table.length; d++) {
            for (int s = 0; s < table[d].length; s++) {
                if (table[d][s] == null) {
                    table[d][s] = holders[d][s];
                }
            }
        }
        holders = table;
    }

    public double psychologicalSafety() {
        return psychologicalSafety;
    }

    /** Changes psychological safety while running: escalations from now on use it. */
    public void setPsychologicalSafety(double safety) {
        this.psychologicalSafety = safety;
    }

    public double transparency() {
        return transparency;
    }

    /** Changes transparency while running: it shields every need's hops from now on. */
    public void setTransparency(double transparency) {
        this.transparency = transparency;
        // Transparency shields against context loss: what is written down does not get lost.
        this.hopRetention = 1 - contextLossPerHop * (1 - transparency);
    }

    long nextSequence() {
        return sequence++;
    }

    /** A new need enters the system at its origin. */
    public void raise(Need need) {
        need.flow = this;
        observer.raised(need, schedule.getTime());
        route(need, need.origin);
    }

    /** Sends the need toward the holder of its current stage, starting from {@code from}. */
    private void route(Need need, Person from) {
        Level holder = org.level(need.holders[need.stage]);
        if (holder.isBody()) {
            Body body = org.body(holder, need.school, need.team);
            int hops = 0;
            Person p = from;
            while (p != null && !body.hasMember(p)) {
                p = p.supervisor();
                hops++;
            }
            if (p == null) {
                hops = 1;
            }
            need.headingToDesk = null;
            need.headingToAgenda = agendas[body.id()];
            travel(need, from, holder, hops);
            return;
        }
        int hops = 0;
        Person p = from;
        while (p != null && p.level() != holder) {
            p = p.supervisor();
            hops++;
        }
        if (p == null) {
            // the holder is not above the requester: the need goes across to the assigned one
            p = org.assigned(holder, need.school, need.team);
            hops = 1;
        }
        need.headingToAgenda = null;
        need.headingToDesk = desks[p.id()];
        travel(need, from, holder, hops);
    }

    private void travel(Need need, Person from, Level to, int hops) {
        need.hops += hops;
        observer.handedOff(need, from, to, hops, schedule.getTime());
        if (hops == 0 || handoffDays == 0) {
            deliver(need);
        } else {
            schedule.scheduleOnce(schedule.getTime() + hops * handoffDays, ORDER_FLOW, need);
        }
    }

    /** The need reaches its desk or agenda (called directly, or as the need's own event). */
    void deliver(Need need) {
        double now = schedule.getTime();
        Agenda agenda = need.headingToAgenda;
        if (agenda != null) {
            enqueue(need, agenda.queue, agenda.body.level(), now);
            for (Desk server : agenda.servers) {
                if (server.idle()) {
                    startNext(server);
                    break;
                }
            }
            return;
        }
        Desk desk = need.headingToDesk;
        Person holder = desk.person;
        if (holder.supervisor() != null && escalates(holder, need)) {
            need.escalations++;
            observer.escalated(need, holder, now);
            need.headingToDesk = desks[holder.supervisor().id()];
            travel(need, holder, holder.supervisor().level(), 1);
            return;
        }
        enqueue(need, desk.queue, holder.level(), now);
        if (desk.idle()) {
            startNext(desk);
        }
    }

    /** Holders still pass decisions up, more so where it is unsafe to decide or they feel unsure. */
    private boolean escalates(Person holder, Need need) {
        double p = escalation.base() + escalation.fear() * (1 - psychologicalSafety)
                + escalation.doubt() * (1 - holder.expertise(need.domain));
        return p > 0 && random.nextDouble() < p;
    }

    private void enqueue(Need need, NeedQueue queue, Level level, double now) {
        need.enqueuedAt = now;
        queue.add(need);
        observer.queueChanged(level, +1);
    }

    /** An idle person takes the most pressing need among their own queue and their pools. */
    private void startNext(Desk desk) {
        NeedQueue best = null;
        Level bestLevel = null;
        if (desk.queue.size() > 0) {
            best = desk.queue;
            bestLevel = desk.person.level();
        }
        for (Agenda pool : desk.pools) {
            Need head = pool.queue.peek();
            if (head != null && (best == null || pool.queue.before(head, best.peek()))) {
                best = pool.queue;
                bestLevel = pool.body.level();
            }
        }
        if (best == null) {
            return;
        }
        double now = schedule.getTime();
        Need need = best.poll();
        observer.queueChanged(bestLevel, -1);
        observer.waited(need, bestLevel, now - need.enqueuedAt, now);
        double hours = need.size * serviceTimes.drawHours(random);
        desk.inHand = need;
        desk.inHandFor = bestLevel;
        desk.serviceStart = now;
        schedule.scheduleOnce(now + hours / desk.person.capacityHours(), ORDER_FLOW, desk);
    }

    /** A person finished deciding the need in hand (called as the desk's own event). */
    void completeService(Desk desk) {
        double now = schedule.getTime();
        Need need = desk.inHand;
        desk.inHand = null;
        observer.served(desk.person, desk.serviceStart, now);
        Person decider = desk.person;
        double quality = decider.expertise(need.domain) * retention(need);
        decider.learn(need.domain, learning.perDecision(), learning.cap());
        if (advance(need, decider)) {
            observer.decided(need, desk.inHandFor, quality, now);
        }
        if (desk.idle()) {
            startNext(desk);
        }
    }

    /** A body meets and takes up to its capacity of items; the rest wait for the next meeting. */
    void holdMeeting(Agenda agenda) {
        double now = schedule.getTime();
        Level level = agenda.body.level();
        for (int i = 0; i < agenda.itemsPerMeeting && agenda.queue.size() > 0; i++) {
            Need need = agenda.queue.poll();
            observer.queueChanged(level, -1);
            observer.waited(need, level, now - need.enqueuedAt, now);
            decideAsBody(need, agenda.body, now);
        }
    }

    private void decideAsBody(Need need, Body body, double now) {
        double quality = pooledExpertise(body, need.domain) * retention(need);
        for (Person member : body.members()) {
            member.learn(need.domain, learning.perDecision(), learning.cap());
        }
        Person position = body.hasMember(need.origin) ? need.origin : body.members().get(0);
        if (advance(need, position)) {
            observer.decided(need, body.level(), quality, now);
        }
    }

    /** Moves to the next stage of an approval chain; true when this was the last stage. */
    private boolean advance(Need need, Person from) {
        need.stage++;
        if (need.stage < need.holders.length) {
            route(need, from);
            return false;
        }
        return true;
    }

    /** A body decides better than its average member: pooling moves it toward its best member. */
    private double pooledExpertise(Body body, int domain) {
        double sum = 0;
        double best = 0;
        for (Person member : body.members()) {
            double e = member.expertise(domain);
            sum += e;
            best = Math.max(best, e);
        }
        double mean = sum / body.members().size();
        return mean + pooling * (best - mean);
    }

    private double retention(Need need) {
        return Math.pow(hopRetention, need.hops);
    }

    /** Queue lengths per level right now (for daily series and live displays). */
    public int queued(Person person) {
        return desks[person.id()].queue.size();
    }

    public int queued(Body body) {
        return agendas[body.id()].queue.size();
    }

    public boolean busy(Person person) {
        return !desks[person.id()].idle();
    }

    /** Busy intervals still open when the run ends, so utilisation counts them up to the end. */
    public void flushOpenService(double end) {
        for (Desk desk : desks) {
            if (!desk.idle()) {
                observer.served(desk.person, desk.serviceStart, end);
            }
        }
    }
}
