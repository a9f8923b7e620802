package leadsim.analysis.stats;

import java.util.Arrays;
import java.util.Objects;

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
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample variance with the n - 1 denominator (two-pass, for accuracy). */
    static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return sum / (values.length - 1);
    }

    static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
        }
    }
}
