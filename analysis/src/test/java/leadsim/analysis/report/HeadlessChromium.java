package leadsim.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's Chromium headless on a local file, with a fresh profile, no network chatter and a
 * hard time limit: a browser that hangs must fail the test, not the build.
 */
final class HeadlessChromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /** What one run printed. */
  record Result(int exitCode, String stdout, String stderr) {}

  private HeadlessChromium() {}

  static boolean isInstalled() {
    return Files.isExecutable(BINARY);
  }

  /** Opens {@code page} with the standard flags plus {@code extraFlags}. */
  static Result run(Path page, List<String> extraFlags) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("leadsim-chromium-profile");
    Path out = Files.createTempFile("leadsim-chromium", ".out");
    Path err = Files.createTempFile("leadsim-chromium", ".err");
    List<String> command = new ArrayList<>(List.of(
        BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    command.addAll(extraFlags);
    command.add(page.toAbsolutePath().toUri().toString());
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("chromium did not finish within " + TIME_LIMIT + ": " + command);
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      // Chromium forks helpers (zygote, renderer); end them with the browser, by their ids.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A profile file still held by a dying helper must not fail the test; it lives in /tmp.
    }
  }
}
