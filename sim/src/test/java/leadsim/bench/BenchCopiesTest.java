package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --copies}: the bench measured in copies of this build compiled apart, and combined. */
class BenchCopiesTest {
    @TempDir
    Path dir;

    @Test
    void eachCopyMeasuresAndTheRatesCombineOverAllEvents() throws Exception {
        Path school = dir.resolve("short.yaml");
        Files.writeString(school, Files.readString(Path.of("../scenarios/distributed.yaml"))
                .replace("  days: 180              # one school year", "  days: 20")
                .replace("  warmup_days: 10        # let queues fill before measuring", "  warmup_days: 5"));
        StringWriter text = new StringWriter();
        BenchCopies.Combined c = BenchCopies.measure(school, 1, 2, 0.7, 2, new PrintWriter(text));
        assertEquals(2, c.copies().size());
        Bench.Figures a = c.copies().get(0);
        Bench.Figures b = c.copies().get(1);
        assertEquals(a.eventsPerRun(), b.eventsPerRun(), "the same runs in every copy");
        assertEquals(a.pending(), b.pending());
        // all events over all time, each copy running as many: 2 / (1/a + 1/b)
        assertEquals(2 / (1 / a.modelEventsPerSecond() + 1 / b.modelEventsPerSecond()), c.modelEventsPerSecond(), 1e-6);
        assertEquals(2 / (1 / a.bareEventsPerSecond() + 1 / b.bareEventsPerSecond()), c.bareEventsPerSecond(), 1e-6);
        assertEquals(c.modelEventsPerSecond() / c.bareEventsPerSecond(), c.ratio(), 1e-12);
        String printed = text.toString();
        assertTrue(printed.contains("in each of 2 copies of this build compiled apart"), printed);
        assertTrue(printed.contains("  copy 1 ") && printed.contains("  copy 2 "), printed);
        assertTrue(printed.contains(String.format(java.util.Locale.ROOT, "  ratio      %14.3f   (target >= 0.70)", c.ratio())),
                printed);
    }

    @Test
    void combiningByHand() {
        Bench.Figures slow = new Bench.Figures(46, 4e6, 8e6, 0.5, 1e7, 0.005, 25_000, 23_000, 0.2);
        Bench.Figures fast = new Bench.Figures(46, 6e6, 6e6, 1.0, 1e7, 0.004, 25_000, 23_000, 0.2);
        BenchCopies.Combined c = BenchCopies.combine(List.of(slow, fast));
        assertEquals(4.8e6, c.modelEventsPerSecond(), 1e-3, "2 / (1/4e6 + 1/6e6)");
        assertEquals(48e6 / 7, c.bareEventsPerSecond(), 1e-3, "2 / (1/8e6 + 1/6e6)");
        assertEquals(0.7, c.ratio(), 1e-12);
    }
}
