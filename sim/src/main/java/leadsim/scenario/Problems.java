package leadsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems with their places in the user's file. A key that is not in the file came
 * from a preset or a default, and the message says so instead of giving a line. A key set by
 * an override (a sweep factor) is reported where the override was asked for.
 */
final class Problems {
    private final String file;
    private final LocationIndex index;
    private final String presetChain;
    private final List<ScenarioOverride> overrides;
    private final List<ScenarioProblem> found = new ArrayList<>();

    Problems(String file, LocationIndex index, String presetChain) {
        this(file, index, presetChain, List.of());
    }

    Problems(String file, LocationIndex index, String presetChain, List<ScenarioOverride> overrides) {
        this.file = file;
        this.index = index;
        this.presetChain = presetChain;
        this.overrides = overrides;
    }

    /** A problem with a value that is present (in the file, a preset or the defaults). */
    void add(String keyPath, String message) {
        boolean fromFile = overrideOf(keyPath) != null || (index != null && index.contains(keyPath));
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
        ScenarioOverride override = overrideOf(keyPath);
        if (override != null) {
            return new ScenarioProblem(override.file(), override.line(), override.column(), keyPath, text);
        }
        int[] position = index == null ? null : index.find(keyPath);
        return position == null
                ? new ScenarioProblem(file, 0, 0, keyPath, text)
                : new ScenarioProblem(file, position[0], position[1], keyPath, text);
    }

    /** The last override covering the path (later overrides win, as when they are applied). */
    private ScenarioOverride overrideOf(String keyPath) {
        ScenarioOverride covering = null;
        for (ScenarioOverride override : overrides) {
            if (override.covers(keyPath)) {
                covering = override;
            }
        }
        return covering;
    }

    boolean any() {
        return !found.isEmpty();
    }

    List<ScenarioProblem> list() {
        return List.copyOf(found);
    }
}
