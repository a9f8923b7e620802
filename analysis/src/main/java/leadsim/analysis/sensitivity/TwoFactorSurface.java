package leadsim.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Mean output in each cell of two factors' levels: the data of an interaction plot or a
 * heat map over a two-factor sweep.
 *
 * <p>Levels of each factor are sorted as in {@link MainEffects}. A cell with no run (or only
 * NaN outputs) has count 0 and mean NaN. Rows whose level is NaN or null are skipped.
 */
public final class TwoFactorSurface {

    private final List<Level> levelsA;
    private final List<Level> levelsB;
    private final double[][] means;
    private final int[][] counts;

    private TwoFactorSurface(List<Level> levelsA, List<Level> levelsB, double[][] means, int[][] counts) {
        this.levelsA = levelsA;
        this.levelsB = levelsB;
        this.means = means;
        this.counts = counts;
    }

    /** Surface over two numeric factor columns. */
    public static TwoFactorSurface of(double[] a, double[] b, double[] outputs) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return build(numeric(a), numeric(b), outputs);
    }

    /** Surface over two factor columns given as text. */
    public static TwoFactorSurface of(List<String> a, List<String> b, double[] outputs) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return build(text(a), text(b), outputs);
    }

    private static List<Level> numeric(double[] column) {
        List<Level> out = new ArrayList<>(column.length);
        for (double v : column) {
            out.add(Double.isNaN(v) ? null : Level.of(v));
        }
        return out;
    }

    private static List<Level> text(List<String> column) {
        List<Level> out = new ArrayList<>(column.size());
        for (String s : column) {
            out.add(s == null ? null : Level.of(s));
        }
        return out;
    }

    private static TwoFactorSurface build(List<Level> a, List<Level> b, double[] outputs) {
        Objects.requireNonNull(outputs, "outputs");
        if (a.size() != outputs.length || b.size() != outputs.length) {
            throw new IllegalArgumentException("columns differ in length: " + a.size() + ", " + b.size()
                    + " levels and " + outputs.length + " outputs");
        }
        TreeMap<Level, Integer> indexA = new TreeMap<>(Level.ORDER);
        TreeMap<Level, Integer> indexB = new TreeMap<>(Level.ORDER);
        for (int r = 0; r < outputs.length; r++) {
            if (a.get(r) != null && b.get(r) != null) {
                indexA.put(a.get(r), 0);
                indexB.put(b.get(r), 0);
            }
        }
        List<Level> levelsA = number(indexA);
        List<Level> levelsB = number(indexB);
        double[][] sums = new double[levelsA.size()][levelsB.size()];
        int[][] counts = new int[levelsA.size()][levelsB.size()];
        for (int r = 0; r < outputs.length; r++) {
            if (a.get(r) == null || b.get(r) == null || Double.isNaN(outputs[r])) {
                continue;
            }
            int i = indexA.get(a.get(r));
            int j = indexB.get(b.get(r));
            sums[i][j] += outputs[r];
            counts[i][j]++;
        }
        for (int i = 0; i < sums.length; i++) {
            for (int j = 0; j < sums[i].length; j++) {
                sums[i][j] = counts[i][j] == 0 ? Double.NaN : sums[i][j] / counts[i][j];
            }
        }
        return new TwoFactorSurface(levelsA, levelsB, sums, counts);
    }

    /** Replaces the placeholder values of a sorted map by positions 0, 1, ... and lists its keys. */
    private static List<Level> number(TreeMap<Level, Integer> index) {
        List<Level> levels = new ArrayList<>(index.keySet());
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return Collections.unmodifiableList(levels);
    }

    /** Labels of factor a's levels, sorted: the rows of {@link #means()}. */
    public List<String> levelsA() {
        return levelsA.stream().map(Level::label).toList();
    }

    /** Labels of factor b's levels, sorted: the columns of {@link #means()}. */
    public List<String> levelsB() {
        return levelsB.stream().map(Level::label).toList();
    }

    /** Factor a's levels as numbers (NaN where not numeric), aligned with {@link #levelsA()}. */
    public double[] valuesA() {
        return levelsA.stream().mapToDouble(Level::value).toArray();
    }

    /** Factor b's levels as numbers (NaN where not numeric), aligned with {@link #levelsB()}. */
    public double[] valuesB() {
        return levelsB.stream().mapToDouble(Level::value).toArray();
    }

    /** Mean output in cell (level i of a, level j of b); NaN if the cell is empty. */
    public double mean(int i, int j) {
        return means[i][j];
    }

    /** Number of non-NaN outputs in cell (i, j). */
    public int count(int i, int j) {
        return counts[i][j];
    }

    /** All cell means, {@code [i][j]} for level i of a and level j of b (a fresh copy). */
    public double[][] means() {
        double[][] copy = new double[means.length][];
        for (int i = 0; i < means.length; i++) {
            copy[i] = means[i].clone();
        }
        return copy;
    }

    /** All cell counts (a fresh copy). */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }
}
