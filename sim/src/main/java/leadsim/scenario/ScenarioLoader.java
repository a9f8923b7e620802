package leadsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file: YAML syntax, then the defaults and presets under it, then binding to
 * records (unknown keys and wrong types), then the meaning ({@link ScenarioValidator}). Every
 * problem names the file, the line and column where known, the key path and what is allowed.
 * The steps live in {@link ScenarioTemplate}, which sweeps use to resolve a file many times
 * with overrides.
 */
public final class ScenarioLoader {
    private static final ObjectMapper YAML = ScenarioMapper.yaml();

    private ScenarioLoader() {}

    public static LoadedScenario load(Path file) throws ScenarioException {
        return ScenarioTemplate.load(file).resolve();
    }

    /** Reads scenario text; {@code defaultName} names the scenario when the text does not. */
    public static LoadedScenario parse(String text, String label, String defaultName) throws ScenarioException {
        return ScenarioTemplate.parse(text, label, defaultName).resolve();
    }

    /** The resolved scenario as YAML: what {@code leadsim validate --resolved} prints. */
    public static String resolvedYaml(Scenario scenario) {
        try {
            return YAML.writeValueAsString(scenario);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bound scenario must serialise", e);
        }
    }

    static JsonNode readUserTree(String text, String label) throws ScenarioException {
        if (text.isBlank()) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "file is empty; a scenario needs at least a `preset:` or `roles:`"));
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            ScenarioProblem duplicate = duplicateKey(e, label);
            if (duplicate != null) {
                throw new ScenarioException(duplicate);
            }
            var at = e.getLocation();
            String message = "not valid YAML: " + e.getOriginalMessage();
            throw new ScenarioException(at == null
                    ? new ScenarioProblem(label, 0, 0, "", message)
                    : new ScenarioProblem(label, at.getLineNr(), at.getColumnNr(), "", message));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "file is empty (only comments); a scenario needs at least a `preset:` or `roles:`"));
        }
        if (!tree.isObject()) {
            throw new ScenarioException(new ScenarioProblem(label, 1, 1, "", "a scenario must be a map of keys (name:, preset:, roles:, ...), not a " + tree.getNodeType().toString().toLowerCase()));
        }
        return tree;
    }

    /** A key given twice in one map: named by its path, placed at the second occurrence. */
    private static ScenarioProblem duplicateKey(JsonProcessingException e, String label) {
        if (!(e instanceof StreamReadException read) || read.getProcessor() == null
                || e.getOriginalMessage() == null || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        JsonParser parser = read.getProcessor();
        String path = KeyPaths.of(parser.getParsingContext().pathAsPointer());
        String key = parser.getParsingContext().getCurrentName();
        JsonLocation at = parser.currentTokenLocation();
        return new ScenarioProblem(label, at.getLineNr(), at.getColumnNr(), path,
                "duplicate key `" + key + "`; each key may appear only once in a map");
    }

    private static String presetName(JsonNode user, String label, LocationIndex index) throws ScenarioException {
        JsonNode preset = user.get("preset");
        if (preset == null || preset.isNull()) {
            return null;
        }
        if (!preset.isTextual() || !Presets.NAMES.contains(preset.asText())) {
            Problems problems = new Problems(label, index, null);
            problems.add("preset", "unknown preset " + preset + "; allowed: " + String.join(", ", Presets.NAMES));
            throw new ScenarioException(problems.list());
        }
        return preset.asText();
    }

    static Scenario bind(JsonNode merged, Problems problems) throws ScenarioException {
        try {
            return YAML.treeToValue(merged, Scenario.class);
        } catch (UnrecognizedPropertyException e) {
            problems.add(KeyPaths.of(e), "unknown key `" + e.getPropertyName() + "`; allowed here: " + allowed(e.getKnownPropertyIds()));
        } catch (InvalidFormatException e) {
            problems.add(KeyPaths.of(e), "expected " + describe(e.getTargetType()) + ", got " + quoted(e.getValue()));
        } catch (MismatchedInputException e) {
            problems.add(KeyPaths.of(e), "expected " + describe(e.getTargetType()) + mismatchDetail(e));
        } catch (JsonMappingException e) {
            problems.add(KeyPaths.of(e), e.getOriginalMessage());
        } catch (IOException e) {
            problems.add("", e.getMessage());
        }
        throw new ScenarioException(problems.list());
    }

    private static String mismatchDetail(MismatchedInputException e) {
        String original = e.getOriginalMessage();
        int from = original.indexOf("from ");
        if (original.contains("Cannot coerce") || original.contains("Cannot deserialize")) {
            if (original.contains("String value")) {
                return ", got text";
            }
            if (original.contains("Floating-point")) {
                return ", got a fractional number";
            }
            if (original.contains("Object value") || original.contains("START_OBJECT")) {
                return ", got a map";
            }
            if (original.contains("Array value") || original.contains("START_ARRAY")) {
                return ", got a list";
            }
            if (original.contains("Boolean")) {
                return ", got true/false";
            }
        }
        return from < 0 ? "" : " (" + original + ")";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a map of keys";
        }
        return "a " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }

    private static String allowed(Collection<Object> known) {
        return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
