package leadsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A YAML file bound to records the way a scenario file is, for the other YAML inputs (sweep
 * specs): its bytes as text ({@link ScenarioFiles}), YAML with anchors, aliases and merge keys
 * ({@link YamlTree}), every unknown key and value of the wrong kind ({@link ShapeCheck}), then
 * Jackson binding with the strict mapper ({@link ScenarioMapper}). Shape problems are collected,
 * not thrown, and the offending values left out of {@link #value()}, so that the caller's checks
 * of meaning add theirs to {@link #problems()} and the user gets every problem in one pass.
 *
 * @param value    the file as records (keys with problems left out)
 * @param tree     the file as a tree, aliases and merge keys expanded
 * @param text     the file's text, for its hash
 * @param index    where each key sits in the file
 * @param problems the problems found so far, placed in the file
 */
public record BoundYaml<T>(T value, JsonNode tree, String text, LocationIndex index, Problems problems) {
    private static final ObjectMapper YAML = ScenarioMapper.yaml();

    /**
     * @param notAMap the message when the file is not a map of keys at all (then nothing else is said)
     */
    public static <T> BoundYaml<T> read(Path file, Class<T> type, String notAMap) throws ScenarioException {
        String label = file.toString();
        String text = ScenarioFiles.text(file);
        YamlTree.Read read = YamlTree.read(text, label);
        if (read.tree() == null || !read.tree().isObject()) {
            throw new ScenarioException(new ScenarioProblem(label, 1, 1, "", notAMap));
        }
        ObjectNode tree = (ObjectNode) read.tree();
        ObjectNode checked = tree.deepCopy(); // the shape check removes what it reports; the tree stays as written
        Problems problems = Problems.inFile(label, read.index());
        ShapeCheck.clean(checked, type, problems);
        T value = bind(checked, type, problems, "the file");
        return new BoundYaml<>(value, tree, text, read.index(), problems);
    }

    /**
     * The checked tree as records. {@link ShapeCheck} has already reported and removed every
     * unknown key and wrong type, so this should not fail; if it does, the message still names
     * the place and no library internals.
     *
     * @param what what the tree is, for the message when it cannot be bound at all
     */
    static <T> T bind(JsonNode checked, Class<T> type, Problems problems, String what) throws ScenarioException {
        try {
            return YAML.treeToValue(checked, type);
        } catch (JsonMappingException e) {
            problems.add(KeyPaths.of(e), "value of the wrong kind here");
        } catch (JsonProcessingException e) {
            problems.add("", what + " cannot be read as a whole");
        }
        if (!problems.any()) {
            problems.add("", what + " cannot be read as a whole");
        }
        throw new ScenarioException(problems.list());
    }
}
