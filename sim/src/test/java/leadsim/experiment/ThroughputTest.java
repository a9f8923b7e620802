package leadsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import leadsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The bench's six-year champion scenario runs, and reports a positive speed. */
class ThroughputTest {
    @Test
    void championScenarioIsMeasured() throws Exception {
        var scenario = ScenarioLoader.load(Path.of("..").resolve(Throughput.CHAMPION_SCENARIO)).scenario();
        Throughput.Measurement m = Throughput.measure(scenario, 4, 2, 1);
        System.out.printf("champion-leaves-hierarchical (6 years): %.2f runs/s, %.0f events/s on %d threads%n",
                m.runsPerSecond(), m.eventsPerSecond(), m.threads());
        assertTrue(m.runsPerSecond() > 0);
    }
}
