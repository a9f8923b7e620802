package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Unknown keys and values of the wrong type, every one of them, before binding. Jackson stops
 * at the first such problem; a user fixing a file wants them all at once, with the range
 * problems found after binding. The walk follows the records the file binds to ({@link Scenario},
 * or a sweep spec's) and accepts exactly what the strict mapper ({@link ScenarioMapper}) binds;
 * each offending entry is reported and removed, so that binding the rest succeeds and the
 * validator can go on. A key marked {@link Expected} is described in its own words.
 */
final class ShapeCheck {
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Map<Class<?>, Map<String, RecordComponent>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Problems problems;

    private ShapeCheck(Problems problems) {
        this.problems = problems;
    }

    /** Reports every unknown key and wrongly typed value in {@code tree}, and removes them from it. */
    static void clean(ObjectNode tree, Class<?> root, Problems problems) {
        new ShapeCheck(problems).record(tree, "", root);
    }

    /** True when the value fits; otherwise reports it (the caller removes it). */
    private boolean check(JsonNode value, String path, Type type) {
        return check(value, path, type, null);
    }

    /** @param expected the key's own words for what it takes ({@link Expected}), or null for its type's */
    private boolean check(JsonNode value, String path, Type type, String expected) {
        if (value == null || value.isNull()) {
            return true; // a missing value is the validator's to report, with what is expected
        }
        Class<?> raw = raw(type);
        if (raw == JsonNode.class) {
            return true; // any value: its meaning is checked where it is used (a sweep factor's values)
        }
        if (raw.isRecord()) {
            return value.isObject() ? record((ObjectNode) value, path, raw) : wrong(path, or(expected, "a map of keys"), value);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!value.isObject()) {
                return wrong(path, or(expected, "a map of keys"), value);
            }
            Type element = argument(type, 1);
            removeFailing((ObjectNode) value, path, element);
            return true;
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            if (!value.isArray()) {
                return check(value, path, element, expected); // one value is read as a list of one
            }
            ArrayNode list = (ArrayNode) value;
            for (int i = 0; i < list.size(); i++) {
                if (!check(list.get(i), KeyPaths.element(path, i), element)) {
                    list.set(i, com.fasterxml.jackson.databind.node.NullNode.getInstance());
                }
            }
            return true;
        }
        if (raw == String.class) {
            // the mapper turns numbers and true/false into text, as YAML users expect of names
            return value.isValueNode() ? true : wrong(path, or(expected, "text"), value);
        }
        if (raw == Double.class || raw == java.math.BigDecimal.class) {
            return value.isNumber() ? true : wrong(path, or(expected, "a number"), value);
        }
        if (raw == Integer.class) {
            return whole(value, path, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
        }
        if (raw == Long.class) {
            return whole(value, path, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
        }
        if (raw == Boolean.class) {
            return value.isBoolean() ? true : wrong(path, or(expected, "true or false"), value);
        }
        throw new IllegalStateException("no shape rule for " + raw + " at " + path);
    }

    private boolean record(ObjectNode node, String path, Class<?> type) {
        Map<String, RecordComponent> keys = keysOf(type);
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.containsKey(name)) {
                unknown.add(name);
            }
        }
        for (String name : unknown) {
            problems.rejected(KeyPaths.child(path, name), "unknown key `" + name + "`; allowed here: "
                    + keys.keySet().stream().sorted().collect(Collectors.joining(", ")));
            node.remove(name);
        }
        for (Map.Entry<String, RecordComponent> key : keys.entrySet()) {
            JsonNode value = node.get(key.getKey());
            RecordComponent component = key.getValue();
            Expected expected = component.getAnnotation(Expected.class);
            if (value != null && !check(value, KeyPaths.child(path, key.getKey()), component.getGenericType(),
                    expected == null ? null : expected.value())) {
                node.remove(key.getKey());
            }
        }
        return true;
    }

    private void removeFailing(ObjectNode map, String path, Type element) {
        List<String> failing = new ArrayList<>();
        map.fields().forEachRemaining(entry -> {
            if (!check(entry.getValue(), KeyPaths.child(path, entry.getKey()), element)) {
                failing.add(entry.getKey());
            }
        });
        failing.forEach(map::remove);
    }

    private boolean whole(JsonNode value, String path, BigInteger min, BigInteger max) {
        if (!value.isNumber()) {
            return wrong(path, "a whole number", value);
        }
        if (!value.isIntegralNumber()) {
            problems.rejectedValue(path, "expected a whole number, got " + value.asText());
            return false;
        }
        BigInteger number = value.bigIntegerValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.rejectedValue(path, "expected a whole number from " + min + " to " + max + ", got " + number);
            return false;
        }
        return true;
    }

    private static String or(String expected, String byType) {
        return expected != null ? expected : byType;
    }

    private boolean wrong(String path, String expected, JsonNode value) {
        problems.rejectedValue(path, "expected " + expected + ", got " + describe(value));
        return false;
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isTextual()) {
            // YAML reads a number too long for any number type as text; say what it looked like
            return value.asText().matches("[-+]?[0-9]+") ? "a number of " + value.asText().length()
                    + " characters, too long to be read as one" : "text";
        }
        return value.isIntegralNumber() ? "a whole number" : "a fractional number";
    }

    /** The record's keys as the file spells them (snake_case), with their components. */
    private static Map<String, RecordComponent> keysOf(Class<?> type) {
        return KEYS.computeIfAbsent(type, t -> {
            Map<String, RecordComponent> keys = new LinkedHashMap<>();
            for (RecordComponent component : t.getRecordComponents()) {
                keys.put(SNAKE.translate(component.getName()), component);
            }
            return keys;
        });
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }
}
