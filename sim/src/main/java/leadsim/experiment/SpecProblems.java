package leadsim.experiment;

import java.util.ArrayList;
import java.util.List;
import leadsim.scenario.LocationIndex;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioProblem;

/** Problems in a sweep spec, placed at their line and column like scenario problems. */
final class SpecProblems {
    private final String file;
    private final LocationIndex index;
    private final List<ScenarioProblem> found = new ArrayList<>();

    SpecProblems(String file, LocationIndex index) {
        this.file = file;
        this.index = index;
    }

    void add(String keyPath, String message) {
        addAt(keyPath, keyPath, message);
    }

    /**
     * A problem about {@code keyPath}, placed at {@code locate}: for a list entry that is a map,
     * its first key, because the YAML parser reports the entry itself where it ends.
     */
    void addAt(String keyPath, String locate, String message) {
        int[] at = index.find(locate);
        found.add(at == null ? new ScenarioProblem(file, 0, 0, keyPath, message)
                : new ScenarioProblem(file, at[0], at[1], keyPath, message));
    }

    void missing(String keyPath, String expected) {
        add(keyPath, "missing; expected " + expected);
    }

    /** Line and column of a key path (or its nearest ancestor), {0, 0} when unknown. */
    int[] place(String keyPath) {
        int[] at = index.find(keyPath);
        return at == null ? new int[] {0, 0} : at;
    }

    String file() {
        return file;
    }

    void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            throw new ScenarioException(found);
        }
    }
}
