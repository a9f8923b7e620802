package leadsim.bench;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The ceiling: a bare MASON schedule driven through a given number of events by steppables
 * that do nothing but reschedule themselves at exponential gaps, with as many events pending
 * as the model typically has. No model can step MASON's schedule faster than this.
 */
final class BareScheduleLoad {
    private BareScheduleLoad() {}

    /** Steps {@code events} event times and returns how many were stepped. */
    static long run(long seed, long events, int pending) {
        SimState state = new SimState(seed);
        state.start();
        Schedule schedule = state.schedule;
        for (int i = 0; i < pending; i++) {
            schedule.scheduleOnce(state.random.nextDouble(), 0, new Rescheduler());
        }
        long stepped = 0;
        while (stepped < events && schedule.step(state)) {
            stepped++;
        }
        state.finish();
        return stepped;
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
