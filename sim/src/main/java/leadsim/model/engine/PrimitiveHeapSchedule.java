package leadsim.model.engine;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.util.Bag;

/**
 * MASON 18's {@link Schedule}, stepping the same events in the same order, with its binary heap
 * kept in primitive arrays.
 *
 * <p>Why: a school year steps about 24,000 event times, and MASON's schedule was the largest
 * share of the run: every event allocates a {@code Key}, compares keys through
 * {@code Comparable}, and takes two or three locks (a school year took 0.0090-0.0102 s on it, 0.0076-0.0077 s
 * on this one, the same hour). Here the heap holds times in an array of {@code double} and
 * orderings with the events' slots in one of {@code long}; the events stay put in their slots,
 * so sifting moves numbers only (a moved reference costs the collector's write barrier). An
 * event costs no allocation, and a run's own thread takes no lock (a run is stepped by one
 * thread; see {@link #pending()} for the one reader from another).
 *
 * <p>The order is MASON's to the bit, so a seed gives the same history on either schedule
 * ({@code PrimitiveHeapScheduleTest} compares them event by event on loads full of ties;
 * {@code SameHistoryOnMasonsScheduleTest} runs the shipped scenarios on both):
 * <ul>
 *   <li>the heap is laid out as MASON's {@code sim.util.Heap} lays it out after every
 *       operation (the same sift-up; a sift-down that ends where MASON's does with about half
 *       its comparisons, see {@link #siftDown}), so events of equal time and ordering leave it in
 *       the same order;</li>
 *   <li>those events are then shuffled with the run's generator, as MASON does (its shuffling
 *       cannot be turned off);</li>
 *   <li>an event scheduled for the current time is moved to the next representable time, and a
 *       sealed schedule, a time at or past {@link #AFTER_SIMULATION}, before {@link #EPOCH}, NaN
 *       or in the past are refused as MASON refuses them.</li>
 * </ul>
 * MASON 18 has no steppables before and after each step, so none are run.
 */
