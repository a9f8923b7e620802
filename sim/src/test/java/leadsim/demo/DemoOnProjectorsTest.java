package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The comparison lesson on the two screens a classroom has, a 1280x720 and a 1920x1080
 * projector: each on a virtual X server of that size started by the test itself (Xvfb), the
 * real Console and windows played for some days, then the whole screen pictured. The screenshots
 * are kept in {@code sim/target/demo-snapshots/WxH/} for a person to look at. Skipped when Xvfb
 * is not installed (scripts/ensure-xvfb.sh installs it).
 */
class DemoOnProjectorsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1920, 1080"})
    void theComparisonLessonFillsTheScreen(int width, int height) throws Exception {
        Path xvfb = Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(xvfb != null, "Xvfb is not installed; scripts/ensure-xvfb.sh installs it");
        int display = freeDisplay();
        Process server = new ProcessBuilder(xvfb.toString(), ":" + display, "-screen", "0", width + "x" + height + "x24",
                "-nolisten", "tcp").redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        try {
            waitForSocket(display, server);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=false", "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), "leadsim.cli.Main", "demo",
                    Scenarios.file("lessons/side-by-side.yaml").toString(),
                    "--snapshot", dir.toString(), "--days", "16", "--in-window"));
            ProcessBuilder demo = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("demo.log").toFile());
            demo.environment().put("DISPLAY", ":" + display);
            Process process = demo.start();
            boolean finished = process.waitFor(240, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(dir.resolve("demo.log"), StandardCharsets.UTF_8);
            assertTrue(finished, "the demo did not finish within 4 minutes:\n" + output);
            assertEquals(0, process.exitValue(), "leadsim demo failed:\n" + output);

            Path screen = dir.resolve("screen-day16.png");
            BufferedImage shot = ImageIO.read(screen.toFile());
            assertEquals(width, shot.getWidth(), "the screenshot is the whole screen");
            assertEquals(height, shot.getHeight());
            ImageChecks.assertNotBlank(screen, 50, 0.3);
            keep(dir, width + "x" + height);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A display number no X server uses (no socket in /tmp/.X11-unix, no lock file). */
    private static int freeDisplay() {
        for (int n = 91; n < 200; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && !Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display number between :91 and :199");
    }

    private static void waitForSocket(int display, Process server) throws InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Assumptions.assumeTrue(server.isAlive(), "Xvfb :" + display + " did not start");
            Thread.sleep(50);
        }
        Assumptions.assumeTrue(Files.exists(socket), "Xvfb :" + display + " did not open its socket");
    }

    /** Keeps the pictures where a person can look at them after the build (target/ is not committed). */
    private static void keep(Path dir, String size) throws IOException {
        Path keep = Path.of("target", "demo-snapshots", size);
        Files.createDirectories(keep);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path png : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                Files.copy(png, keep.resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
