package leadsim.experiment.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The first points of the Sobol low-discrepancy sequence (Joe and Kuo's directions, via
 * Commons Math), skipping its first point: it is the origin, a corner no one wants to sample
 * twice as often as the rest of the cube. Deterministic: no seed.
 */
public final class SobolPoints {
    /** Commons Math ships direction numbers for this many dimensions. */
    public static final int MAX_DIMENSIONS = 1000;

    private SobolPoints() {}

    /** {@code n} points of {@code dims} coordinates in [0, 1). */
    public static double[][] sample(int n, int dims) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(dims);
        sobol.nextVector();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = sobol.nextVector();
        }
        return points;
    }
}
