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
 * How a need travels: routed up the reporting line to the holder of its decision right (each
 * hop costs a hand-off delay; one event per leg of the journey), perhaps escalated further, queued at a desk or on a
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
    private double hopRetention;
    private double transparency;
    private final double[] retentionByHops = new double[16];
    private final double contextLossPerHop;
    private final double pooling;
    private final Scenario.Escalation escalation;
    private double psychologicalSafety;
    /** [domain][scope] -> holders of the decision right (an approval chain); a regime change rewrites it. */
    private final Level[][][] rights;
    private final Scenario.Learning learning;
    private final Desk[] desks;
    private final Agenda[] agendas;
    private long sequence;
    /** What follows when a waiting need's patience runs out; null keeps needs waiting for ever. */
    private final Outcome onExpiry;
    private final boolean rerouteFirst;
    private final double workaroundPenalty;
    private final double horizon;
    /** [domain][scope] -> advisory bodies that review a need before its holder decides, or null. */
    private final Level[][][] advisers;
    /** Chance a need goes first to the right desk; below 1 some go to a wrong one first. */
    private final double clarity;
    /** Every level that holds or advises on some right now: where a misrouted need may land. */
    private Level[] rightHolders = new Level[0];
    /** Waiting needs by when their patience runs out. */
    private final PatienceCalendar patience;
    /** Desk names for the needs log; null unless a log is kept. */
    private leadsim.model.DeskNames trailNames;

    public DecisionFlow(Scenario scenario, Organisation org, Schedule schedule, MersenneTwisterFast random,
                        FlowObserver observer) {
        this.org = org;
        this.schedule = schedule;
        this.random = random;
        this.observer = observer;
        this.serviceTimes = new ServiceTimes(scenario.service());
        this.handoffDays = scenario.routing().handoffDays();
        this.contextLossPerHop = scenario.quality().contextLossPerHop();
        this.rights = new Level[Vocabulary.DOMAINS.size()][Vocabulary.SCOPES.size()][];
        this.advisers = new Level[Vocabulary.DOMAINS.size()][Vocabulary.SCOPES.size()][];
        if (scenario.advisory() != null) {
            scenario.advisory().forEach((domain, byScope) -> {
                if (byScope != null) {
                    byScope.forEach((scope, bodies) -> advisers[Vocabulary.DOMAINS.indexOf(domain)][Vocabulary.SCOPES.indexOf(scope)]
                            = bodies.stream().map(org::level).toArray(Level[]::new));
                }
            });
        }
        this.clarity = scenario.culture().clarity() == null ? 1.0 : scenario.culture().clarity();
        setRights(scenario.decisionRights());
        setTransparency(scenario.culture().transparency());
        this.pooling = scenario.quality().pooling();
        this.escalation = scenario.escalation();
        this.psychologicalSafety = scenario.culture().psychologicalSafety();
        this.learning = scenario.learning();
        this.horizon = scenario.horizon().days();
        String expiry = scenario.overload().onExpiry();
        this.onExpiry = switch (expiry) {
            case "keep_waiting" -> null;
            case "lapse" -> Outcome.LAPSE;
            default -> Outcome.WORKAROUND; // workaround, and reroute where no other holder is free
        };
        this.rerouteFirst = "reroute".equals(expiry);
        this.workaroundPenalty = scenario.overload().workaroundPenalty();
        this.patience = new PatienceCalendar(schedule, this);
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
                    spec.itemsPerMeeting() == null ? 0 : spec.itemsPerMeeting(),
                    spec.meetingHours() == null ? 0 : spec.meetingHours(), this);
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
        setRights(rights);
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

    /** The calendar of waiting needs' patience (for tests of what it holds). */
    PatienceCalendar patienceCalendar() {
        return patience;
    }

    long nextSequence() {
        return sequence++;
    }

    /** Keeps every need's stations for a needs log, named as {@code names} says. Call before the run. */
    public void keepTrails(leadsim.model.DeskNames names) {
        this.trailNames = names;
    }

    /** True when needs give up once their patience runs out. */
    public boolean impatient() {
        return onExpiry != null;
    }

    /** Sets the cells of the decision-rights table that {@code table} names; the others stay. */
    public void setRights(Map<String, Map<String, List<String>>> table) {
        table.forEach((domain, byScope) -> {
            if (byScope != null) {
                byScope.forEach((scope, chain) -> rights[Vocabulary.DOMAINS.indexOf(domain)][Vocabulary.SCOPES.indexOf(scope)]
                        = chain.stream().map(org::level).toArray(Level[]::new));
            }
        });
        java.util.Set<Level> named = new java.util.LinkedHashSet<>();
        for (Level[][] byScope : rights) {
            for (Level[] chain : byScope) {
                if (chain != null) {
                    named.addAll(List.of(chain));
                }
            }
        }
        for (Level[][] byScope : advisers) {
            for (Level[] bodies : byScope) {
                if (bodies != null) {
                    named.addAll(List.of(bodies));
                }
            }
        }
        rightHolders = named.stream().sorted(java.util.Comparator.comparingInt(Level::index)).toArray(Level[]::new);
    }

    /** Holders of the right to decide (domain, scope) now, or null where the table has no entry. */
    public Level[] holders(int domain, int scope) {
        return rights[domain][scope];
    }

    /** A regime change of culture: safety drives escalation, transparency shields context. */
    public void setCulture(double safety, double transparency) {
        this.psychologicalSafety = safety;
        setTransparency(transparency);
    }

    /**
     * Changes transparency (also while running): it shields every need's hops from now on,
     * because what is written down does not get lost.
     */
    public void setTransparency(double transparency) {
        this.transparency = transparency;
        this.hopRetention = 1 - contextLossPerHop * (1 - transparency);
        for (int h = 0; h < retentionByHops.length; h++) {
            retentionByHops[h] = Math.pow(hopRetention, h);
        }
    }

    /**
     * Raises a need on behalf of another mechanism (a trial of a practice): it is routed by the
     * decision rights and waits in the same queues as every other need, and the listener hears
     * the final decision.
     */
    public Need request(Person origin, int domain, int scope, double deadlineDays, double size, int team,
                        NeedListener listener) {
        double now = schedule.getTime();
        Need need = new Need(nextSequence(), now, domain, scope, deadlineDays, size, origin, -1, origin.school(),
                team, rights[domain][scope]);
        need.listener = listener;
        need.patienceDays = deadlineDays;
        raise(need);
        return need;
    }

    /**
     * A new need enters the system at its origin. Its patience (set by whoever made it; the
     * deadline by default) starts now, unless the scenario keeps needs waiting.
     */
    public void raise(Need need) {
        need.flow = this;
        double now = schedule.getTime();
        if (trailNames != null) {
            need.trail = new NeedTrail();
        }
        observer.raised(need, now);
        if (onExpiry != null) {
            startPatience(need, now);
        }
        need.advisers = advisers[need.domain][need.scope];
        if (clarity < 1 && random.nextDouble() >= clarity) {
            Level wrong = wrongDesk(need);
            if (wrong != null) {
                need.detour = true;
                routeTo(need, need.origin, wrong);
                return;
            }
        }
        proceed(need, need.origin);
    }

    /**
     * Where an unclear need lands first: any other level that holds or advises on some right,
     * drawn uniformly (the need's own first holder and its advisers excluded).
     */
    private Level wrongDesk(Need need) {
        int n = 0;
        Level[] candidates = new Level[rightHolders.length];
        for (Level level : rightHolders) {
            if (level != need.holders[0] && !contains(need.advisers, level)) {
                candidates[n++] = level;
            }
        }
        return n == 0 ? null : candidates[random.nextInt(n)];
    }

    private static boolean contains(Level[] levels, Level level) {
        if (levels != null) {
            for (Level l : levels) {
                if (l == level) {
                    return true;
                }
            }
        }
        return false;
    }

    /** On to the next advisory body that has not yet reviewed the need, else to its holder. */
    private void proceed(Need need, Person from) {
        if (need.advisers != null && need.advised < need.advisers.length) {
            need.advising = true;
            routeTo(need, from, need.advisers[need.advised]);
            return;
        }
        route(need, from);
    }

    private void startPatience(Need need, double from) {
        if (Double.isNaN(need.patienceDays)) {
            need.patienceDays = need.deadline - need.created;
        }
        need.patienceEnd = from + need.patienceDays;
        if (need.timerSet()) {
            patience.remove(need); // a timer for the old patience has nothing left to time
        }
    }

    /**
     * Sets the need's patience timer once it is left waiting in a queue or on an agenda. A need
     * served at once, or travelling, needs none: when it next queues after its patience has run
     * out, it gives up there and then (see {@link #enqueue}). So only needs that wait cost a timer
     * event, with the same outcome as a timer for every need.
     */
    private void armPatience(Need need) {
        if (onExpiry != null && need.waitingIn != null && !need.timerSet() && need.patienceEnd < horizon) {
            patience.add(need);
        }
    }

    /**
     * A need's patience ran out. Waiting in a queue or on an agenda, it leaves now; travelling or
     * in service, it goes on, and gives up at its next queue (a need in service is not taken
     * from the person deciding it).
     */
    void patienceRanOut(Need need, double now) {
        if (need.outcome != Outcome.OPEN || now < need.patienceEnd) {
            // the calendar holds only needs still waiting, with the patience they were armed with
            // (fresh patience takes the old timer out), so neither happens; a guard, not a case
            return;
        }
        if (need.waitingIn == null) {
            return;
        }
        Level level = need.waitingAt;
        need.waitingIn.remove(need);
        endWait(need, level, now);
        expire(need, level, now);
    }

    /**
     * What the scenario says follows an expired wait at {@code level}: a reroute to another
     * holder of the same kind in the same school (once, and only where one exists), otherwise a
     * workaround or a lapse.
     */
    private void expire(Need need, Level level, double now) {
        if (rerouteFirst && !need.rerouted && rerouteToPeer(need, level, now)) {
            return;
        }
        need.outcome = onExpiry;
        if (onExpiry == Outcome.LAPSE) {
            observer.gaveUp(need, level, Outcome.LAPSE, Double.NaN, now);
            if (need.listener != null) {
                need.listener.decided(need, null, null, Double.NaN, now);
            }
            return;
        }
        // decided by default: the raiser acts with their own expertise, full context (no hops),
        // less a penalty for acting without the right; nobody learns from it
        Person raiser = need.origin;
        double quality = raiser.expertise(need.domain) * (1 - workaroundPenalty);
        observer.gaveUp(need, level, Outcome.WORKAROUND, quality, now);
        if (need.listener != null) {
            need.listener.decided(need, raiser.level(), raiser, quality, now);
        }
    }

    /** Sends the need to the least loaded other holder of its level in its school, if any. */
    private boolean rerouteToPeer(Need need, Level level, double now) {
        Person from = need.headingToDesk == null ? null : need.headingToDesk.person;
        if (level.isBody()) {
            Agenda here = need.headingToAgenda;
            Agenda best = null;
            for (Body body : org.bodies()) {
                Agenda other = agendas[body.id()];
                if (body.level() == level && body.school() == here.body.school() && other != here
                        && (best == null || other.queue.size() < best.queue.size())) {
                    best = other;
                }
            }
            if (best == null) {
                return false;
            }
            need.headingToAgenda = best;
            need.headingToDesk = null;
        } else {
            Desk here = need.headingToDesk;
            Desk best = null;
            for (Person peer : org.peopleOf(level, here.person.school())) {
                Desk other = desks[peer.id()];
                if (other != here && peer.capacityHours() > 0
                        && (best == null || load(other) < load(best))) {
                    best = other;
                }
            }
            if (best == null) {
                return false;
            }
            need.headingToDesk = best;
        }
        need.rerouted = true;
        observer.rerouted(need, level, now);
        startPatience(need, now);
        travel(need, from, level, 1);
        return true;
    }

    private static int load(Desk desk) {
        return desk.queue.size() + (desk.idle() ? 0 : 1);
    }


    /** Sends the need toward the holder of its current stage, starting from {@code from}. */
    private void route(Need need, Person from) {
        routeTo(need, from, need.holders[need.stage]);
    }

    /** Sends the need toward a desk or body of {@code holder}, starting from {@code from}. */
    private void routeTo(Need need, Person from, Level holder) {
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
            if (!enqueue(need, agenda.queue, agenda.body.level(), now)) {
                return;
            }
            for (Desk server : agenda.servers) {
                if (server.idle()) {
                    startNext(server);
                    break;
                }
            }
            armPatience(need);
            return;
        }
        Desk desk = need.headingToDesk;
        Person holder = desk.person;
        Person above = holder.supervisor() == null ? null : escalationTarget(holder, need);
        if (above != null) {
            int hops = 0;
            for (Person p = holder; p != above; p = p.supervisor()) {
                hops++;
            }
            need.escalations++;
            observer.escalated(need, holder, now);
            need.headingToDesk = desks[above.id()];
            travel(need, holder, above.level(), hops);
            return;
        }
        if (enqueue(need, desk.queue, holder.level(), now)) {
            if (desk.idle()) {
                startNext(desk);
            }
            armPatience(need);
        }
    }

    /** Holders still pass decisions up, more so where it is unsafe to decide or they feel unsure. */
    /**
     * Who a holder passes the need to, or null if they decide it. Fear seeks cover and goes to
     * the top of the holder's school (the seeds' "decisions pushed up to the principal"); doubt
     * and the base rate seek advice one step up. The two are exclusive shares of one draw.
     */
    private Person escalationTarget(Person holder, Need need) {
        double fear = escalation.fear() * (1 - psychologicalSafety);
        double doubt = escalation.base() + escalation.doubt() * (1 - holder.expertise(need.domain));
        if (fear + doubt <= 0) {
            return null;
        }
        double u = random.nextDouble();
        if (u < fear) {
            Person top = topOfSchool(holder);
            if (top != holder) {
                return top;
            }
        }
        return u < fear + doubt ? holder.supervisor() : null;
    }

    /** The highest person above the holder in the same school (or the same office). */
    private static Person topOfSchool(Person holder) {
        Person top = holder;
        while (top.supervisor() != null && top.supervisor().school() == holder.school()) {
            top = top.supervisor();
        }
        return top;
    }

    /** Queues the need; false when its patience has already run out, so it gives up here at once. */
    private boolean enqueue(Need need, NeedQueue queue, Level level, double now) {
        if (need.trail != null) {
            need.trail.arrive(station(need), now);
        }
        if (onExpiry != null && now >= need.patienceEnd) {
            if (need.trail != null) {
                need.trail.leave(now);
            }
            expire(need, level, now);
            return false;
        }
        need.enqueuedAt = now;
        need.waitingAt = level;
        need.waitingIn = queue;
        queue.add(need);
        observer.queueChanged(level, +1);
        return true;
    }

    private String station(Need need) {
        return need.headingToAgenda != null ? trailNames.of(need.headingToAgenda.body) : trailNames.of(need.headingToDesk.person);
    }

    /** The need leaves its queue or agenda now: its wait is booked where it waited. */
    private void endWait(Need need, Level level, double now) {
        need.waitedDays += now - need.enqueuedAt;
        need.waitingAt = null;
        need.waitingIn = null;
        if (need.timerSet()) {
            patience.remove(need); // not waiting any more: no patience to run out until it queues again
        }
        if (need.trail != null) {
            need.trail.leave(now);
        }
        observer.queueChanged(level, -1);
        observer.waited(need, level, now - need.enqueuedAt, now);
    }

    /**
     * An idle person first sits out the meeting time they owe (their desk is closed meanwhile),
     * then takes the most pressing need among their own queue and their pools.
     */
    private void startNext(Desk desk) {
        if (desk.meetingHoursOwed > 0) {
            double now = schedule.getTime();
            desk.meeting = true;
            desk.serviceStart = now;
            double days = desk.meetingHoursOwed / desk.person.capacityHours();
            desk.meetingHoursOwed = 0;
            schedule.scheduleOnce(now + days, ORDER_FLOW, desk);
            return;
        }
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
        endWait(need, bestLevel, now);
        double hours = need.size * serviceTimes.drawHours(random);
        desk.inHand = need;
        desk.inHandFor = bestLevel;
        desk.serviceStart = now;
        schedule.scheduleOnce(now + hours / desk.person.capacityHours(), ORDER_FLOW, desk);
    }

    /** A person finished deciding the need in hand (called as the desk's own event). */
    void completeService(Desk desk) {
        double now = schedule.getTime();
        if (desk.meeting) {
            desk.meeting = false;
            observer.met(desk.person, desk.serviceStart, now);
            startNext(desk);
            return;
        }
        Need need = desk.inHand;
        Level decidedAt = desk.inHandFor;
        desk.inHand = null;
        observer.served(desk.person, desk.serviceStart, now);
        Person decider = desk.person;
        if (need.detour) {
            // not theirs to decide: the time is spent, nobody learns, and the need goes on
            need.detour = false;
            observer.reworked(need, decidedAt, now);
            proceed(need, decider);
            if (desk.idle()) {
                startNext(desk);
            }
            return;
        }
        double quality = advised(need, decider.expertise(need.domain) * retention(need));
        decider.learn(need.domain, learning.perDecision(), learning.cap());
        if (advance(need, decider, decidedAt)) {
            need.outcome = Outcome.DECIDED;
            observer.decided(need, decidedAt, quality, now);
            if (need.listener != null) {
                need.listener.decided(need, decidedAt, decider, quality, now);
            }
        }
        if (desk.idle()) {
            startNext(desk);
        }
    }

    /**
     * A body meets and takes up to its capacity of items; the rest wait for the next meeting.
     * The meeting takes {@code meeting_hours} of every member's decision time: each member's
     * desk closes for that long as soon as the need in hand (if any) is done.
     */
    void holdMeeting(Agenda agenda) {
        double now = schedule.getTime();
        Level level = agenda.body.level();
        for (int i = 0; i < agenda.itemsPerMeeting && agenda.queue.size() > 0; i++) {
            Need need = agenda.queue.poll();
            endWait(need, level, now);
            if (need.detour) {
                need.detour = false;
                observer.reworked(need, level, now);
                proceed(need, position(need, agenda.body));
            } else if (need.advising) {
                review(need, agenda.body, now);
            } else {
                decideAsBody(need, agenda.body, now);
            }
        }
        if (agenda.meetingHours > 0) {
            for (Person member : agenda.body.members()) {
                if (member.capacityHours() <= 0) {
                    continue; // an empty seat spends no time
                }
                Desk desk = desks[member.id()];
                desk.meetingHoursOwed += agenda.meetingHours;
                if (desk.idle()) {
                    startNext(desk);
                }
            }
        }
    }

    /** Where a need leaves a body from: its raiser if a member, else the body's first member. */
    private static Person position(Need need, Body body) {
        return body.hasMember(need.origin) ? need.origin : body.members().get(0);
    }

    /**
     * An advisory body reviews the need: its advice is the body's pooled expertise less the
     * context lost on the way; it decides nothing and nobody learns, and the need goes on.
     */
    private void review(Need need, Body body, double now) {
        need.advising = false;
        need.advised++;
        double advice = pooledExpertise(body, need.domain) * retention(need);
        if (Double.isNaN(need.advice) || advice > need.advice) {
            need.advice = advice;
        }
        observer.advised(need, body.level(), advice, now);
        proceed(need, position(need, body));
    }

    /**
     * The holder weighs the advice as a body weighs its best member: quality moves toward the
     * advice by the pooling share when the advice is better, and never down.
     */
    private double advised(Need need, double quality) {
        if (Double.isNaN(need.advice) || need.advice <= quality) {
            return quality;
        }
        return quality + pooling * (need.advice - quality);
    }

    private void decideAsBody(Need need, Body body, double now) {
        double quality = advised(need, pooledExpertise(body, need.domain) * retention(need));
        for (Person member : body.members()) {
            member.learn(need.domain, learning.perDecision(), learning.cap());
        }
        Person position = position(need, body);
        if (advance(need, position, body.level())) {
            need.outcome = Outcome.DECIDED;
            observer.decided(need, body.level(), quality, now);
            if (need.listener != null) {
                need.listener.decided(need, body.level(), null, quality, now);
            }
        }
    }

    /**
     * Moves to the next stage of an approval chain; true when this was the last stage. A stage
     * held by the role that just decided is already done: a need escalated from the assistant
     * principal to the principal does not queue at the principal twice.
     */
    private boolean advance(Need need, Person from, Level decidedAt) {
        need.stage++;
        while (need.stage < need.holders.length && need.holders[need.stage] == decidedAt) {
            need.stage++;
        }
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
        return need.hops < retentionByHops.length ? retentionByHops[need.hops] : Math.pow(hopRetention, need.hops);
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
            if (desk.meeting) {
                observer.met(desk.person, desk.serviceStart, end);
            } else if (desk.inHand != null) {
                observer.served(desk.person, desk.serviceStart, end);
            }
        }
    }
}
