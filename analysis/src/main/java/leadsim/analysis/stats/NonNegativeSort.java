package leadsim.analysis.stats;

import java.util.Arrays;

/**
 * Sorts non-negative doubles (durations, latencies) into ascending order by their bits, a radix
 * sort: for a run's few thousand latencies it takes a fraction of {@link Arrays#sort(double[])}'s
 * time, which was about a twelfth of a school year's run. The result is exactly
 * {@code Arrays.sort}'s: for doubles from +0.0 to +infinity the raw bits, read as a
 * {@code long}, rise with the value. Anything else (a negative value, -0.0, NaN) or a short
 * array goes to {@code Arrays.sort}.
 */
public final class NonNegativeSort {
    private NonNegativeSort() {}

    /** Below this many values the comparison sort is as fast. */
    private static final int RADIX_FROM = 512;
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int PASSES = (Long.SIZE + BITS - 1) / BITS;

    /** Sorts {@code values} in place, ascending. */
    public static void sort(double[] values) {
        int n = values.length;
        if (n < RADIX_FROM) {
            Arrays.sort(values);
            return;
        }
        long[] keys = new long[n];
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            // a sign bit (negatives, -0.0) or a NaN's bits: not this sort's to order
            if (bits < 0 || bits > 0x7ff0000000000000L) {
                Arrays.sort(values);
                return;
            }
            keys[i] = bits;
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) (bits >>> (p * BITS)) & (BUCKETS - 1)]++;
            }
        }
        long[] from = keys;
        long[] to = new long[n];
        for (int p = 0; p < PASSES; p++) {
            int[] count = counts[p];
            int shift = p * BITS;
            if (count[(int) (from[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every value has the same digit here: the pass would change nothing
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = start;
                start += c;
            }
            for (int i = 0; i < n; i++) {
                long k = from[i];
                to[count[(int) (k >>> shift) & (BUCKETS - 1)]++] = k;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        for (int i = 0; i < n; i++) {
            values[i] = Double.longBitsToDouble(from[i]);
        }
    }
}
