package leadsim.analysis.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of p-values for multiple comparisons (family-wise error
 * control without Bonferroni's loss of power), as R's {@code p.adjust(p, "holm")}.
 *
 * <p>With m non-NaN p-values sorted ascending, the i-th smallest (1-based) becomes
 * {@code max over j <= i of min(1, (m - j + 1) p_(j))}: the running maximum keeps the adjusted
 * values in the same order as the raw ones. NaN entries stay NaN and do not count in m,
 * which is also what R does with NA.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * Adjusted p-values, in the order given.
     *
     * @throws IllegalArgumentException if a value is outside [0, 1]
     */
    public static double[] adjust(double[] pValues) {
        Objects.requireNonNull(pValues, "pValues");
        for (double p : pValues) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("p-values must lie in [0, 1], got " + p);
            }
        }
        Integer[] order = IntStream.range(0, pValues.length)
                .filter(i -> !Double.isNaN(pValues[i]))
                .boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i]))
                .toArray(Integer[]::new);
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            double scaled = Math.min(1.0, (m - rank) * pValues[i]);
            runningMax = Math.max(runningMax, scaled);
            adjusted[i] = runningMax;
        }
        return adjusted;
    }
}
