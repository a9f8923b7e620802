package leadsim.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The primitive heap steps events in MASON 18's order to the bit: loads full of ties (equal
 * times and orderings, which MASON shuffles with the run's generator), repeating events, events
 * for the current time, compared step by step with MASON's own {@link Schedule}.
 */
class PrimitiveHeapScheduleTest {

    /** What a load did, in order: which event ran, at what time, and the generator's next draw after it all. */
    private static List<String> trace(Schedule schedule, long seed) {
        List<String> log = new ArrayList<>();
        SimState state = new SimState(seed, schedule) {
            private static final long serialVersionUID = 1L;
        };
        state.start();
        List<Stoppable> repeats = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int id = i;
            // whole days and a few orderings: many ties, which MASON shuffles
            double when = state.random.nextInt(5);
            int ordering = state.random.nextInt(3);
            schedule.scheduleOnce(when, ordering, new Steppable() {
                private static final long serialVersionUID = 1L;
                int left = 6;

                @Override
                public void step(SimState s) {
                    log.add("e" + id + "@" + s.schedule.getTime() + "/" + s.schedule.getSteps());
                    if (--left > 0) {
                        switch (s.random.nextInt(4)) {
                            case 0 -> s.schedule.scheduleOnce(s.schedule.getTime(), ordering, this); // now: bumped
                            case 1 -> s.schedule.scheduleOnce(Math.floor(s.schedule.getTime()) + 1 + s.random.nextInt(2), this);
                            case 2 -> s.schedule.scheduleOnceIn(s.random.nextDouble(), this, s.random.nextInt(3));
                            default -> s.schedule.scheduleOnce(this, s.random.nextInt(2));
                        }
                    }
                }
            });
        }
        for (int k = 0; k < 3; k++) {
            int id = k;
            repeats.add(schedule.scheduleRepeating(0.5 * k, k, s -> log.add("r" + id + "@" + s.schedule.getTime()), 1.0 + k));
        }
        repeats.add(schedule.scheduleRepeating(s -> log.add("daily@" + s.schedule.getTime())));
        while (schedule.getTime() < 12 && schedule.step(state)) {
            if (schedule.getSteps() == 20) {
                repeats.get(1).stop();
            }
        }
        log.add("next draw " + state.random.nextLong());
        state.finish();
        log.add("after finish: complete " + schedule.scheduleComplete() + ", step " + schedule.step(state));
        return log;
    }

    @Test
    void stepsTiesRepeatsAndBumpedEventsInMasonsOrder() {
        for (long seed = 1; seed <= 30; seed++) {
            List<String> mason = trace(new Schedule(), seed);
            List<String> primitive = trace(new PrimitiveHeapSchedule(), seed);
            assertTrue(mason.size() > 200, "the load steps many events");
            assertEquals(mason, primitive, "seed " + seed);
            PrimitiveHeapSchedule counted = new PrimitiveHeapSchedule();
            List<String> again = trace(counted, seed);
            long logged = again.stream().filter(line -> !line.startsWith("next draw") && !line.startsWith("after")).count();
            // a stopped repeat still leaves the heap (and counts) once more, silently
            assertTrue(counted.eventsStepped() >= logged && counted.eventsStepped() <= logged + 1,
                    "every event stepped is counted, ties one by one: seed " + seed);
            assertTrue(counted.eventsStepped() > counted.getSteps(), "ties: more events than event times");
        }
    }

    @Test
    void refusesWhatMasonRefusesWithItsMessages() {
        for (Schedule s : List.of(new Schedule(), new PrimitiveHeapSchedule())) {
            SimState state = new SimState(3, s) {
                private static final long serialVersionUID = 1L;
            };
            state.start();
            Steppable nothing = x -> { };
            s.scheduleOnce(2.0, nothing);
            s.step(state);
            IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> s.scheduleOnce(1.0, nothing));
            assertTrue(past.getMessage().endsWith("...the time provided (1.0) is less than the current time (2.0)"), past.getMessage());
            IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> s.scheduleOnce(Double.NaN, nothing));
            assertTrue(nan.getMessage().endsWith("is NaN"), nan.getMessage());
            IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> s.scheduleOnce(3.0, null));
            assertEquals("The provided Steppable is null", none.getMessage());
            IllegalArgumentException interval = assertThrows(IllegalArgumentException.class,
                    () -> s.scheduleRepeating(3.0, 0, nothing, 0.0));
            assertTrue(interval.getMessage().endsWith("was scheduled repeating with an impossible interval (0.0)"));
            assertFalse(s.scheduleOnce(Schedule.AFTER_SIMULATION, nothing), "infinity is never scheduled");
            s.seal();
            assertFalse(s.scheduleOnce(5.0, nothing), "a sealed schedule takes nothing");
            assertNull(s.scheduleRepeating(5.0, 0, nothing, 1.0), "nor a repeating event");
        }
    }

    @Test
    void countsWhatIsPending() {
        PrimitiveHeapSchedule s = new PrimitiveHeapSchedule();
        SimState state = new SimState(9, s) {
            private static final long serialVersionUID = 1L;
        };
        state.start();
        for (int i = 0; i < 100; i++) {
            s.scheduleOnce(i % 7, i % 2, x -> { });
        }
        assertEquals(100, s.pending(), "the heap grows past its first 64 slots");
        s.step(state);
        assertEquals(85, s.pending(), "time 0 held 15 events (8 of ordering 0, 7 of ordering 1): one step runs them all");
        assertEquals(1, s.getSteps(), "one event time");
        assertEquals(15, s.eventsStepped(), "fifteen events stepped at it");
        s.step(state);
        assertEquals(2, s.getSteps());
        assertEquals(30, s.eventsStepped(), "time 1: 15 more (i = 1, 8, ..., 99)");
        s.reset();
        assertEquals(0, s.pending());
        assertEquals(0, s.eventsStepped(), "reset, as MASON's steps are");
        assertTrue(s.scheduleComplete());
    }
}
