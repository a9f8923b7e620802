package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `leadsim demo --snapshot` draws without any window (runs headless, as the build does). */
class OffscreenSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void picturesOfTheDisplayAndChartsAreRealPictures() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("hierarchical.yaml"), null, null);
        List<Path> files = Demo.snapshot(setup, dir, 12);
        // display, latency, queues, and the side-by-side picture
        assertEquals(4, files.size(), files.toString());
        for (Path png : files) {
            ImageChecks.assertNotBlank(png, 50, 0.05);
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("hierarchical-display-day12.png")));
    }

    @Test
    void comparingWritesBothRuns() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("hierarchical.yaml"), Scenarios.file("distributed.yaml"), null);
        List<Path> files = Demo.snapshot(setup, dir, 5);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("hierarchical-")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("distributed-")));
    }
}
