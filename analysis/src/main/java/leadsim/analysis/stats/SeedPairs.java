package leadsim.analysis.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which replicates of two samples belong together: those run on the same seed (common random
 * numbers). Pairing is always by seed, never by position, so a replicate missing on one side
 * (failed, or not yet run) drops its pair instead of shifting every later one.
 *
 * @param a row indices into the first sample, in its order
 * @param b the matching row indices into the second
 */
public record SeedPairs(int[] a, int[] b) {

    /** Pairs the rows of {@code seedsA} and {@code seedsB} that share a seed (the first of each seed). */
    public static SeedPairs of(List<String> seedsA, List<String> seedsB) {
        Map<String, Integer> rowOfB = new HashMap<>();
        for (int r = 0; r < seedsB.size(); r++) {
            rowOfB.putIfAbsent(seedsB.get(r), r);
        }
        List<int[]> matches = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < seedsA.size(); r++) {
            Integer o = rowOfB.get(seedsA.get(r));
            if (o != null && seen.add(seedsA.get(r))) {
                matches.add(new int[] {r, o});
            }
        }
        int[] a = new int[matches.size()];
        int[] b = new int[matches.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = matches.get(k)[0];
            b[k] = matches.get(k)[1];
        }
        return new SeedPairs(a, b);
    }

    public int size() {
        return a.length;
    }

    /** The first sample's values, in pair order. */
    public double[] pickA(double[] values) {
        return pick(values, a);
    }

    /** The second sample's values, in pair order. */
    public double[] pickB(double[] values) {
        return pick(values, b);
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = values[rows[k]];
        }
        return out;
    }
}
