package leadsim.experiment.design;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube points in the unit cube: along every dimension each of the {@code n} equal
 * strata holds exactly one point, placed uniformly inside it. Seeded, so a sweep spec and its
 * master seed always give the same design.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** {@code n} points of {@code dims} coordinates in [0, 1). */
    public static double[][] sample(int n, int dims, long seed) {
        RandomGenerator random = new MersenneTwister(seed);
        double[][] points = new double[n][dims];
        int[] strata = new int[n];
        for (int d = 0; d < dims; d++) {
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates: a uniform permutation of the strata
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][d] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }
}
