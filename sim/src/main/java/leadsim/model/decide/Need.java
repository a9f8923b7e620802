package leadsim.model.decide;

import leadsim.model.Level;
import leadsim.model.Person;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A matter that needs a decision: raised at {@link #created}, it climbs to the holders of its
 * decision right (one per stage of an approval chain), waits, and is decided.
 */
public final class Need implements Steppable {
    private static final long serialVersionUID = 1L;

    final long sequence;
    final double created;
    final int domain;
    final int scope;
    final double deadline;
    final double size;
    final Person origin;
    final int student;
    final int school;
    final int team;
    final Level[] holders;
    int stage;
    int hops;
    int escalations;
    double enqueuedAt;
    double waitedDays;
    /** The level whose queue or agenda holds the need now, or null while travelling or served. */
    Level waitingAt;
    /** Slot in the recorder's list of open needs (an index, so removal is O(1)). */
    int openSlot = -1;
    /** Slot in the list of open needs of its school's (or the office's) recorder, in a district. */
    int partSlot = -1;
    // Where the need is travelling to: it is its own delivery event, one hand-off at a time.
    Desk headingToDesk;
    Agenda headingToAgenda;
    DecisionFlow flow;
    /** Who wants to hear the final decision (a trial waiting for approval), or null. */
    NeedListener listener;
    /**
     * Days the raiser waits before giving up (from raising; after a reroute, from the reroute);
     * NaN until set, which means the need's own deadline.
     */
    double patienceDays = Double.NaN;
    /** When patience runs out; infinite when the scenario keeps needs waiting. */
    double patienceEnd = Double.POSITIVE_INFINITY;
    /** Its place in the patience calendar while a patience timer is set (see DecisionFlow.armPatience), else -1. */
    int calendarAt = -1;
    boolean rerouted;
    /** The queue that holds the need now (a desk's or an agenda's), so expiry can take it out. */
    NeedQueue waitingIn;
    /** How the need's journey ended, or {@link Outcome#OPEN} while it goes on. */
    Outcome outcome = Outcome.OPEN;
    /** Where it has been, for the needs log; null unless a log is kept. */
    NeedTrail trail;
    /** Advisory bodies that review it before the holder decides (null: none), and how many have. */
    Level[] advisers;
    int advised;
    /** On its way to (or on the agenda of) an advisory body, which reviews and does not decide. */
    boolean advising;
    /** The best advice it received: an advisory body's pooled expertise, less context lost; NaN if none. */
    double advice = Double.NaN;
    /** Sent first to a wrong desk or body (unclear authority): it is worked there, then re-routed. */
    boolean detour;

    Need(long sequence, double created, int domain, int scope, double deadlineDays, double size,
         Person origin, int student, int school, int team, Level[] holders) {
        this.sequence = sequence;
        this.created = created;
        this.domain = domain;
        this.scope = scope;
        this.deadline = created + deadlineDays;
        this.size = size;
        this.origin = origin;
        this.student = student;
        this.school = school;
        this.team = team;
        this.holders = holders;
    }

    @Override
    public void step(SimState state) {
        flow.deliver(this);
    }

    /** A patience timer is pending: the need is in the patience calendar. */
    boolean timerSet() {
        return calendarAt >= 0;
    }

    public double created() {
        return created;
    }

    public int domain() {
        return domain;
    }

    public int scope() {
        return scope;
    }

    /** Days spent waiting in queues and on agendas so far (not travelling, not being served). */
    public double waitedDays() {
        return waitedDays;
    }

    public Level waitingAt() {
        return waitingAt;
    }

    public double enqueuedAt() {
        return enqueuedAt;
    }

    public int openSlot() {
        return openSlot;
    }

    public void openSlot(int slot) {
        openSlot = slot;
    }

    public int partSlot() {
        return partSlot;
    }

    public void partSlot(int slot) {
        partSlot = slot;
    }

    public int hops() {
        return hops;
    }

    public int escalations() {
        return escalations;
    }

    /** The student who raised it, or -1 for a need raised by staff. */
    public int student() {
        return student;
    }

    public Person origin() {
        return origin;
    }

    public double deadline() {
        return deadline;
    }

    public double size() {
        return size;
    }

    public long sequence() {
        return sequence;
    }

    public int school() {
        return school;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean rerouted() {
        return rerouted;
    }

    /** The advice it received before its decision (NaN if no advisory body reviewed it). */
    public double advice() {
        return advice;
    }

    /** Where the need has been (desks and meetings with times), or null when no log is kept. */
    public NeedTrail trail() {
        return trail;
    }

    /** The person whose desk the need is travelling to, or null when it goes to a body. */
    public Person headingToPerson() {
        return headingToDesk == null ? null : headingToDesk.person;
    }

    /** The body on whose agenda the need is travelling to, or null when it goes to a person. */
    public leadsim.model.Body headingToBody() {
        return headingToAgenda == null ? null : headingToAgenda.body;
    }
}
