package leadsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems with their places in the user's file. A key that is not in the file came
 * from a preset or a default, and the message says so instead of giving a line.
 */
final class Problems {
    private final String file;
    private final LocationIndex index;
    private final String presetChain;
    private final List<ScenarioProblem> found = new ArrayList<>();

    Problems(String file, LocationIndex index, String presetChain) {
        this.file = file;
        this.index = index;
        this.presetChain = presetChain;
    }

    /** A problem with a value that is present (in the file, a preset or the defaults). */
    void add(String keyPath, String message) {
        boolean fromFile = index != null && index.contains(keyPath);
        String text = message;
        if (!fromFile && !keyPath.isEmpty()) {
            text = message + (presetChain == null
                    ? " (value from the defaults)"
                    : " (value from preset " + presetChain + " or the defaults)");
        }
        found.add(at(keyPath, text));
    }

    /** A required key that nobody set; it is reported at its nearest ancestor in the file. */
    void missing(String keyPath, String allowed) {
        found.add(at(keyPath, "missing; expected " + allowed));
    }

    private ScenarioProblem at(String keyPath, String text) {
        int[] position = index == null ? null : index.find(keyPath);
        return position == null
                ? new ScenarioProblem(file, 0, 0, keyPath, text)
                : new ScenarioProblem(file, position[0], position[1], keyPath, text);
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<ScenarioProblem> list() {
        return List.copyOf(found);
    }
}
