package leadsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems with their places in the user's file. In a scenario, a key that is not in
 * the file came from a preset or a default, and the message says so instead of giving a line.
 * A key set by an override (a sweep factor) is reported where the override was asked for.
 * Public for the other YAML inputs ({@link BoundYaml}), which have nothing beneath their file.
 */
public final class Problems {
    private final String file;
    private final LocationIndex index;
    /** Whether presets and defaults lie beneath the file (a scenario), so a key may come from them. */
    private final boolean layered;
    private final String presetChain;
    private final List<ScenarioOverride> overrides;
    private final List<ScenarioProblem> found = new ArrayList<>();
    /** Paths whose value was refused for its type or name; nothing more is said at or under them. */
    private final List<String> rejected = new ArrayList<>();

    Problems(String file, LocationIndex index, String presetChain) {
        this(file, index, presetChain, List.of());
    }

    Problems(String file, LocationIndex index, String presetChain, List<ScenarioOverride> overrides) {
        this(file, index, true, presetChain, overrides);
    }

    private Problems(String file, LocationIndex index, boolean layered, String presetChain,
                     List<ScenarioOverride> overrides) {
        this.file = file;
        this.index = index;
        this.layered = layered;
        this.presetChain = presetChain;
        this.overrides = overrides;
    }

    /** Problems of a file that is all there is (nothing laid beneath it), placed by its index. */
    static Problems inFile(String file, LocationIndex index) {
        return new Problems(file, index, false, null, List.of());
    }

    /** A problem with a value that is present (in the file, a preset or the defaults). */
    public void add(String keyPath, String message) {
        if (underRejected(keyPath)) {
            return;
        }
        boolean fromFile = overrideOf(keyPath) != null || (index != null && index.contains(keyPath));
        String text = message;
        if (layered && !fromFile && !keyPath.isEmpty()) {
            text = message + (presetChain == null
                    ? " (value from the defaults)"
                    : " (value from preset " + presetChain + " or the defaults)");
        }
        found.add(at(keyPath, text));
    }

    /** A required key that nobody set; it is reported at its nearest ancestor in the file. */
    public void missing(String keyPath, String allowed) {
        if (underRejected(keyPath)) {
            return;
        }
        found.add(at(keyPath, "missing; expected " + allowed));
    }

    /**
     * A value that cannot be bound (an unknown key, a wrong type): reported once, and later
     * checks that see it missing stay silent about it.
     */
    void rejected(String keyPath, String message) {
        add(keyPath, message);
        rejected.add(keyPath);
    }

    /**
     * A value of the wrong type ({@code students: many}): reported once, at the value itself when it
     * is a single value in the file (where the reader must change it), and later checks stay silent.
     */
    void rejectedValue(String keyPath, String message) {
        if (underRejected(keyPath)) {
            return;
        }
        int[] value = overrideOf(keyPath) == null && index != null && index.contains(keyPath)
                ? index.findValue(keyPath) : null;
        if (value != null) {
            found.add(new ScenarioProblem(file, value[0], value[1], keyPath, message));
        } else {
            add(keyPath, message);
        }
        rejected.add(keyPath);
    }

    private boolean underRejected(String keyPath) {
        for (String path : rejected) {
            if (keyPath.equals(path) || keyPath.startsWith(path + ".") || keyPath.startsWith(path + "[")) {
                return true;
            }
        }
        return false;
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

    public boolean any() {
        return !found.isEmpty();
    }

    public List<ScenarioProblem> list() {
        return List.copyOf(found);
    }

    /** Every problem found so far, at once; nothing when none. */
    public void throwIfAny() throws ScenarioException {
        if (any()) {
            throw new ScenarioException(list());
        }
    }

    // --- the range checks every validator uses ----------------------------------------

    /** False (and a problem) when a required map of settings is missing. */
    boolean present(String path, Object value) {
        if (value == null) {
            missing(path, "a map of settings");
            return false;
        }
        return true;
    }

    void text(String path, String value) {
        if (value == null || value.isBlank()) {
            missing(path, "non-empty text");
        }
    }

    void oneOf(String path, String value, List<String> allowed) {
        if (value == null) {
            missing(path, "one of " + String.join(", ", allowed));
        } else if (!allowed.contains(value)) {
            add(path, "unknown value `" + value + "`; allowed: " + String.join(", ", allowed));
        }
    }

    void probability(String path, Double value) {
        if (value == null) {
            missing(path, "a probability in [0,1]");
        } else if (value < 0 || value > 1 || value.isNaN()) {
            add(path, "must be a probability in [0,1] (got " + value + ")");
        }
    }

    void positive(String path, Double value) {
        if (value == null) {
            missing(path, "a number > 0");
        } else if (!(value > 0) || value.isInfinite()) {
            add(path, "must be > 0 (got " + value + ")");
        }
    }

    void atLeast(String path, Double value, double min) {
        if (value == null) {
            missing(path, "a number >= " + plain(min));
        } else if (!(value >= min) || value.isInfinite()) {
            add(path, "must be >= " + plain(min) + " (got " + value + ")");
        }
    }

    public void positiveInt(String path, Integer value) {
        if (value == null) {
            missing(path, "a whole number >= 1");
        } else if (value < 1) {
            add(path, "must be >= 1 (got " + value + ")");
        }
    }

    void nonNegativeInt(String path, Integer value) {
        if (value != null && value < 0) {
            add(path, "must be >= 0 (got " + value + ")");
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
