package leadsim.analysis.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;

/** Small array helpers shared by the statistics in this package. */
final class Samples {

    private Samples() {
    }

    /** The values that are not NaN, in their original order. */
    static double[] withoutNaN(double[] values) {
        Objects.requireNonNull(values, "values");
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    static double mean(double[] values) {
        return StatUtils.mean(values);
    }

    /** Sample variance with the n - 1 denominator (Commons Math's bias-corrected two-pass formula). */
    static double variance(double[] values, double mean) {
        return StatUtils.variance(values, mean);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
        }
    }
}
