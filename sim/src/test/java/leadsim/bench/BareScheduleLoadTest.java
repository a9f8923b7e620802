package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bare MASON baseline holds exactly the pending events it is asked for, however long it runs. */
class BareScheduleLoadTest {
    @Test
    void holdsThePendingCountAskedFor() {
        for (int pending : new int[] {1, 64, 1_000, 40_000}) {
            for (long events : new long[] {0, 1, 5_000}) {
                BareScheduleLoad.Stepped stepped = BareScheduleLoad.load(3, events, pending);
                assertEquals(events, stepped.events(), "event times stepped with " + pending + " pending");
                assertEquals(pending, stepped.pendingAtEnd(), "pending after " + events + " event times");
            }
        }
    }

    @Test
    void refusesToHoldNothing() {
        assertThrows(IllegalArgumentException.class, () -> BareScheduleLoad.load(3, 10, 0));
    }
}
