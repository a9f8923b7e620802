package leadsim.analysis.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Saltelli sampling design for estimating Sobol indices of k factors with base size N.
 *
 * <p>A Sobol low-discrepancy sequence in 2k dimensions gives N points; the first k
 * coordinates form matrix A and the last k matrix B. For each factor i, matrix AB_i is A with
 * column i taken from B. The design is the N (k + 2) rows of A, B, AB_1, ..., AB_k stacked in
 * that order, so row r belongs to block {@code r / N} (0 = A, 1 = B, 2 + i = AB_i) and is
 * sample {@code r % N} of it. The first point of the Sobol sequence is all zeros; it is
 * skipped, as it would put every factor at its lower bound at once.
 *
 * <p>N need not be a power of two, but powers of two keep the sequence's balance properties.
 *
 * <p>Reference: Saltelli et al. (2010), "Variance based sensitivity analysis of model output.
 * Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181, 259-270.
 */
public final class SaltelliDesign {

    /** Block index of matrix A. */
    public static final int BLOCK_A = 0;
    /** Block index of matrix B. */
    public static final int BLOCK_B = 1;

    /** Which block a design row belongs to and which base sample it is. */
    public record Position(int block, int sample) {
        /** Whether the row is in an AB_i block. */
        public boolean isMixed() {
            return block >= 2;
        }

        /** The factor i of an AB_i block (its column comes from B), or -1 for A and B. */
        public int mixedFactor() {
            return block >= 2 ? block - 2 : -1;
        }
    }

    private final int factors;
    private final int baseSamples;
    private final double[][] a;
    private final double[][] b;

    private SaltelliDesign(int factors, int baseSamples, double[][] a, double[][] b) {
        this.factors = factors;
        this.baseSamples = baseSamples;
        this.a = a;
        this.b = b;
    }

    /**
     * Builds the design.
     *
     * @param factors     k, at least 1 (at most 500: the sequence has 1000 dimensions)
     * @param baseSamples N, at least 2
     */
    public static SaltelliDesign of(int factors, int baseSamples) {
        if (factors < 1 || factors > 500) {
            throw new IllegalArgumentException("factors must be between 1 and 500, got " + factors);
        }
        if (baseSamples < 2) {
            throw new IllegalArgumentException("baseSamples must be at least 2, got " + baseSamples);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * factors);
        sobol.nextVector(); // the all-zeros point
        double[][] a = new double[baseSamples][];
        double[][] b = new double[baseSamples][];
        for (int j = 0; j < baseSamples; j++) {
            double[] point = sobol.nextVector();
            a[j] = java.util.Arrays.copyOfRange(point, 0, factors);
            b[j] = java.util.Arrays.copyOfRange(point, factors, 2 * factors);
        }
        return new SaltelliDesign(factors, baseSamples, a, b);
    }

    /** k. */
    public int factors() {
        return factors;
    }

    /** N. */
    public int baseSamples() {
        return baseSamples;
    }

    /** Number of rows, N (k + 2): the model runs the design needs. */
    public int size() {
        return baseSamples * (factors + 2);
    }

    /** The block index of AB_i. */
    public static int mixedBlock(int factor) {
        return 2 + factor;
    }

    /** Where row {@code row} sits in the design. */
    public Position position(int row) {
        checkRow(row);
        return new Position(row / baseSamples, row % baseSamples);
    }

    /** The design row of sample {@code sample} in block {@code block}. */
    public int row(int block, int sample) {
        if (block < 0 || block >= factors + 2 || sample < 0 || sample >= baseSamples) {
            throw new IndexOutOfBoundsException("no block " + block + ", sample " + sample
                    + " in a design with " + (factors + 2) + " blocks of " + baseSamples);
        }
        return block * baseSamples + sample;
    }

    /** The point of one row, in [0, 1)^k (a fresh copy). */
    public double[] point(int row) {
        Position p = position(row);
        if (p.block() == BLOCK_A) {
            return a[p.sample()].clone();
        }
        if (p.block() == BLOCK_B) {
            return b[p.sample()].clone();
        }
        double[] mixed = a[p.sample()].clone();
        int i = p.mixedFactor();
        mixed[i] = b[p.sample()][i];
        return mixed;
    }

    /** All rows in order (fresh copies). */
    public double[][] points() {
        double[][] all = new double[size()][];
        for (int r = 0; r < all.length; r++) {
            all[r] = point(r);
        }
        return all;
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size()) {
            throw new IndexOutOfBoundsException("row " + row + " outside a design of " + size() + " rows");
        }
    }
}
