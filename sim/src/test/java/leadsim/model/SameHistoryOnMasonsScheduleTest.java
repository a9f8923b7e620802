package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every shipped scenario gives the same history on the model's schedule
 * ({@link leadsim.model.engine.PrimitiveHeapSchedule}) as on MASON's own: every measure, every
 * school's row, every day of the series, and the event count, bit for bit.
 */
class SameHistoryOnMasonsScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "distributed.yaml", "hierarchical.yaml", "innovation.yaml",
        "champion-leaves-hierarchical.yaml", "champion-leaves-distributed.yaml",
        "districts/long-beach-distributed.yaml", "districts/long-beach-reform-hierarchical.yaml",
        "validation/mm1-impatient.yaml", "validation/mm2-pooled-body.yaml", "validation/tandem-three.yaml",
        "validation/granovetter-100.yaml", "validation/principal-tenure.yaml"})
    void sameResultBitForBit(String file) {
        Scenario scenario = Runs.load(file);
        for (long seed : new long[] {11, 12}) {
            RunResult mason = new SchoolSim(seed, scenario, true, new sim.engine.Schedule()).run();
            RunResult primitive = new SchoolSim(seed, scenario, true).run();
            assertEquals(mason.eventTimes(), primitive.eventTimes(), file + " event times");
            assertTrue(primitive.events() >= primitive.eventTimes(), file + ": at least one event at each time");
            assertEquals(mason.metrics(), primitive.metrics(), file);
            assertEquals(mason.schools(), primitive.schools(), file);
            assertEquals(mason.seriesColumns(), primitive.seriesColumns(), file);
            assertEquals(mason.series().length, primitive.series().length, file);
            for (int d = 0; d < mason.series().length; d++) {
                assertArrayEquals(mason.series()[d], primitive.series()[d], 0.0, file + " day " + (d + 1));
            }
        }
    }
}
