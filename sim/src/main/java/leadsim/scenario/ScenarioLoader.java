package leadsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a scenario file: its bytes as text ({@link TextBytes}), YAML syntax with anchors and
 * merge keys ({@link YamlTree}), then the defaults and presets under it, then every unknown key
 * and wrong type ({@link ShapeCheck}) and binding to records, then the meaning
 * ({@link ScenarioValidator}), then the size of a replicate ({@link RunSize}). Every problem
 * names the file, the line and column where known, the key path and what is allowed.
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

    /** The user's file as a tree with its key positions; the file must be a map of keys. */
    static YamlTree.Read readUserTree(String text, String label) throws ScenarioException {
        if (text.isBlank()) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "file is empty; a scenario needs at least a `preset:` or `roles:`"));
        }
        YamlTree.Read read = YamlTree.read(text, label);
        JsonNode tree = read.tree();
        if (tree == null || tree.isNull()) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "file is empty (only comments); a scenario needs at least a `preset:` or `roles:`"));
        }
        if (!tree.isObject()) {
            throw new ScenarioException(new ScenarioProblem(label, 1, 1, "", "a scenario must be a map of keys (name:, preset:, roles:, ...), not "
                    + (tree.isArray() ? "a list" : "a single value")));
        }
        return read;
    }

    /** The hex SHA-256 of a text's UTF-8 bytes: what manifests record of scenarios and specs. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
