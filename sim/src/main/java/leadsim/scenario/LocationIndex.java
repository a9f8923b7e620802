package leadsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each key of the user's file sits (line and column), so that problems found after
 * presets are merged and records are bound can still point into the file. Public because
 * sweep specs point into their own files the same way.
 */
public final class LocationIndex {
    private final Map<String, int[]> positions;

    private LocationIndex() {
        this(new HashMap<>());
    }

    /** Positions already found by {@link YamlTree}, which expands anchors and merge keys. */
    LocationIndex(Map<String, int[]> positions) {
        this.positions = positions;
    }

    public static LocationIndex of(String yamlText) throws IOException {
        LocationIndex index = new LocationIndex();
        try (JsonParser parser = new YAMLFactory().createParser(yamlText)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // A map or list opens its own context: its place in the enclosing list is
                // the parent's (without this, a list element that is a map got no position
                // of its own and was later located at its END_OBJECT, after the element).
                JsonStreamContext context = token.isStructStart()
                        ? parser.getParsingContext().getParent() : parser.getParsingContext();
                boolean keyOrArrayValue = token == JsonToken.FIELD_NAME || (context != null && context.inArray());
                if (keyOrArrayValue) {
                    String path = KeyPaths.of(context.pathAsPointer());
                    JsonLocation at = parser.currentTokenLocation();
                    index.positions.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        }
        return index;
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
