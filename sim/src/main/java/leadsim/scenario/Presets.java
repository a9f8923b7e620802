package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The named presets shipped inside the jar ({@code leadsim/presets/NAME.yaml}). A preset may
 * itself name a parent preset, so {@code weak-plc} is the distributed preset with weak PLCs.
 * Everything sits on {@code base.yaml}, the defaults with their sources.
 */
public final class Presets {
    public static final List<String> NAMES =
            List.of("hierarchical", "distributed", "espoused-distributed", "weak-plc");
    private static final String BASE = "base";

    private Presets() {}

    /** The defaults and the preset chain ending in {@code name}, merged (lowest layer first). */
    static JsonNode layers(String name, ObjectMapper yaml) {
        List<String> chain = chain(name, yaml);
        JsonNode merged = read(BASE, yaml);
        for (String preset : chain) {
            JsonNode layer = read(preset, yaml).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) layer).remove("preset");
            merged = TreeMerge.over(merged, layer);
        }
        return merged;
    }

    /** The presets applied, outermost last, e.g. [distributed, weak-plc]. */
    static List<String> chain(String name, ObjectMapper yaml) {
        List<String> chain = new ArrayList<>();
        if (name == null) {
            return chain;
        }
        for (String at = name; at != null; ) {
            chain.add(0, at);
            JsonNode parent = read(at, yaml).get("preset");
            at = parent == null || parent.isNull() ? null : parent.asText();
        }
        return chain;
    }

    private static JsonNode read(String name, ObjectMapper yaml) {
        String resource = "/leadsim/presets/" + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the jar: " + resource);
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read preset " + resource, e);
        }
    }
}
