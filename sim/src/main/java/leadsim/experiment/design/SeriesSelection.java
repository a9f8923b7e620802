package leadsim.experiment.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which daily series a sweep keeps per run: none (the default: series cost disk and time),
 * all, or the columns matching a list of names where {@code *} matches any text
 * (e.g. {@code queue_*}). The {@code day} column is always kept with any other.
 */
public record SeriesSelection(List<String> patterns) {
    public static final SeriesSelection NONE = new SeriesSelection(List.of());
    public static final SeriesSelection ALL = new SeriesSelection(List.of("*"));

    public boolean keepsAny() {
        return !patterns.isEmpty();
    }

    /** The available columns this selection keeps, in their own order. */
    public List<String> select(List<String> available) {
        List<String> kept = new ArrayList<>();
        for (String column : available) {
            if (column.equals("day") ? keepsAny() : patterns.stream().anyMatch(p -> matches(p, column))) {
                kept.add(column);
            }
        }
        return kept;
    }

    /** Patterns that match none of the available columns (a typo, or a role no point has). */
    public List<String> unmatched(Collection<String> available) {
        // "everything" of a model that keeps no series (the Garbage Can mode) is nothing, not a typo
        return patterns.stream().filter(p -> !p.equals("*") && available.stream().noneMatch(c -> matches(p, c))).toList();
    }

    private static boolean matches(String pattern, String column) {
        String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return column.matches(regex);
    }
}
