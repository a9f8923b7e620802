package leadsim.scenario;

import java.util.Map;

/**
 * Where each key of the user's file sits (line and column), so that problems found after
 * presets are merged and records are bound can still point into the file. The positions are
 * found by {@link YamlTree}, which expands anchors and merge keys. Public because sweep specs
 * point into their own files the same way.
 */
public final class LocationIndex {
    private final Map<String, int[]> positions;
    private final Map<String, int[]> values;

    LocationIndex(Map<String, int[]> positions) {
        this(positions, Map.of());
    }

    /** @param values where the value of each key whose value is a single value starts */
    LocationIndex(Map<String, int[]> positions, Map<String, int[]> values) {
        this.positions = positions;
        this.values = values;
    }

    /**
     * Line and column of the key path's value when it is a single value in the file (a problem with
     * a value points at the value: {@code students: many} at {@code many}), else as {@link #find}.
     */
    public int[] findValue(String keyPath) {
        int[] at = values.get(keyPath);
        return at != null ? at : find(keyPath);
    }

    /** Line and column of the key path, or of its nearest ancestor in the file; null if none. */
    public int[] find(String keyPath) {
        String path = keyPath;
        while (!path.isEmpty()) {
            int[] at = positions.get(path);
            if (at != null) {
                return at;
            }
            path = parent(path);
        }
        return null;
    }

    public boolean contains(String keyPath) {
        return positions.containsKey(keyPath);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
