package leadsim.analysis.stats;

import java.util.Arrays;

/**
 * Sorts non-negative doubles (durations, latencies) into ascending order by their bits, a radix
 * sort: for a run's few thousand latencies it takes a fraction of {@link Arrays#sort(double[])}'s
 * time, which was about a twelfth of a school year's run, and a district's 18 million a third
 * (0.54-0.59 s against 1.75-1.82 s on the 2-core machine, 2026-12-06; {@code Arrays.parallelSort}
 * took as long as the sort, since a 2-core machine's common pool has one thread). The result is exactly
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

    /**
     * Sorts {@code values} in place, ascending. The passes move the doubles themselves between
     * {@code values} and one buffer of the same length, reading each one's bits as it goes: a
     * district's 18 million latencies take one more array of their size, not two of longs.
     */
    public static void sort(double[] values) {
        int n = values.length;
        if (n < RADIX_FROM) {
            Arrays.sort(values);
            return;
        }
        int[][] counts = new int[PASSES][BUCKETS];
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            // a sign bit (negatives, -0.0) or a NaN's bits: not this sort's to order
            if (bits < 0 || bits > 0x7ff0000000000000L) {
                Arrays.sort(values);
                return;
            }
            for (int p = 0; p < PASSES; p++) {
                counts[p][(int) (bits >>> (p * BITS)) & (BUCKETS - 1)]++;
            }
        }
        double[] from = values;
        double[] to = new double[n];
        for (int p = 0; p < PASSES; p++) {
            int[] count = counts[p];
            int shift = p * BITS;
            if (count[(int) (Double.doubleToRawLongBits(from[0]) >>> shift) & (BUCKETS - 1)] == n) {
                continue; // every value has the same digit here: the pass would change nothing
            }
            int start = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = start;
                start += c;
            }
            for (int i = 0; i < n; i++) {
                double v = from[i];
                to[count[(int) (Double.doubleToRawLongBits(v) >>> shift) & (BUCKETS - 1)]++] = v;
            }
            double[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, n);
        }
    }
}
