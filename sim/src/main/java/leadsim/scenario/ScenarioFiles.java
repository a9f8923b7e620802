package leadsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a scenario or spec file, with the same message for a missing or unreadable one. */
public final class ScenarioFiles {
    private ScenarioFiles() {}

    public static String text(Path file) throws ScenarioException {
        String label = file.toString();
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "file not found"));
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "cannot read file: " + e.getMessage()));
        }
    }

    /** The file's name without .yaml or .yml: the default name of what it describes. */
    public static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }
}
