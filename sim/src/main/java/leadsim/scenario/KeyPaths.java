package leadsim.scenario;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Key paths as users read them: {@code arrivals[0].mix[2].weight}. */
final class KeyPaths {
    private KeyPaths() {}

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String of(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            appendSegment(path, p.getMatchingProperty(), p.getMatchingIndex());
        }
        return path.toString();
    }

    static String of(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : error.getPath()) {
            appendSegment(path, ref.getFieldName(), ref.getIndex());
        }
        return path.toString();
    }

    private static void appendSegment(StringBuilder path, String property, int index) {
        // A pointer segment made of digits may be a map key or a list index; the index wins
        // because scenario maps never use numeric keys.
        if (index >= 0) {
            path.append('[').append(index).append(']');
        } else {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(property);
        }
    }
}
