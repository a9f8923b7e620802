package leadsim.demo;

import java.util.List;
import leadsim.demo.lesson.LessonScript;
import sim.engine.SimState;

/**
 * The demo's own MASON state: its schedule ticks in fractions of a school day, and each tick
 * brings every run (one, or two when comparing) up to the same day, so compared scenarios move
 * in lockstep however different their event counts are. The Console steps this clock; the runs
 * keep their own schedules and random generators, so each run's history is the one its seed
 * gives on its own.
 */
public final class LockstepClock extends SimState {
    private static final long serialVersionUID = 1L;
    /** Ticks per school day: 20 frames a day keeps hand-offs visible and motion smooth. */
    static final int TICKS_PER_DAY = 20;
    static final double TICK = 1.0 / TICKS_PER_DAY;

    private final List<DemoRun> runs;
    private final LessonScript script;
    private int ticks;

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
        ticks = 0;
        scheduleNextTick();
    }

    /**
     * Each tick schedules the next at k / TICKS_PER_DAY rather than adding TICK again and again,
     * so whole days fall on whole numbers (the Console shows day 12.0, not 12.000000000000036).
     */
    private void scheduleNextTick() {
        ticks++;
        schedule.scheduleOnce(ticks / (double) TICKS_PER_DAY, 0, state -> tick());
    }

    private void tick() {
        double day = schedule.getTime();
        for (DemoRun run : runs) {
            run.advanceTo(day);
        }
        if (script != null) {
            script.play(day, runs);
        }
        if (!runs.stream().allMatch(DemoRun::ended)) {
            // once every run reached its horizon, the empty schedule tells the Console to stop
            scheduleNextTick();
        }
    }

    /** Steps the clock until it reaches {@code day} (for snapshots and tests, without a Console). */
    public void runUntil(double day) {
        while (schedule.getTime() < day - 1e-9 && schedule.step(this)) {
            // one tick per step
        }
    }

    public List<DemoRun> runs() {
        return runs;
    }

    LessonScript script() {
        return script;
    }
}
