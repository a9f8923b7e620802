package leadsim.analysis.sensitivity;

import org.apache.commons.math3.stat.StatUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris elementary-effects screening: a cheap way to sort k factors into negligible,
 * linear/additive and non-linear/interacting, with r (k + 1) model runs.
 *
 * <p>Each of the r trajectories starts at a random point of a p-level grid on [0, 1]^k
 * (levels 0, 1/(p-1), ..., 1) and moves one factor at a time, in random order, by
 * {@code Delta = p / (2 (p - 1))} up or down, staying on the grid. The elementary effect of
 * the factor moved is {@code (y_after - y_before) / (signed step)}. Per factor:
 * <ul>
 *   <li>{@code mu}: mean effect (signed; effects of opposite sign can cancel);</li>
 *   <li>{@code muStar}: mean absolute effect (Campolongo et al. 2007), the usual ranking
 *       measure of importance;</li>
 *   <li>{@code sigma}: standard deviation of the effects (r - 1 denominator): large when the
 *       effect depends on where it is measured, i.e. non-linearity or interactions.</li>
 * </ul>
 * Effects are in output units per unit of the [0, 1] factor scale.
 *
 * <p>Reference: Morris (1991), "Factorial sampling plans for preliminary computational
 * experiments", Technometrics 33, 161-174.
 */
public final class MorrisScreening {

    /** Screening measures of one factor. */
    public record Effect(int factor, double mu, double muStar, double sigma) {
    }

    private final int factors;
    private final int levels;
    private final int trajectories;
    /** Grid level index of every coordinate of every row. */
    private final int[][] gridPoints;
    /** For trajectory t and step s, the factor moved. */
    private final int[][] movedFactor;
    /** For trajectory t and step s, +1 or -1: the direction of the move. */
    private final int[][] direction;

    private MorrisScreening(int factors, int levels, int trajectories, int[][] gridPoints,
            int[][] movedFactor, int[][] direction) {
        this.factors = factors;
        this.levels = levels;
        this.trajectories = trajectories;
        this.gridPoints = gridPoints;
        this.movedFactor = movedFactor;
        this.direction = direction;
    }

    /** A design whose trajectories are drawn from a generator seeded with {@code seed}. */
    public static MorrisScreening design(int factors, int levels, int trajectories, long seed) {
        return design(factors, levels, trajectories, new MersenneTwister(seed));
    }

    /**
     * A design of r trajectories.
     *
     * @param factors      k, at least 1
     * @param levels       p, even and at least 2 (4 is customary): the step Delta is then p/2
     *                     grid intervals, which lets every grid level be visited equally often
     * @param trajectories r, at least 1 (sigma needs at least 2; 10 to 50 is customary)
     * @param random       the (seeded) generator for starting points, directions and orders
     */
    public static MorrisScreening design(int factors, int levels, int trajectories, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (factors < 1) {
            throw new IllegalArgumentException("factors must be at least 1, got " + factors);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("levels must be even and at least 2, got " + levels);
        }
        if (trajectories < 1) {
            throw new IllegalArgumentException("trajectories must be at least 1, got " + trajectories);
        }
        int jump = levels / 2; // Delta in grid intervals
        int[][] grid = new int[trajectories * (factors + 1)][];
        int[][] moved = new int[trajectories][factors];
        int[][] direction = new int[trajectories][factors];
        for (int t = 0; t < trajectories; t++) {
            int[] x = new int[factors];
            int[] up = new int[factors];
            for (int i = 0; i < factors; i++) {
                // A base level low enough that base + jump is still on the grid; a factor
                // that will move down starts from base + jump instead and lands on base.
                int base = random.nextInt(levels - jump);
                up[i] = random.nextBoolean() ? 1 : -1;
                x[i] = up[i] > 0 ? base : base + jump;
            }
            int[] order = permutation(factors, random);
            int row = t * (factors + 1);
            grid[row] = x.clone();
            for (int s = 0; s < factors; s++) {
                int i = order[s];
                moved[t][s] = i;
                direction[t][s] = up[i];
                x[i] += up[i] * jump;
                grid[row + s + 1] = x.clone();
            }
        }
        return new MorrisScreening(factors, levels, trajectories, grid, moved, direction);
    }

    /** k. */
    public int factors() {
        return factors;
    }

    /** p. */
    public int levels() {
        return levels;
    }

    /** r. */
    public int trajectories() {
        return trajectories;
    }

    /** The step size on the [0, 1] scale, p / (2 (p - 1)). */
    public double delta() {
        return (double) (levels / 2) / (levels - 1);
    }

    /** Number of rows, r (k + 1): the model runs the design needs. */
    public int size() {
        return gridPoints.length;
    }

    /**
     * All rows, trajectory after trajectory, each of k + 1 consecutive rows; every value is a
     * grid level {@code j / (p - 1)} in [0, 1] (fresh copies).
     */
    public double[][] points() {
        double[][] out = new double[gridPoints.length][factors];
        for (int r = 0; r < out.length; r++) {
            for (int i = 0; i < factors; i++) {
                out[r][i] = (double) gridPoints[r][i] / (levels - 1);
            }
        }
        return out;
    }

    /**
     * Screening measures from the outputs of the design's rows.
     *
     * @param outputs one finite output per row of {@link #points()}, in row order
     * @return one {@link Effect} per factor, in factor order (sigma NaN when r = 1)
     */
    public List<Effect> analyse(double[] outputs) {
        Objects.requireNonNull(outputs, "outputs");
        if (outputs.length != size()) {
            throw new IllegalArgumentException("expected " + size() + " outputs (one per design row) but got "
                    + outputs.length);
        }
        for (int r = 0; r < outputs.length; r++) {
            if (!Double.isFinite(outputs[r])) {
                throw new IllegalArgumentException("output of design row " + r + " is not finite: " + outputs[r]);
            }
        }
        double[][] effects = new double[factors][trajectories];
        double delta = delta();
        for (int t = 0; t < trajectories; t++) {
            int row = t * (factors + 1);
            for (int s = 0; s < factors; s++) {
                double change = outputs[row + s + 1] - outputs[row + s];
                effects[movedFactor[t][s]][t] = change / (direction[t][s] * delta);
            }
        }
        List<Effect> result = new ArrayList<>(factors);
        for (int i = 0; i < factors; i++) {
            double mu = StatUtils.mean(effects[i]);
            double muStar = StatUtils.mean(java.util.Arrays.stream(effects[i]).map(Math::abs).toArray());
            double sigma = trajectories > 1 ? Math.sqrt(StatUtils.variance(effects[i], mu)) : Double.NaN;
            result.add(new Effect(i, mu, muStar, sigma));
        }
        return Collections.unmodifiableList(result);
    }

    private static int[] permutation(int n, RandomGenerator random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
