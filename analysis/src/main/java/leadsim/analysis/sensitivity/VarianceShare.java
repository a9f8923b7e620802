package leadsim.analysis.sensitivity;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/**
 * The share of an output's variance one factor explains alone: eta squared, the between-level
 * sum of squares over the total sum of squares (as R's {@code summary(aov(y ~ factor))} gives
 * them). NaN values are left out; NaN when fewer than two values remain or the output does not
 * vary.
 */
public final class VarianceShare {
    private VarianceShare() {}

    public static double etaSquared(List<LevelMean> effects, double[] y) {
        double[] values = Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = StatUtils.mean(values);
        double total = StatUtils.populationVariance(values, mean) * values.length;
        double between = 0;
        for (LevelMean e : effects) {
            if (e.n() > 0) {
                between += e.n() * (e.mean() - mean) * (e.mean() - mean);
            }
        }
        return total > 0 ? between / total : Double.NaN;
    }
}
