package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** Layers scenario trees: maps merge key by key, anything else in the upper layer replaces. */
final class TreeMerge {
    private TreeMerge() {}

    /** A new tree: {@code upper} laid over {@code lower}; neither argument is changed. */
    static JsonNode over(JsonNode lower, JsonNode upper) {
        if (lower == null || lower.isNull() || lower.isMissingNode()) {
            return upper.deepCopy();
        }
        if (!(lower instanceof ObjectNode) || !(upper instanceof ObjectNode)) {
            return upper.deepCopy();
        }
        ObjectNode merged = ((ObjectNode) lower).deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = upper.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            merged.set(field.getKey(), over(merged.get(field.getKey()), field.getValue()));
        }
        return merged;
    }
}
