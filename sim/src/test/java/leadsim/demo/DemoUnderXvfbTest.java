package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real demo under an X display: MASON's Console, the display window and the live charts,
 * played for some days, then pictured. Runs in its own JVM because the build's JVM is headless
 * (and must stay so for the other tests); skipped when there is no display. CI runs it as
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" mvn -B test}.
 */
class DemoUnderXvfbTest {
    private static final String HOW = "run the tests under a virtual display: scripts/ensure-xvfb.sh, then "
            + "xvfb-run -a -s \"-screen 0 1280x1024x24\" mvn -B -pl sim -am test";

    @TempDir
    Path dir;

    @Test
    void theConsoleDemoPlaysAndItsWindowsArePictured() throws Exception {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isBlank(), "no DISPLAY, so no windows to test; " + HOW);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=false", "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "leadsim.cli.Main", "demo",
                Scenarios.file("hierarchical.yaml").toString(),
                "--snapshot", dir.toString(), "--days", "8", "--in-window"));
        Path log = dir.resolve("demo.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Assumptions.assumeFalse(output.contains("Can't connect to X11") || output.contains("cannot open a window"),
                "DISPLAY=" + display + " is set but no X server answers; " + HOW + "\n" + output);
        assertTrue(finished, "the demo did not finish within 4 minutes:\n" + output);
        assertEquals(0, process.exitValue(), "leadsim demo failed:\n" + output);

        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertEquals(3, pngs.size(), "MASON's display snapshot, the whole window and the screen: " + pngs + "\n" + output);
        for (Path png : pngs) {
            ImageChecks.assertNotBlank(png, 50, 0.05);
        }
        copyForHumans(pngs);
    }

    /** Keeps the pictures where a person can look at them after the build (target/ is not committed). */
    private static void copyForHumans(List<Path> pngs) throws IOException {
        Path keep = Path.of("target", "demo-snapshots");
        Files.createDirectories(keep);
        for (Path png : pngs) {
            Files.copy(png, keep.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
