package leadsim.demo;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Stoppable;

/**
 * The demo's own MASON state: its schedule ticks in fractions of a school day, and each tick
 * brings every run (one, or two when comparing) up to the same day, so compared scenarios move
 * in lockstep however different their event counts are. The Console steps this clock; the runs
 * keep their own schedules and random generators, so each run's history is the one its seed
 * gives on its own.
 */
public final class LockstepClock extends SimState {
    private static final long serialVersionUID = 1L;
    /** School days per tick: 20 frames a day keeps hand-offs visible and motion smooth. */
    static final double TICK = 0.05;

    private final List<DemoRun> runs;
    private final LessonScript script;
    private transient Stoppable ticker;

    LockstepClock(long seed, List<DemoRun> runs, LessonScript script) {
        super(seed);
        this.runs = List.copyOf(runs);
        this.script = script;
    }

    @Override
    public void start() {
        super.start();
        for (DemoRun run : runs) {
            run.start();
        }
        if (script != null) {
            script.rewind(runs);
        }
        ticker = schedule.scheduleRepeating(TICK, 0, state -> tick(), TICK);
    }

    private void tick() {
        double day = schedule.getTime();
        for (DemoRun run : runs) {
            run.advanceTo(day);
        }
        if (script != null) {
            script.play(day, runs);
        }
        if (runs.stream().allMatch(DemoRun::ended)) {
            // every run reached its horizon: an empty schedule tells the Console to stop
            ticker.stop();
        }
    }

    /** Steps the clock until it reaches {@code day} (for snapshots and tests, without a Console). */
    void runUntil(double day) {
        while (schedule.getTime() < day - 1e-9 && schedule.step(this)) {
            // one tick per step
        }
    }

    List<DemoRun> runs() {
        return runs;
    }

    LessonScript script() {
        return script;
    }
}
