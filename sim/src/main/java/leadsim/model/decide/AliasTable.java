package leadsim.model.decide;

import ec.util.MersenneTwisterFast;

/**
 * Draws an index with probability proportional to its weight in constant time (Vose's alias
 * method). Picking which of 600 students raised a need happens on every arrival; a binary
 * search over cumulative weights showed up in profiles, this does not.
 */
final class AliasTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] keep;
    private final int[] alias;

    AliasTable(double[] weights) {
        int n = weights.length;
        keep = new double[n];
        alias = new int[n];
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1.0) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int less = small[--smallCount];
            int more = large[--largeCount];
            keep[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            if (scaled[more] < 1.0) {
                small[smallCount++] = more;
            } else {
                large[largeCount++] = more;
            }
        }
        // what is left has probability 1 up to rounding
        while (largeCount > 0) {
            keep[large[--largeCount]] = 1.0;
        }
        while (smallCount > 0) {
            keep[small[--smallCount]] = 1.0;
        }
    }

    int draw(MersenneTwisterFast random) {
        int column = random.nextInt(keep.length);
        return random.nextDouble() < keep[column] ? column : alias[column];
    }
}