public final class PrimitiveHeapSchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    private static final java.lang.reflect.Field KEY_TIME = keyTime();

    /** The heap's times, {@code times[0..size)}, 0-based where MASON's is 1-based. */
    private double[] times = new double[64];
    /**
     * Beside each time, its ordering (high 32 bits) and the slot of its event in {@link #events}
     * (low 32 bits): the heap moves numbers only. An event stays in its slot from scheduling to
     * stepping, so sifting stores no references (each of which costs the collector's write
     * barrier).
     */
    private long[] keys = new long[64];
    private Steppable[] events = new Steppable[64];
    /** Slots of {@link #events} free for reuse, a stack of {@code freeCount}. */
    private int[] free = new int[64];
    private int freeCount;
    /** Slots ever used: a slot is taken from {@link #free} first, else this one. */
    private int slotsUsed;
    /** Events pending. */
    private int size;
    /** Events stepped since the last reset: more than MASON's steps (event times) when some share a time. */
    private long eventsStepped;

    private final Bag current = new Bag();
    private final Bag substeps = new Bag();
    private boolean stepping;

    /**
     * Events stepped (steppables, each one entry taken from the heap) since the schedule was
     * reset; {@link #getSteps()} counts event times, and several events can share one.
     */
    public long eventsStepped() {
        return eventsStepped;
    }

    /** The events pending now: read by a sampler on another thread, so only a sample. */
    public int pending() {
        return size;
    }

    @Override
    public double getTime() {
        return time;
    }

    @Override
    public boolean scheduleOnce(Steppable event) {
        return schedule(time + 1.0, 0, event);
    }

    @Override
    public boolean scheduleOnceIn(double delta, Steppable event) {
        return schedule(time + delta, 0, event);
    }

    @Override
    public boolean scheduleOnce(Steppable event, int ordering) {
        return schedule(time + 1.0, ordering, event);
    }

    @Override
    public boolean scheduleOnceIn(double delta, Steppable event, int ordering) {
        return schedule(time + delta, ordering, event);
    }

    @Override
    public boolean scheduleOnce(double when, Steppable event) {
        return schedule(when, 0, event);
    }

    @Override
    public boolean scheduleOnce(double when, int ordering, Steppable event) {
        return schedule(when, ordering, event);
    }

    /** MASON's path for a caller holding its own {@code Key}: a bumped time is written back, as MASON does. */
    @Override
    protected boolean scheduleOnce(Key key, Steppable event) {
        double when = bumped(key.getTime());
        if (when != key.getTime()) {
            setKeyTime(key, when);
        }
        return admissible(when, event) && add(when, key.getOrdering(), event);
    }

    /**
     * MASON's {@code scheduleRepeating} in all its forms ends here (the others pass their
     * defaults: the next whole time, ordering 0, an interval of 1). MASON's own repeating event
     * is private to its package, so {@link Repeat} does what it does.
     */
    @Override
    public Stoppable scheduleRepeating(double when, int ordering, Steppable event, double interval) {
        if (!(interval > 0)) {
            throw new IllegalArgumentException("The steppable " + event
                    + " was scheduled repeating with an impossible interval (" + interval + ")");
        }
        Repeat repeat = new Repeat(event, when, ordering, interval);
        return repeat.schedule() ? repeat : null;
    }

    private boolean schedule(double when, int ordering, Steppable event) {
        when = bumped(when);
        return admissible(when, event) && add(when, ordering, event);
    }

    /** An event for the current time goes to the next representable time (MASON's bit trick). */
    private double bumped(double when) {
        if (when == time && when != AFTER_SIMULATION) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(when) + 1L);
        }
        return when;
    }

    private boolean admissible(double when, Steppable event) {
        double now = time;
        if (sealed || when >= AFTER_SIMULATION) {
            return false;
        } else if (when < EPOCH) {
            throw new IllegalArgumentException("For the Steppable...\n\n" + event
                    + "\n\n...the time provided (" + when + ") is < EPOCH (" + EPOCH + ")");
        } else if (when != when) {
            throw new IllegalArgumentException("For the Steppable...\n\n" + event
                    + "\n\n...the time provided (" + when + ") is NaN");
        } else if (when < now) {
            throw new IllegalArgumentException("For the Steppable...\n\n" + event
                    + "\n\n...the time provided (" + when + ") is less than the current time (" + now + ")");
        } else if (event == null) {
            throw new IllegalArgumentException("The provided Steppable is null");
        }
        return true;
    }

    @Override
    public boolean step(SimState state) {
        if (stepping) {
            throw new RuntimeException("Schedule.step() is not reentrant, yet is being called recursively.");
        }
        stepping = true;
        if (time == AFTER_SIMULATION || size == 0) {
            time = AFTER_SIMULATION;
            stepping = false;
            return false;
        }
        double now = times[0];
        time = now;
        int ordering = ordering(keys[0]);
        Steppable first = extractMin();
        try {
            if (size == 0 || times[0] != now) {
                // the common case, one event at this time: nothing to gather or shuffle
                eventsStepped++;
                first.step(state);
                return true;
            }
            stepAllAt(now, ordering, first, state);
            return true;
        } finally {
            steps++;
            stepping = false;
        }
    }

    /** MASON's way with several events at one time: by ordering, each ordering's events shuffled. */
    private void stepAllAt(double now, int ordering, Steppable first, SimState state) {
        Bag current = this.current;
        Bag substeps = this.substeps;
        substeps.add(first);
        while (true) {
            while (size > 0 && times[0] == now && ordering(keys[0]) == ordering) {
                substeps.add(extractMin());
            }
            if (substeps.numObjs > 1) {
                substeps.shuffle(state.random);
            }
            current.addAll(substeps);
            substeps.clear();
            if (size == 0 || times[0] != now) {
                break;
            }
            ordering = ordering(keys[0]);
            substeps.add(extractMin());
        }
        int n = current.numObjs;
        eventsStepped += n;
        Object[] objs = current.objs;
        try {
            for (int x = 0; x < n; x++) {
                ((Steppable) objs[x]).step(state);
                objs[x] = null;
            }
        } finally {
            current.numObjs = 0;
        }
    }

    // MASON's sim.util.Heap, 0-based: the same layout after every operation

    private static boolean less(double t, int o, double t2, int o2) {
        return t == t2 ? o < o2 : t < t2;
    }

    private static int ordering(long key) {
        return (int) (key >> 32);
    }

    private static long key(int ordering, int slot) {
        return ((long) ordering << 32) | slot;
    }

    private boolean add(double when, int ordering, Steppable event) {
        if (size == times.length) {
            int grown = times.length * 2 + 1;
            times = java.util.Arrays.copyOf(times, grown);
            keys = java.util.Arrays.copyOf(keys, grown);
        }
        int slot = takeSlot();
        events[slot] = event;
        double[] times = this.times;
        long[] keys = this.keys;
        int i = ++size; // 1-based, as in MASON
        while (i > 1 && less(when, ordering, times[i / 2 - 1], ordering(keys[i / 2 - 1]))) {
            times[i - 1] = times[i / 2 - 1];
            keys[i - 1] = keys[i / 2 - 1];
            i = i / 2;
        }
        times[i - 1] = when;
        keys[i - 1] = key(ordering, slot);
        return true;
    }

    private int takeSlot() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (slotsUsed == events.length) {
            events = java.util.Arrays.copyOf(events, events.length * 2);
            free = java.util.Arrays.copyOf(free, events.length);
        }
        return slotsUsed++;
    }

    private Steppable extractMin() {
        int slot = (int) keys[0];
        Steppable result = events[slot];
        events[slot] = null;
        free[freeCount++] = slot;
        int last = --size;
        if (last > 0) {
            siftDown(times[last], keys[last], last);
        }
        return result;
    }

    /**
     * Puts {@code (t, key)} in the hole at the root of a heap of {@code n} as MASON's
     * {@code heapify} would, with fewer comparisons (Floyd's way): the hole first goes down to a
     * leaf along the smaller children (the right one only when strictly smaller, as MASON
     * chooses), then the element climbs back up that path past every element not strictly
     * smaller than itself. Elements on a path down a heap never decrease, so it ends where
     * MASON's would stop: below exactly the elements strictly smaller than it, the same layout.
     */
    private void siftDown(double t, long key, int n) {
        double[] times = this.times;
        long[] keys = this.keys;
        int i = 0;
        int half = n >>> 1; // positions below this have a left child
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < n && less(times[right], ordering(keys[right]), times[child], ordering(keys[child]))) {
                child = right;
            }
            times[i] = times[child];
            keys[i] = keys[child];
            i = child;
        }
        int o = ordering(key);
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (less(times[parent], ordering(keys[parent]), t, o)) {
                break;
            }
            times[i] = times[parent];
            keys[i] = keys[parent];
            i = parent;
        }
        times[i] = t;
        keys[i] = key;
    }

    private void empty() {
        java.util.Arrays.fill(events, null);
        size = 0;
        freeCount = 0;
        slotsUsed = 0;
    }

    @Override
    public void clear() {
        synchronized (lock) {
            super.clear();
            empty();
        }
    }

    @Override
    public void reset() {
        synchronized (lock) {
            super.reset();
            empty();
            eventsStepped = 0; // as MASON's reset zeroes its steps (clear leaves them)
        }
    }

    @Override
    public boolean scheduleComplete() {
        return size == 0;
    }

    @Override
    public void merge(Schedule other) {
        throw new UnsupportedOperationException("merging schedules is not supported by " + getClass().getSimpleName());
    }

    /** MASON's {@code IterativeRepeat}: reschedules itself one interval on, then steps its event. */
    private final class Repeat implements Steppable, Stoppable {
        private static final long serialVersionUID = 1L;
        private Steppable event;
        private double when;
        private final int ordering;
        private final double interval;

        Repeat(Steppable event, double when, int ordering, double interval) {
            this.event = event;
            this.when = when;
            this.ordering = ordering;
            this.interval = interval;
        }

        boolean schedule() {
            when = bumped(when);
            return admissible(when, this) && add(when, ordering, this);
        }

        @Override
        public void step(SimState state) {
            Steppable e = event;
            if (e == null) {
                return;
            }
            when += interval;
            if (when < AFTER_SIMULATION) {
                schedule();
            }
            e.step(state);
        }

        @Override
        public void stop() {
            event = null;
        }

        @Override
        public String toString() {
            return "Schedule.IterativeRepeat[" + event + "]";
        }
    }

    private static void setKeyTime(Key key, double when) {
        try {
            KEY_TIME.setDouble(key, when);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("MASON's Schedule.Key.time is not writable", e);
        }
    }

    private static java.lang.reflect.Field keyTime() {
        try {
            java.lang.reflect.Field f = Key.class.getDeclaredField("time");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("MASON's Schedule.Key has no field time (another MASON version?)", e);
        }
    }
}
