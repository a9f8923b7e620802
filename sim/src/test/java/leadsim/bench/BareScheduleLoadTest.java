package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bare baselines (MASON's schedule and the model's) hold exactly the pending events it is asked for, however long it runs. */
class BareScheduleLoadTest {
    @Test
    void holdsThePendingCountAskedFor() {
        for (BareScheduleLoad.Engine engine : BareScheduleLoad.Engine.values()) {
            for (int pending : new int[] {1, 64, 1_000, 40_000}) {
                for (long events : new long[] {0, 1, 5_000}) {
                    BareScheduleLoad.Stepped stepped = BareScheduleLoad.load(engine, 3, events, pending);
                    assertEquals(events, stepped.events(), engine + ": event times stepped with " + pending + " pending");
                    assertEquals(pending, stepped.pendingAtEnd(), engine + ": pending after " + events + " event times");
                }
            }
        }
    }

    @Test
    void refusesToHoldNothing() {
        assertThrows(IllegalArgumentException.class, () -> BareScheduleLoad.load(3, 10, 0));
    }
}
