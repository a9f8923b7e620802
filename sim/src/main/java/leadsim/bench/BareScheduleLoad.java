package leadsim.bench;

import leadsim.model.engine.PrimitiveHeapSchedule;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling: a bare schedule driven through a given number of events by steppables that do
 * nothing but reschedule themselves at exponential gaps, with as many events pending as the
 * model has. Each step takes one event and schedules one, so the heap holds exactly
 * {@code pending} events throughout. No model can step that schedule faster than this. The
 * schedule is MASON's own, or ({@link Engine#MODEL}) the one the model runs on.
 */
final class BareScheduleLoad {
    private BareScheduleLoad() {}

    /** What one load did: event times stepped, and the events still pending at the end. */
    record Stepped(long events, long pendingAtEnd) {}

    /** Which schedule a load steps. */
    enum Engine {
        /** MASON 18's {@code Schedule}, as a MASON model would use it. */
        MASON,
        /** The model's {@link PrimitiveHeapSchedule}: MASON's order on primitive arrays. */
        MODEL
    }

    /** Steps {@code events} event times on MASON's schedule with {@code pending} events pending, and returns how many were stepped. */
    static long run(long seed, long events, int pending) {
        return load(seed, events, pending).events();
    }

    /** The same, on the schedule {@code engine}. */
    static long run(Engine engine, long seed, long events, int pending) {
        return load(engine, seed, events, pending).events();
    }

    static Stepped load(long seed, long events, int pending) {
        return load(Engine.MASON, seed, events, pending);
    }

    static Stepped load(Engine engine, long seed, long events, int pending) {
        if (pending < 1) {
            throw new IllegalArgumentException("a bare load needs at least one pending event (got " + pending + ")");
        }
        Schedule schedule = engine == Engine.MASON ? new CountedSchedule() : new PrimitiveHeapSchedule();
        SimState state = new BareState(seed, schedule);
        state.start();
        for (int i = 0; i < pending; i++) {
            schedule.scheduleOnce(state.random.nextDouble(), 0, new Rescheduler());
        }
        long stepped = 0;
        while (stepped < events && schedule.step(state)) {
            stepped++;
        }
        long left = schedule instanceof CountedSchedule counted
                ? counted.pending() : ((PrimitiveHeapSchedule) schedule).pending();
        state.finish();
        return new Stepped(stepped, left);
    }

    /** MASON's own schedule, only able to say how many events it holds (read after the run, never during it). */
    private static final class CountedSchedule extends Schedule {
        private static final long serialVersionUID = 1L;

        long pending() {
            synchronized (lock) {
                return queue.size();
            }
        }
    }

    private static final class BareState extends SimState {
        private static final long serialVersionUID = 1L;

        BareState(long seed, Schedule schedule) {
            super(seed, schedule);
        }
    }

    private static final class Rescheduler implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            double gap = -Math.log(1.0 - state.random.nextDouble());
            state.schedule.scheduleOnce(state.schedule.getTime() + gap, 0, this);
        }
    }
}
