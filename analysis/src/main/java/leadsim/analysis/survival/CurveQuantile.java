package leadsim.analysis.survival;

/**
 * The time at which a decreasing step curve falls to 0.5, by the rule R's
 * {@code print(survfit(...))} uses for its median and the median's confidence limits
 * (function {@code minmin} in the survival package's {@code survmean}):
 * <ul>
 *   <li>the first time the curve is at or below 0.5 (within an absolute tolerance of
 *       sqrt(machine epsilon), so that rounding cannot hide an exact 0.5);</li>
 *   <li>but if the curve is exactly 0.5 there and drops further later, the midpoint between
 *       that time and the time of the drop, so that e.g. the median of four subjects dying at
 *       1, 2, 3, 4 is 2.5 as the ordinary sample median would be;</li>
 *   <li>NaN when the curve never gets that low ("not reached").</li>
 * </ul>
 * (R's {@code quantile.survfit} differs in one corner: a curve that ends flat at exactly 0.5
 * gets the midpoint to the last follow-up time there, where {@code print} and this class give
 * the time the curve reached 0.5.)
 */
final class CurveQuantile {

    /** R's {@code .Machine$double.eps^0.5}. */
    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private CurveQuantile() {
    }

    /**
     * @param times  step times in increasing order
     * @param values curve value from each time on; NaN entries are skipped, as R does
     */
    static double median(double[] times, double[] values) {
        return at(times, values, 0.5);
    }

    /** As {@link #median}, for the time the curve falls to {@code level} instead of 0.5. */
    static double at(double[] times, double[] values, double level) {
        return at(times, values, times.length, level);
    }

    /** As {@link #at(double[], double[], double)}, over the first {@code length} steps only. */
    static double at(double[] times, double[] values, int length, double level) {
        int first = -1;
        for (int i = 0; i < length; i++) {
            if (!Double.isNaN(values[i]) && values[i] < level + TOLERANCE) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return Double.NaN;
        }
        if (Math.abs(values[first] - level) < TOLERANCE) {
            for (int i = first + 1; i < length; i++) {
                if (!Double.isNaN(values[i]) && values[i] < values[first]) {
                    return (times[first] + times[i]) / 2;
                }
            }
        }
        return times[first];
    }
}
