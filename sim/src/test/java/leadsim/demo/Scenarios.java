package leadsim.demo;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's scenarios folder, whether tests run from the module or from the root. */
public final class Scenarios {
    private Scenarios() {}

    public static Path dir() {
        Path fromModule = Path.of("..", "scenarios");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("scenarios");
    }

    public static Path file(String name) {
        return dir().resolve(name);
    }
}
