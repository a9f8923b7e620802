package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A value put at a key path of a scenario (such as {@code culture.psychological_safety} or
 * {@code arrivals[0].rate_per_day}) before it is bound and validated, and the place that asked
 * for it (a sweep spec's factor entry), so that a bad path or value is reported there rather
 * than in the scenario file.
 *
 * @param keyPath the path as users write it: keys joined by dots, list elements as {@code [i]}
 * @param value   the new value; a map is laid over the map already there, anything else replaces
 * @param file    the file that holds the request (for messages)
 * @param line    1-based line in {@code file}, or 0 when unknown
 * @param column  1-based column in {@code file}, or 0 when unknown
 */
public record ScenarioOverride(String keyPath, JsonNode value, String file, int line, int column) {

    /** Whether a problem at {@code path} is about this override's value (or something inside it). */
    boolean covers(String path) {
        return path.equals(keyPath) || path.startsWith(keyPath + ".") || path.startsWith(keyPath + "[");
    }
}
