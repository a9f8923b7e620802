package leadsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * First-order and total-order Sobol indices estimated from the outputs of a
 * {@link SaltelliDesign}, with bootstrap confidence intervals.
 *
 * <p>With f_A, f_B and f_ABi the outputs on the rows of A, B and AB_i, and V the variance of
 * all A and B outputs together:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, their eq. (b) of Table 2):
 *       {@code S_i = mean(f_B (f_ABi - f_A)) / V};</li>
 *   <li>total order (Jansen 1999, Table 2 (f)): {@code ST_i = mean((f_A - f_ABi)^2) / (2 V)}.</li>
 * </ul>
 * These are the estimators Saltelli et al. found best among those they compared, and the
 * ones SALib uses. Estimates can fall slightly outside [0, 1] through sampling error; they
 * are NaN when the output does not vary at all (V = 0).
 *
 * <p>Intervals: the N base samples (each one a row of A, of B and of every AB_i) are
 * resampled with replacement, the indices recomputed, and the 2.5% and 97.5% percentiles
 * (R's type 7) of the bootstrap replicates are reported. The generator is seeded so the
 * intervals are reproducible.
 */
public final class SobolIndices {

    /** Indices of one factor. */
    public record FactorIndices(int factor, double firstOrder, double firstOrderLow,
            double firstOrderHigh, double totalOrder, double totalOrderLow, double totalOrderHigh) {
    }

    /** Bootstrap resamples used when none are given. */
    public static final int DEFAULT_RESAMPLES = 1000;

    private final List<FactorIndices> factors;
    private final double variance;

    private SobolIndices(List<FactorIndices> factors, double variance) {
        this.factors = Collections.unmodifiableList(factors);
        this.variance = variance;
    }

    /** Estimates with {@value #DEFAULT_RESAMPLES} bootstrap resamples from a seeded generator. */
    public static SobolIndices estimate(SaltelliDesign design, double[] outputs, long seed) {
        return estimate(design, outputs, DEFAULT_RESAMPLES, new MersenneTwister(seed));
    }

    /**
     * Estimates the indices.
     *
     * @param design    the design the model was run on
     * @param outputs   one output per design row, in row order; no NaN (drop failed runs by
     *                  re-running them, since a missing row breaks the A/B/AB_i matching)
     * @param resamples bootstrap resamples for the intervals; 0 for none (intervals NaN)
     * @param random    the (seeded) generator that draws the resamples
     */
    public static SobolIndices estimate(SaltelliDesign design, double[] outputs, int resamples,
            RandomGenerator random) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(random, "random");
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("expected " + design.size() + " outputs (one per design row) but got "
                    + outputs.length);
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must not be negative: " + resamples);
        }
        for (int r = 0; r < outputs.length; r++) {
            if (!Double.isFinite(outputs[r])) {
                throw new IllegalArgumentException("output of design row " + r + " is not finite: " + outputs[r]);
            }
        }
        int n = design.baseSamples();
        int k = design.factors();
        double[] fa = new double[n];
        double[] fb = new double[n];
        double[][] fab = new double[k][n];
        for (int j = 0; j < n; j++) {
            fa[j] = outputs[design.row(SaltelliDesign.BLOCK_A, j)];
            fb[j] = outputs[design.row(SaltelliDesign.BLOCK_B, j)];
            for (int i = 0; i < k; i++) {
                fab[i][j] = outputs[design.row(SaltelliDesign.mixedBlock(i), j)];
            }
        }
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        double[][] point = indices(fa, fb, fab, identity);

        double[][][] boot = new double[2][k][resamples];
        int[] pick = new int[n];
        for (int s = 0; s < resamples; s++) {
            for (int j = 0; j < n; j++) {
                pick[j] = random.nextInt(n);
            }
            double[][] one = indices(fa, fb, fab, pick);
            for (int i = 0; i < k; i++) {
                boot[0][i][s] = one[0][i];
                boot[1][i][s] = one[1][i];
            }
        }
        Percentile type7 = new Percentile().withEstimationType(EstimationType.R_7);
        List<FactorIndices> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] first = interval(type7, boot[0][i]);
            double[] total = interval(type7, boot[1][i]);
            result.add(new FactorIndices(i, point[0][i], first[0], first[1], point[1][i], total[0], total[1]));
        }
        return new SobolIndices(result, variance(fa, fb, identity));
    }

    /** {first-order[], total-order[]} computed on the base samples listed in {@code rows}. */
    private static double[][] indices(double[] fa, double[] fb, double[][] fab, int[] rows) {
        int k = fab.length;
        double v = variance(fa, fb, rows);
        double[][] out = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double a = fa[j];
                double ab = fab[i][j];
                first += fb[j] * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[0][i] = first / rows.length / v;
            out[1][i] = total / (2.0 * rows.length) / v;
        }
        return out;
    }

    /** Population variance of the A and B outputs pooled (2N values), as SALib. */
    private static double variance(double[] fa, double[] fb, int[] rows) {
        double sum = 0;
        for (int j : rows) {
            sum += fa[j] + fb[j];
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int j : rows) {
            squares += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        return squares / (2.0 * rows.length);
    }

    private static double[] interval(Percentile type7, double[] replicates) {
        if (replicates.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        type7.setData(replicates);
        return new double[] {type7.evaluate(2.5), type7.evaluate(97.5)};
    }

    /** Indices per factor, in factor order. */
    public List<FactorIndices> factors() {
        return factors;
    }

    /** First-order indices in factor order. */
    public double[] firstOrder() {
        return factors.stream().mapToDouble(FactorIndices::firstOrder).toArray();
    }

    /** Total-order indices in factor order. */
    public double[] totalOrder() {
        return factors.stream().mapToDouble(FactorIndices::totalOrder).toArray();
    }

    /** The output variance the indices are fractions of. */
    public double variance() {
        return variance;
    }
}
