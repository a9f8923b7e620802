package leadsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * YAML text read into a tree, with where each key sits. Jackson's YAML parser reads an alias
 * ({@code *base}) as the text "base" and a merge key ({@code <<: *base}) as a key named
 * {@code <<}, so a file sharing blocks the way YAML allows would be misread; this reader walks
 * the parser's tokens itself and expands both: an alias is a copy of the map or list its
 * anchor marks, and {@code <<} lays the keys of one map (or of a list of maps, the earlier
 * winning) under the map's own keys. A key that came from an anchor is placed where the anchor
 * wrote it. Values a scenario cannot use are refused here with a message in the user's terms:
 * {@code .nan} and {@code .inf}, numbers beyond any scenario's range, more than one document,
 * nesting deeper than {@value #MAX_DEPTH} levels, and aliases that expand beyond
 * {@value #MAX_VALUES} values (a "billion laughs" file). Public so that other YAML inputs
 * (sweep specs) can be read the same way.
 */
public final class YamlTree {
    static final int MAX_DEPTH = 64;
    static final int MAX_VALUES = 200_000;
    private static final int MAX_NUMBER_CHARACTERS = 40;
    private static final String MERGE = "<<";
    private static final Pattern NOT_A_NUMBER = Pattern.compile("[-+]?\\.(nan|NaN|NAN)");
    private static final Pattern INFINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The tree and the place of every key in the text. */
    public record Read(JsonNode tree, LocationIndex index) {}

    private record Anchored(JsonNode node, String path, int values) {}

    private final String label;
    private final YAMLParser parser;
    private final NavigableMap<String, int[]> positions = new TreeMap<>();
    /** Where each key's value starts, for keys whose value is a single value (not a map or a list). */
    private final NavigableMap<String, int[]> valuePositions = new TreeMap<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int values;

    private YamlTree(String label, YAMLParser parser) {
        this.label = label;
        this.parser = parser;
    }

    /** The document's root (null when the text holds no value) and the key positions. */
    public static Read read(String text, String label) throws ScenarioException {
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            YamlTree reader = new YamlTree(label, parser);
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? null : reader.value("", 0);
            if (parser.nextToken() != null) {
                throw reader.problem("", "the file holds more than one YAML document (a second `---`); "
                        + "a scenario file holds one");
            }
            return new Read(root, new LocationIndex(new HashMap<>(reader.positions),
                    new HashMap<>(reader.valuePositions)));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(syntaxProblem(e, label));
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "cannot read the YAML text"));
        }
    }

    // --- values -------------------------------------------------------------------------

    private JsonNode value(String path, int depth) throws IOException, ScenarioException {
        JsonToken token = parser.currentToken();
        if (++values > MAX_VALUES) {
            throw tooMany(path);
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (depth >= MAX_DEPTH) {
                    throw problem(path, "nested more than " + MAX_DEPTH + " levels deep; a scenario needs a handful");
                }
                String anchor = parser.getObjectId();
                int before = values;
                JsonNode node = token == JsonToken.START_OBJECT ? object(path, depth + 1) : array(path, depth + 1);
                if (anchor != null) {
                    anchors.put(anchor, new Anchored(node, path, values - before + 1));
                }
                return node;
            }
            case VALUE_STRING -> {
                return parser.isCurrentAlias() ? alias(parser.getText(), path)
                        : JsonNodeFactory.instance.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return whole(path);
            }
            case VALUE_NUMBER_FLOAT -> {
                return fractional(path);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return JsonNodeFactory.instance.nullNode();
            }
            default -> throw problem(path, "a value of a kind a scenario does not use (binary data or a tagged "
                    + "object); give text, a number, true/false, a list or a map");
        }
    }

    private ObjectNode object(String path, int depth) throws IOException, ScenarioException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        List<String> mergeRoots = new ArrayList<>();
        List<JsonNode> mergeSources = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int[] at = here();
            parser.nextToken();
            if (MERGE.equals(key)) {
                String root = KeyPaths.child(path, MERGE);
                JsonNode source = value(root, depth);
                collectMergeSources(path, root, source, mergeRoots, mergeSources);
                continue;
            }
            String child = KeyPaths.child(path, key);
            positions.putIfAbsent(child, at);
            if (parser.currentToken().isScalarValue()) {
                valuePositions.putIfAbsent(child, here());
            }
            node.set(key, value(child, depth));
        }
        // Explicit keys win over merged ones; among merged maps the earlier wins (YAML's rule).
        for (int i = 0; i < mergeSources.size(); i++) {
            var fields = mergeSources.get(i).fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if (!node.has(field.getKey())) {
                    node.set(field.getKey(), field.getValue().deepCopy());
                    reRoot(KeyPaths.child(mergeRoots.get(i), field.getKey()), KeyPaths.child(path, field.getKey()));
                }
            }
        }
        return node;
    }

    private void collectMergeSources(String path, String root, JsonNode source, List<String> roots,
                                     List<JsonNode> sources) throws ScenarioException {
        if (source.isObject()) {
            roots.add(root);
            sources.add(source);
            return;
        }
        if (source.isArray()) {
            for (int i = 0; i < source.size(); i++) {
                if (!source.get(i).isObject()) {
                    throw problem(KeyPaths.element(root, i), "a merge key (<<) takes a map or a list of maps, "
                            + "usually aliases such as *base; this entry is not a map");
                }
                roots.add(KeyPaths.element(root, i));
                sources.add(source.get(i));
            }
            return;
        }
        throw problem(root, "a merge key (<<) takes a map or a list of maps, usually aliases such as *base; "
                + "got " + (source.isNull() ? "nothing" : "a single value"));
    }

    private ArrayNode array(String path, int depth) throws IOException, ScenarioException {
        ArrayNode node = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String element = KeyPaths.element(path, node.size());
            positions.putIfAbsent(element, here());
            node.add(value(element, depth));
        }
        return node;
    }

    /** A copy of the anchored map or list; its keys are placed where the anchor wrote them. */
    private JsonNode alias(String name, String path) throws ScenarioException {
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            throw problem(path, "alias *" + name + " names no anchor (&" + name + ") on a map or list earlier in "
                    + "the file; anchors may mark maps and lists (not single values) and must come before their aliases");
        }
        values += anchored.values();
        if (values > MAX_VALUES) {
            throw tooMany(path);
        }
        reRoot(anchored.path(), path);
        return anchored.node().deepCopy();
    }

    private JsonNode whole(String path) throws IOException, ScenarioException {
        String text = parser.getText();
        if (text.length() > MAX_NUMBER_CHARACTERS) {
            throw problem(path, "a number " + text.length() + " characters long; no value in a scenario needs more than "
                    + MAX_NUMBER_CHARACTERS);
        }
        return switch (parser.getNumberType()) {
            case INT -> JsonNodeFactory.instance.numberNode(parser.getIntValue());
            case LONG -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
            default -> JsonNodeFactory.instance.numberNode((BigInteger) parser.getBigIntegerValue());
        };
    }

    private JsonNode fractional(String path) throws IOException, ScenarioException {
        String text = parser.getText().trim();
        if (NOT_A_NUMBER.matcher(text).matches() || INFINITE.matcher(text).matches()) {
            throw problem(path, "`" + text + "` (" + (INFINITE.matcher(text).matches() ? "infinity" : "not a number")
                    + ") is valid YAML but not a value a scenario can use; give a finite number");
        }
        if (text.length() > MAX_NUMBER_CHARACTERS) {
            throw problem(path, "a number " + text.length() + " characters long; no value in a scenario needs more than "
                    + MAX_NUMBER_CHARACTERS);
        }
        double value = parser.getDoubleValue();
        if (Double.isInfinite(value)) {
            throw problem(path, "number " + text + " is too large for a double (at most about 1.8e308); "
                    + "give a finite number");
        }
        return JsonNodeFactory.instance.numberNode(value);
    }

    // --- positions and problems -----------------------------------------------------------

    /** Every position under {@code from} (itself included) also holds under {@code to}. */
    private void reRoot(String from, String to) {
        if (from.equals(to)) {
            return;
        }
        for (NavigableMap<String, int[]> map : List.of(positions, valuePositions)) {
            int[] own = map.get(from);
            if (own != null) {
                map.putIfAbsent(to, own);
            }
            for (String separator : new String[] {".", "["}) {
                String lower = from + separator;
                Map<String, int[]> under = new TreeMap<>(map.subMap(lower, true, lower + Character.MAX_VALUE, true));
                under.forEach((key, at) -> map.putIfAbsent(to + key.substring(from.length()), at));
            }
        }
    }

    private int[] here() {
        JsonLocation at = parser.currentTokenLocation();
        return new int[] {at.getLineNr(), at.getColumnNr()};
    }

    private ScenarioException tooMany(String path) {
        return problem(path, "aliases expand to more than " + MAX_VALUES + " values; a scenario needs a few hundred "
                + "(is an alias nested in its own expansion many times?)");
    }

    private ScenarioException problem(String path, String message) {
        int[] at = here();
        return new ScenarioException(new ScenarioProblem(label, at[0], at[1], path, message));
    }

    /** The parser's own complaint in the user's terms: what is wrong and where, without its internals. */
    private static ScenarioProblem syntaxProblem(JsonProcessingException e, String label) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamReadException read && read.getProcessor() != null && original.startsWith("Duplicate field")) {
            JsonParser parser = read.getProcessor();
            String path = KeyPaths.of(parser.getParsingContext().pathAsPointer());
            String key = parser.getParsingContext().getCurrentName();
            JsonLocation at = parser.currentTokenLocation();
            return new ScenarioProblem(label, at.getLineNr(), at.getColumnNr(), path,
                    "duplicate key `" + key + "`; each key may appear only once in a map");
        }
        if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
            var mark = marked.getProblemMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            String problem = marked.getProblem() == null ? "" : marked.getProblem().trim();
            String message;
            if (problem.contains("(TAB)")) {
                message = "not valid YAML: a tab character where YAML expects indentation or a value; "
                        + "YAML indents with spaces only";
            } else {
                message = "not valid YAML: " + problem;
                var start = marked.getContextMark();
                if (marked.getContext() != null && start != null) {
                    message += " (" + marked.getContext().trim() + " that starts at line " + (start.getLine() + 1)
                            + ", column " + (start.getColumn() + 1) + ")";
                }
            }
            return new ScenarioProblem(label, line, column, "", message);
        }
        JsonLocation at = e.getLocation();
        String message = original.startsWith("Expected a field name")
                ? "a key that is not plain text (a list, a map or an alias); scenario keys are names"
                : "not valid YAML here";
        return at == null ? new ScenarioProblem(label, 0, 0, "", message)
                : new ScenarioProblem(label, at.getLineNr(), at.getColumnNr(), "", message);
    }
}
