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
            // a chart at slide size is mostly white around its lines: a lower bar, still not blank
            boolean chart = png.getFileName().toString().matches(".*-(latency|queues)-day12\\.png");
            ImageChecks.assertNotBlank(png, 50, chart ? 0.02 : 0.05);
            var image = javax.imageio.ImageIO.read(png.toFile());
            assertTrue(image.getWidth() >= 1280, png + " is " + image.getWidth() + " px wide; slides want 1280 or more");
            if (chart) {
                assertEquals(720, image.getHeight(), png + ": a chart is 1280 x 720");
            }
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("hierarchical-display-day12.png")));
    }

    @Test
    void comparingWritesBothRuns() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("hierarchical.yaml"), Scenarios.file("distributed.yaml"), null);
        List<Path> files = Demo.snapshot(setup, dir, 5);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("hierarchical-")));
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith("distributed-")));
        Path compare = dir.resolve("compare-day5.png");
        assertTrue(files.contains(compare), files.toString());
        var image = javax.imageio.ImageIO.read(compare.toFile());
        assertEquals(List.of(1920, 1080), List.of(image.getWidth(), image.getHeight()), "a comparison is a 1920 x 1080 slide");
        ImageChecks.assertNotBlank(compare, 50, 0.05);
    }
}
