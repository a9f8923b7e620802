package leadsim.experiment.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** leadsim's and MASON's versions (stamped into the jar at build time) and the git commit. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {}

    /**
     * The provenance every manifest opens with, in this order: kind, versions, git commit, JVM,
     * command line and start time.
     */
    public static Manifest.Provenance provenance(String kind, java.util.List<String> commandLine, String started) {
        return new Manifest.Provenance(kind, version(), gitCommit(), masonVersion(), jvm(), commandLine, started);
    }

    public static String version() {
        return PROPS.getProperty("version", "unknown");
    }

    public static String masonVersion() {
        return PROPS.getProperty("mason", "unknown");
    }

    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** The commit of the working directory's repository, or "unknown" outside one. */
    public static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return "unknown";
            }
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Properties load() {
        Properties props = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/leadsim/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // no stamp: versions read "unknown"
        }
        return props;
    }
}
