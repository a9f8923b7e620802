package leadsim.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling: a bare MASON schedule driven through a given number of events by steppables
 * that do nothing but reschedule themselves at exponential gaps, with as many events pending
 * as the model has. Each step takes one event and schedules one, so the heap holds exactly
 * {@code pending} events throughout. No model can step MASON's schedule faster than this.
 */
final class BareScheduleLoad {
    private BareScheduleLoad() {}

    /** What one load did: event times stepped, and the events still pending at the end. */
    record Stepped(long events, long pendingAtEnd) {}

    /** Steps {@code events} event times with {@code pending} events pending, and returns how many were stepped. */
    static long run(long seed, long events, int pending) {
        return load(seed, events, pending).events();
    }

    static Stepped load(long seed, long events, int pending) {
        if (pending < 1) {
            throw new IllegalArgumentException("a bare load needs at least one pending event (got " + pending + ")");
        }
        CountedSchedule schedule = new CountedSchedule();
        SimState state = new BareState(seed, schedule);
        state.start();
        for (int i = 0; i < pending; i++) {
            schedule.scheduleOnce(state.random.nextDouble(), 0, new Rescheduler());
        }
        long stepped = 0;
        while (stepped < events && schedule.step(state)) {
            stepped++;
        }
        long left = schedule.pending();
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
