package leadsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an override's value at its key path in a scenario tree, or says why it cannot.
 *
 * <p>The path is checked against two things. The record types say which keys exist at all
 * ({@code culture.psychological_safty} is a typo whatever the scenario). The tree says which
 * roles, bodies and list elements this scenario has: a factor changes what is there and never
 * invents a role from one key, because a misspelt role name would otherwise become a new,
 * half-specified role and fail far from the real mistake.
 */
final class OverridePaths {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final PropertyNamingStrategies.NamingBase SNAKE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private OverridePaths() {}

    /** One step of a path: a key, or a list index when {@code key} is null. */
    private record Step(String key, int index) {}

    /** Applies the override to {@code root}; false (with a problem added) if the path is wrong. */
    static boolean apply(ObjectNode root, ScenarioOverride override, Problems problems) {
        List<Step> steps = parse(override.keyPath());
        if (steps == null) {
            problems.add(override.keyPath(), "not a key path; write keys joined by dots and list elements as [i],"
                    + " e.g. culture.psychological_safety or arrivals[0].rate_per_day");
            return false;
        }
        JsonNode node = root;
        Type type = Scenario.class;
        String at = "";
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            boolean last = i == steps.size() - 1;
            Type childType;
            String childPath;
            if (step.key() != null) {
                childPath = KeyPaths.child(at, step.key());
                if (raw(type).isRecord()) {
                    RecordComponent component = component(raw(type), step.key());
                    if (component == null) {
                        problems.add(override.keyPath(), "unknown key `" + step.key() + "`" + in(at)
                                + "; allowed here: " + String.join(", ", componentNames(raw(type))));
                        return false;
                    }
                    childType = component.getGenericType();
                } else if (Map.class.isAssignableFrom(raw(type))) {
                    childType = typeArgument(type, 1);
                    if (!node.has(step.key())) {
                        problems.add(override.keyPath(), "`" + step.key() + "` is not" + in(at)
                                + " of this scenario; present: " + present(node)
                                + " (a factor changes what the scenario has; it cannot add to it)");
                        return false;
                    }
                } else {
                    problems.add(override.keyPath(), "`" + at + "` is a single value or a list, so it has no key `" + step.key() + "`");
                    return false;
                }
                if (last) {
                    ObjectNode parent = (ObjectNode) node;
                    parent.set(step.key(), laidOver(parent.get(step.key()), override.value()));
                    return true;
                }
                JsonNode child = node.get(step.key());
                if (child == null || child.isNull()) {
                    if (!raw(childType).isRecord()) {
                        problems.add(override.keyPath(), "`" + childPath + "` is not set in this scenario, so there is nothing at "
                                + override.keyPath() + " to change");
                        return false;
                    }
                    child = ((ObjectNode) node).putObject(step.key());
                }
                node = child;
            } else {
                childPath = KeyPaths.element(at, step.index());
                if (!List.class.isAssignableFrom(raw(type))) {
                    problems.add(override.keyPath(), "`" + at + "` is not a list, so it has no element [" + step.index() + "]");
                    return false;
                }
                childType = typeArgument(type, 0);
                int size = node.isArray() ? node.size() : 0;
                if (step.index() >= size) {
                    problems.add(override.keyPath(), "`" + at + "` has " + size + " element" + (size == 1 ? "" : "s")
                            + " in this scenario" + (size == 0 ? "" : " ([0] to [" + (size - 1) + "])")
                            + ", so there is no [" + step.index() + "]");
                    return false;
                }
                if (last) {
                    ((ArrayNode) node).set(step.index(), laidOver(node.get(step.index()), override.value()));
                    return true;
                }
                node = node.get(step.index());
            }
            type = childType;
            at = childPath;
        }
        return true;
    }

    /** A map value is laid over the map already there (so a factor may set some keys of it). */
    private static JsonNode laidOver(JsonNode existing, JsonNode value) {
        return value.isObject() && existing != null && existing.isObject()
                ? TreeMerge.over(existing, value) : value.deepCopy();
    }

    private static List<Step> parse(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return null;
            }
            steps.add(new Step(m.group(1), -1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                try {
                    steps.add(new Step(null, Integer.parseInt(index.group(1))));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return steps;
    }

    private static String in(String at) {
        return at.isEmpty() ? "" : " in `" + at + "`";
    }

    private static String present(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    private static RecordComponent component(Class<?> record, String key) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> SNAKE.translate(c.getName()).equals(key)).findFirst().orElse(null);
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> SNAKE.translate(c.getName())).sorted().toList();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }
}
