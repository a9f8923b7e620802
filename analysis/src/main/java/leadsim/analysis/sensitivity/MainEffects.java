package leadsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import leadsim.analysis.stats.ReplicateSummary;

/**
 * Main effects of one factor: the mean output (with its 95% t interval) at each of the
 * factor's levels, averaging over everything else that varied in the design. For a full
 * factorial sweep this is the classic main-effects plot.
 *
 * <p>Levels come back in sorted order (numerically when they are numbers). Rows whose output
 * is NaN are not counted; rows whose level is NaN or null are skipped.
 */
public final class MainEffects {

    private MainEffects() {
    }

    /** Main effects of a numeric factor column. */
    public static List<LevelMean> of(double[] levels, double[] outputs) {
        Objects.requireNonNull(levels, "levels");
        List<Level> keys = new ArrayList<>(levels.length);
        for (double v : levels) {
            keys.add(Double.isNaN(v) ? null : Level.of(v));
        }
        return summarise(keys, outputs);
    }

    /** Main effects of a factor column given as text (e.g. a {@code Table} column). */
    public static List<LevelMean> of(List<String> levels, double[] outputs) {
        Objects.requireNonNull(levels, "levels");
        List<Level> keys = new ArrayList<>(levels.size());
        for (String s : levels) {
            keys.add(s == null ? null : Level.of(s));
        }
        return summarise(keys, outputs);
    }

    private static List<LevelMean> summarise(List<Level> keys, double[] outputs) {
        Objects.requireNonNull(outputs, "outputs");
        if (keys.size() != outputs.length) {
            throw new IllegalArgumentException(keys.size() + " levels but " + outputs.length + " outputs");
        }
        TreeMap<Level, List<Double>> byLevel = new TreeMap<>(Level.ORDER);
        for (int r = 0; r < outputs.length; r++) {
            if (keys.get(r) != null) {
                byLevel.computeIfAbsent(keys.get(r), k -> new ArrayList<>()).add(outputs[r]);
            }
        }
        List<LevelMean> result = new ArrayList<>(byLevel.size());
        byLevel.forEach((level, values) -> result.add(new LevelMean(level.label(), level.value(),
                ReplicateSummary.of(values.stream().mapToDouble(Double::doubleValue).toArray()))));
        return Collections.unmodifiableList(result);
    }
}
