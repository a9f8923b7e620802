package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scenario file read once and resolved many times, each time with its own overrides: what
 * a sweep needs to turn one base scenario into a scenario per design point. Every resolution
 * goes through the full pipeline of {@link ScenarioLoader} (presets, binding, validation), so
 * a design point is exactly as valid as a file that spelt out its values.
 *
 * <p>Overrides are applied to the tree after the presets are laid under the user's file and
 * before binding, which is the same as writing them into the file. A {@code preset} override
 * is applied first, because it decides which presets lie underneath. Problems caused by an
 * override are reported at the override's place (the sweep spec's factor entry).
 *
 * <p>Thread-safe: resolutions share only the parsed file and a cache of preset layers.
 */
public final class ScenarioTemplate {
    private static final ObjectMapper YAML = ScenarioMapper.yaml();
    private static final String NO_PRESET = "";

    private final JsonNode user;
    private final String label;
    private final String defaultName;
    private final LocationIndex index;
    private final Map<String, JsonNode> layers = new ConcurrentHashMap<>();

    private ScenarioTemplate(JsonNode user, String label, String defaultName, LocationIndex index) {
        this.user = user;
        this.label = label;
        this.defaultName = defaultName;
        this.index = index;
    }

    /** Reads a scenario file; YAML syntax errors are reported now, everything else on resolution. */
    public static ScenarioTemplate load(Path file) throws ScenarioException {
        String label = file.toString();
        String text = ScenarioFiles.text(file);
        return parse(text, label, ScenarioFiles.stem(file));
    }

    /** Reads scenario text; {@code defaultName} names the scenario when the text does not. */
    public static ScenarioTemplate parse(String text, String label, String defaultName) throws ScenarioException {
        YamlTree.Read read = ScenarioLoader.readUserTree(text, label);
        return new ScenarioTemplate(read.tree(), label, defaultName, read.index());
    }

    /** The file as named when it was loaded. */
    public String file() {
        return label;
    }

    /** The scenario as the file gives it. */
    public LoadedScenario resolve() throws ScenarioException {
        return resolve(List.of());
    }

    /**
     * Checks only that the overrides' key paths exist (in the record types, and as roles,
     * bodies or list elements of this scenario), without binding or validating values: the
     * one check a sweep makes once, before resolving each design point.
     */
    public void checkPaths(List<ScenarioOverride> overrides) throws ScenarioException {
        Problems problems = new Problems(label, index, null, overrides);
        applied(overrides, problems);
        if (problems.any()) {
            throw new ScenarioException(problems.list());
        }
    }

    /** The scenario with the overrides applied in order (a later one wins), validated. */
    public LoadedScenario resolve(List<ScenarioOverride> overrides) throws ScenarioException {
        String presetName = presetName(withPreset(overrides), overrides);
        String chain = presetName == null ? null : String.join(" <- ", Presets.chain(presetName, YAML));
        Problems problems = new Problems(label, index, chain, overrides);
        ObjectNode merged = applied(overrides, problems);
        if (problems.any()) {
            throw new ScenarioException(problems.list());
        }
        ShapeCheck.clean(merged, Scenario.class, problems);
        Scenario scenario = BoundYaml.bind(merged, Scenario.class, problems, "the scenario");
        ScenarioValidator.check(scenario, problems);
        if (problems.any()) {
            throw new ScenarioException(problems.list());
        }
        // Size last: it needs a valid scenario, and must refuse before any run allocates or writes.
        RunSize.check(scenario, problems);
        if (problems.any()) {
            throw new ScenarioException(problems.list());
        }
        Problems warnings = new Problems(label, index, chain, overrides);
        if (scenario.garbageCan() == null) {
            LoadEstimate.warnOverload(scenario, warnings);
        }
        String resolved = ScenarioLoader.resolvedYaml(scenario);
        return new LoadedScenario(scenario, warnings.list(), label, resolved, ScenarioLoader.sha256(resolved));
    }

    /** The user's tree with a {@code preset} override in place: it decides which layers lie under the file. */
    private ObjectNode withPreset(List<ScenarioOverride> overrides) {
        ObjectNode tree = user.deepCopy();
        for (ScenarioOverride override : overrides) {
            if (override.keyPath().equals("preset")) {
                tree.set("preset", override.value() == null ? NullNode.getInstance() : override.value().deepCopy());
            }
        }
        return tree;
    }

    /** Presets, the file and the overrides merged, before binding; path problems go to {@code problems}. */
    private ObjectNode applied(List<ScenarioOverride> overrides, Problems problems) throws ScenarioException {
        ObjectNode tree = withPreset(overrides);
        ObjectNode merged = (ObjectNode) TreeMerge.over(layers(presetName(tree, overrides)), tree);
        if (!merged.hasNonNull("name")) {
            merged.set("name", TextNode.valueOf(ScenarioNames.fromStem(defaultName)));
        }
        for (ScenarioOverride override : overrides) {
            if (!override.keyPath().equals("preset")) {
                OverridePaths.apply(merged, override, problems);
            }
        }
        return merged;
    }

    private String presetName(JsonNode tree, List<ScenarioOverride> overrides) throws ScenarioException {
        JsonNode preset = tree.get("preset");
        if (preset == null || preset.isNull()) {
            return null;
        }
        if (!preset.isTextual() || !Presets.NAMES.contains(preset.asText())) {
            Problems problems = new Problems(label, index, null, overrides);
            problems.add("preset", "unknown preset " + preset + "; allowed: " + String.join(", ", Presets.NAMES));
            throw new ScenarioException(problems.list());
        }
        return preset.asText();
    }

    /** The defaults and presets under the file; read once per preset because parsing them is most of the cost. */
    private JsonNode layers(String presetName) {
        return layers.computeIfAbsent(presetName == null ? NO_PRESET : presetName,
                name -> Presets.layers(presetName, YAML));
    }
}
