package leadsim.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading a scenario or spec file, with the same messages for a missing, unreadable, oversized
 * or non-text file (the decoding is {@link TextBytes}'s).
 */
public final class ScenarioFiles {
    /**
     * A scenario is a few kilobytes; a megabyte is far beyond any real one and keeps the YAML
     * parser below its own limits, whose messages would name library internals.
     */
    public static final long MAX_BYTES = 1 << 20;

    private ScenarioFiles() {}

    public static String text(Path file) throws ScenarioException {
        String label = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw problem(label, "is a directory, not a scenario file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw problem(label, "file is " + size + " bytes; a scenario file is at most " + MAX_BYTES
                        + " bytes (1 MB), so this is not one");
            }
            return TextBytes.decode(Files.readAllBytes(file), label);
        } catch (NoSuchFileException e) {
            throw problem(label, "file not found");
        } catch (IOException e) {
            throw problem(label, "cannot read file (" + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ")");
        }
    }

    /** The file's name without .yaml or .yml: the default name of what it describes. */
    public static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private static ScenarioException problem(String label, String message) {
        return new ScenarioException(new ScenarioProblem(label, 0, 0, "", message));
    }
}
