package leadsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A full factorial analysis of variance of replicate outputs over a grid of factors: the model
 * with every main effect and every interaction ({@code y ~ a * b} in R, or {@code a * b * c}),
 * its F tests, and contrasts of its cell means.
 *
 * <ul>
 *   <li>Each term's sum of squares is Type III: the rise in the residual sum of squares when the
 *       term's columns are dropped from the full model, with sum-to-zero (effect) coding. In a
 *       balanced grid (the same number of runs in every cell) this is the classic sum of squares
 *       of R's {@code summary(aov(y ~ a * b))}; in an unbalanced one it is
 *       {@code car::Anova(lm(y ~ a * b, contrasts = list(a = contr.sum, b = contr.sum)), type = 3)}.</li>
 *   <li>A {@link #contrast contrast} is a weighted sum of cell means; its standard error uses the
 *       residual mean square of the full model and its t interval the residual degrees of freedom
 *       (as {@code emmeans} contrasts of {@code lm(y ~ a * b)}). {@link #difference} is the change
 *       from one level of a factor to another averaged over the cells of the other factors, each
 *       combination of their levels weighing the same (the other factors are blocks, so their
 *       effects are not part of the error).</li>
 * </ul>
 *
 * <p>Rows whose output is NaN, or whose level of any factor is null, are left out. The analysis
 * needs at least one run in every cell and more runs than cells; {@link #of} returns null
 * otherwise. Levels are sorted as in {@link MainEffects}.
 */
public final class FactorialAnova {

    /** A test of one term: a main effect (one factor) or an interaction (several). */
    public record Term(List<Integer> factors, double sumSquares, int df, double f, double p) {}

    /** A contrast of cell means with its t interval and two-sided p-value. */
    public record Contrast(double estimate, double standardError, double df, double ciLow, double ciHigh,
                           double p) {
        public boolean significant() {
            return p < 0.05;
        }
    }

    private final List<List<Level>> levels;
    private final double[] cellMeans;
    private final int[] cellCounts;
    private final double residualSs;
    private final int residualDf;
    private final List<Term> terms;

    private FactorialAnova(List<List<Level>> levels, double[] cellMeans, int[] cellCounts, double residualSs,
                           int residualDf, List<Term> terms) {
        this.levels = levels;
        this.cellMeans = cellMeans;
        this.cellCounts = cellCounts;
        this.residualSs = residualSs;
        this.residualDf = residualDf;
        this.terms = terms;
    }

    /**
     * The full factorial ANOVA of {@code y} over the factor columns (labels as text, numbers
     * sorted as numbers), or null when a cell is empty or no degree of freedom is left for error.
     */
    public static FactorialAnova of(List<List<String>> factorColumns, double[] y) {
        Objects.requireNonNull(y, "y");
        int k = factorColumns.size();
        if (k == 0) {
            throw new IllegalArgumentException("no factor");
        }
        List<TreeMap<Level, Integer>> index = new ArrayList<>();
        for (List<String> column : factorColumns) {
            if (column.size() != y.length) {
                throw new IllegalArgumentException(column.size() + " levels but " + y.length + " outputs");
            }
            index.add(new TreeMap<>(Level.ORDER));
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < y.length; r++) {
            boolean keep = !Double.isNaN(y[r]);
            for (List<String> column : factorColumns) {
                keep &= column.get(r) != null;
            }
            if (keep) {
                rows.add(r);
                for (int f = 0; f < k; f++) {
                    index.get(f).put(Level.of(factorColumns.get(f).get(r)), 0);
                }
            }
        }
        List<List<Level>> levels = new ArrayList<>();
        int cells = 1;
        for (TreeMap<Level, Integer> map : index) {
            List<Level> sorted = new ArrayList<>(map.keySet());
            for (int i = 0; i < sorted.size(); i++) {
                map.put(sorted.get(i), i);
            }
            levels.add(Collections.unmodifiableList(sorted));
            cells *= sorted.size();
        }
        int n = rows.size();
        if (n <= cells || levels.stream().anyMatch(l -> l.size() < 2)) {
            return null;
        }
        int[][] at = new int[n][k];
        double[] sums = new double[cells];
        int[] counts = new int[cells];
        double[] values = new double[n];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            int r = rows.get(i);
            for (int f = 0; f < k; f++) {
                at[i][f] = index.get(f).get(Level.of(factorColumns.get(f).get(r)));
            }
            values[i] = y[r];
            cellOf[i] = cell(at[i], levels);
            sums[cellOf[i]] += y[r];
            counts[cellOf[i]]++;
        }
        if (Arrays.stream(counts).anyMatch(c -> c == 0)) {
            return null;
        }
        double[] means = new double[cells];
        for (int c = 0; c < cells; c++) {
            means[c] = sums[c] / counts[c];
        }
        double rss = 0;
        for (int i = 0; i < n; i++) {
            rss += (values[i] - means[cellOf[i]]) * (values[i] - means[cellOf[i]]);
        }
        int residualDf = n - cells;
        // Every non-empty subset of the factors is a term, in R's order: main effects, then pairs, ...
        List<List<Integer>> subsets = new ArrayList<>();
        for (int size = 1; size <= k; size++) {
            for (int mask = 1; mask < (1 << k); mask++) {
                if (Integer.bitCount(mask) == size) {
                    List<Integer> s = new ArrayList<>();
                    for (int f = 0; f < k; f++) {
                        if ((mask & (1 << f)) != 0) {
                            s.add(f);
                        }
                    }
                    subsets.add(List.copyOf(s));
                }
            }
        }
        double mse = rss / residualDf;
        List<Term> terms = new ArrayList<>();
        for (List<Integer> term : subsets) {
            double ss = Math.max(0, rssWithout(term, subsets, at, values, levels) - rss);
            int df = 1;
            for (int f : term) {
                df *= levels.get(f).size() - 1;
            }
            double f = ss / df / mse;
            double p = mse == 0 ? (ss == 0 ? 1 : 0) : 1 - new FDistribution(null, df, residualDf).cumulativeProbability(f);
            terms.add(new Term(term, ss, df, f, p));
        }
        return new FactorialAnova(levels, means, counts, rss, residualDf, Collections.unmodifiableList(terms));
    }

    /** The residual sum of squares of the effect-coded model with every term but {@code dropped}. */
    private static double rssWithout(List<Integer> dropped, List<List<Integer>> subsets, int[][] at, double[] y,
                                     List<List<Level>> levels) {
        int n = y.length;
        List<double[]> columns = new ArrayList<>();
        double[] one = new double[n];
        Arrays.fill(one, 1);
        columns.add(one);
        for (List<Integer> term : subsets) {
            if (term.equals(dropped)) {
                continue;
            }
            // the columns of a term: products of one effect-coded column of each of its factors
            List<double[]> product = new ArrayList<>(List.of(one));
            for (int f : term) {
                List<double[]> next = new ArrayList<>();
                int last = levels.get(f).size() - 1;
                for (double[] base : product) {
                    for (int j = 0; j < last; j++) {
                        double[] col = new double[n];
                        for (int i = 0; i < n; i++) {
                            double code = at[i][f] == j ? 1 : at[i][f] == last ? -1 : 0;
                            col[i] = base[i] * code;
                        }
                        next.add(col);
                    }
                }
                product = next;
            }
            columns.addAll(product);
        }
        RealMatrix x = new Array2DRowRealMatrix(n, columns.size());
        for (int c = 0; c < columns.size(); c++) {
            x.setColumn(c, columns.get(c));
        }
        RealVector target = new ArrayRealVector(y, false);
        RealVector beta = new QRDecomposition(x, 1e-12).getSolver().solve(target);
        RealVector residual = target.subtract(x.operate(beta));
        return residual.dotProduct(residual);
    }

    private static int cell(int[] at, List<List<Level>> levels) {
        int c = 0;
        for (int f = 0; f < at.length; f++) {
            c = c * levels.get(f).size() + at[f];
        }
        return c;
    }

    /** Number of factors. */
    public int factorCount() {
        return levels.size();
    }

    /** The labels of a factor's levels, sorted. */
    public List<String> levels(int factor) {
        return levels.get(factor).stream().map(Level::label).toList();
    }

    /** Residual degrees of freedom: runs minus cells. */
    public int residualDf() {
        return residualDf;
    }

    /** Residual sum of squares (within cells). */
    public double residualSumSquares() {
        return residualSs;
    }

    /** Every term, main effects first (in factor order), then interactions. */
    public List<Term> terms() {
        return terms;
    }

    /** The test of the term with exactly these factors (in any order). */
    public Term term(int... factors) {
        List<Integer> wanted = Arrays.stream(factors).sorted().boxed().toList();
        return terms.stream().filter(t -> t.factors().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term " + wanted));
    }

    /**
     * The mean of the cell means at a level of one factor, every combination of the other
     * factors' levels weighing the same (the marginal mean of a balanced design).
     */
    public double marginalMean(int factor, int level) {
        return contrast(weights(factor, level, -1, -1, 1)).estimate();
    }

    /**
     * Level {@code to} minus level {@code from} of {@code factor}, averaged over every
     * combination of the other factors' levels (each a block of the same weight).
     */
    public Contrast difference(int factor, int from, int to) {
        return contrast(add(weights(factor, to, -1, -1, 1), weights(factor, from, -1, -1, -1)));
    }

    /**
     * Level {@code to} minus level {@code from} of {@code factor} at level {@code atLevel} of
     * factor {@code at} (a simple effect), averaged over the remaining factors.
     */
    public Contrast difference(int factor, int from, int to, int at, int atLevel) {
        return contrast(add(weights(factor, to, at, atLevel, 1), weights(factor, from, at, atLevel, -1)));
    }

    /** The mean at level {@code level} of {@code factor} and {@code atLevel} of {@code at}, averaged over the rest. */
    public double marginalMean(int factor, int level, int at, int atLevel) {
        return contrast(weights(factor, level, at, atLevel, 1)).estimate();
    }

    /**
     * A weighted sum of the cell means (cells in row-major order of the factors' sorted levels),
     * with the standard error {@code sqrt(MSE sum(w^2 / n))} and a 95% t interval on the residual
     * degrees of freedom.
     */
    public Contrast contrast(double[] weights) {
        double estimate = 0;
        double variance = 0;
        for (int c = 0; c < cellMeans.length; c++) {
            estimate += weights[c] * cellMeans[c];
            variance += weights[c] * weights[c] / cellCounts[c];
        }
        double se = Math.sqrt(residualSs / residualDf * variance);
        TDistribution t = new TDistribution(null, residualDf);
        double half = t.inverseCumulativeProbability(0.975) * se;
        double p = se == 0 ? (estimate == 0 ? 1 : 0) : 2 * t.cumulativeProbability(-Math.abs(estimate / se));
        return new Contrast(estimate, se, residualDf, estimate - half, estimate + half, p);
    }

    /** Weights that average, with sign {@code sign}, the cells at {@code level} of {@code factor} (and of {@code at}). */
    private double[] weights(int factor, int level, int at, int atLevel, double sign) {
        double[] w = new double[cellMeans.length];
        int[] index = new int[levels.size()];
        int matching = 0;
        for (int c = 0; c < w.length; c++) {
            decode(c, index);
            if (index[factor] == level && (at < 0 || index[at] == atLevel)) {
                w[c] = 1;
                matching++;
            }
        }
        for (int c = 0; c < w.length; c++) {
            w[c] *= sign / matching;
        }
        return w;
    }

    private void decode(int c, int[] index) {
        for (int f = levels.size() - 1; f >= 0; f--) {
            index[f] = c % levels.get(f).size();
            c /= levels.get(f).size();
        }
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
