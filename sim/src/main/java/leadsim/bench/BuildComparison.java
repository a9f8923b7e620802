package leadsim.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * {@code leadsim bench --against JAR}: this build's runs against another build's, in one process,
 * in blocks taken in turn (ABBA: each build goes first in every other block, so that neither
 * always runs in the other's wake), timed in the thread's CPU time. Separate processes on a shared
 * machine scatter by 10-25% from one to the next; blocks of the two builds a tenth of a second
 * apart see the same machine. Each build is compiled by the JIT as code of its own
 * ({@link LoadedBuild}), and how well it is compiled varies from one compiled copy to the next
 * (the same jar against itself gave 0.98, 1.05 and 0.99 in three processes, one copy each): so
 * each build is loaded several times, each copy compiled apart, and blocks go round the pairs of
 * copies, which averages that luck out. The paired runs' measures are compared too: whether the
 * change kept the histories.
 */
public final class BuildComparison {
    private BuildComparison() {}

    /**
     * @param ratio        this build's CPU time over the other's, all blocks
     * @param medianBlock  the middle block's ratio
     * @param lowerQuartile, upperQuartile the middle half of the blocks' ratios
     * @param thisMillis   this build's CPU milliseconds a run
     * @param otherMillis  the other build's
     * @param pairs        paired runs (the same seed in both)
     * @param samePairs    pairs whose every measure is the same in both builds
     * @param copyRatios   the ratio of each pair of copies (this build's k-th over the other's k-th)
     */
    public record Result(double ratio, double medianBlock, double lowerQuartile, double upperQuartile,
                         double thisMillis, double otherMillis, int pairs, int samePairs, double[] copyRatios) {}

    /** What to compare: another build, a scenario, how much warm-up, how many blocks of how many runs. */
    public record Plan(Path against, Path scenario, int warmupRuns, int blocks, int runsPerBlock, int copies) {
        public Plan {
            if (warmupRuns < 0 || blocks < 2 || runsPerBlock < 1 || copies < 1) {
                throw new IllegalArgumentException("--warmup must be >= 0, --blocks >= 2, --block-runs >= 1 and"
                        + " --copies >= 1 (got " + warmupRuns + ", " + blocks + ", " + runsPerBlock + ", " + copies + ")");
            }
        }

        /**
         * The blocks run: {@link #blocks} rounded up to a whole number of rounds of two blocks a
         * copy, so that every copy of this build goes first exactly as often as second (40 blocks
         * over 3 copies would give copies 2 and 3 one more block first than second).
         */
        public int balancedBlocks() {
            int round = 2 * copies;
            return (blocks + round - 1) / round * round;
        }
    }

    /**
     * Loads both builds and compares them, printing to {@code out}.
     *
     * @throws IllegalArgumentException if the other build cannot be loaded or cannot read the scenario
     */
    public static Result run(Plan plan, PrintWriter out) {
        List<LoadedBuild> mine = new ArrayList<>();
        List<LoadedBuild> other = new ArrayList<>();
        for (int k = 0; k < plan.copies(); k++) {
            other.add(LoadedBuild.ofJar(plan.against(), plan.scenario()));
            mine.add(LoadedBuild.ofThisProcess(plan.scenario()));
        }
        return compare(mine, other, plan, out);
    }

    /** Block b runs copy b mod k of each build, this build first in even rounds of the copies. */
    static Result compare(List<LoadedBuild> mine, List<LoadedBuild> other, Plan plan, PrintWriter out) {
        int copies = mine.size();
        int blocks = plan.balancedBlocks();
        String rounded = blocks == plan.blocks() ? ""
                : " (--blocks " + plan.blocks() + " rounded up, so each copy goes first as often as second)";
        out.printf(Locale.ROOT, "bench --against %s: %s, %d blocks%s of %d runs each, taken in turn (ABBA), over %d"
                        + " cop%s of each build compiled apart, after %d warm-up runs a copy; CPU time of the thread%n",
                other.get(0).name(), plan.scenario(), blocks, rounded, plan.runsPerBlock(), copies,
                copies == 1 ? "y" : "ies", plan.warmupRuns());
        out.flush();
        for (int i = 0; i < plan.warmupRuns(); i++) {
            for (int k = 0; k < copies; k++) {
                mine.get(k).run(i);
                other.get(k).run(i);
            }
        }
        long[] mineByCopy = new long[copies];
        long[] otherByCopy = new long[copies];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ratios = new double[blocks];
        int same = 0;
        int pairs = 0;
        for (int b = 0; b < blocks; b++) {
            int k = b % copies;
            boolean mineFirst = (b / copies) % 2 == 0;
            LoadedBuild mineCopy = mine.get(k);
            LoadedBuild otherCopy = other.get(k);
            long first = 1_000_000L + (long) b * plan.runsPerBlock();
            List<Map<String, Object>> a = new ArrayList<>();
            List<Map<String, Object>> z = new ArrayList<>();
            long t0 = cpu.getCurrentThreadCpuTime();
            runBlock(mineFirst ? mineCopy : otherCopy, first, plan.runsPerBlock(), mineFirst ? a : z);
            long t1 = cpu.getCurrentThreadCpuTime();
            runBlock(mineFirst ? otherCopy : mineCopy, first, plan.runsPerBlock(), mineFirst ? z : a);
            long t2 = cpu.getCurrentThreadCpuTime();
            long mineBlock = mineFirst ? t1 - t0 : t2 - t1;
            long otherBlock = mineFirst ? t2 - t1 : t1 - t0;
            mineByCopy[k] += mineBlock;
            otherByCopy[k] += otherBlock;
            ratios[b] = mineBlock / (double) otherBlock;
            for (int i = 0; i < a.size(); i++) {
                pairs++;
                if (a.get(i).equals(z.get(i))) {
                    same++;
                }
            }
        }
        int n = ratios.length;
        long mineNanos = LongStream.of(mineByCopy).sum();
        long otherNanos = LongStream.of(otherByCopy).sum();
        double[] byCopy = new double[copies];
        for (int k = 0; k < copies; k++) {
            byCopy[k] = mineByCopy[k] / (double) otherByCopy[k];
        }
        Result r = new Result(mineNanos / (double) otherNanos, quantile(ratios, 0.5), quantile(ratios, 0.25),
                quantile(ratios, 0.75), mineNanos / 1e6 / n / plan.runsPerBlock(),
                otherNanos / 1e6 / n / plan.runsPerBlock(), pairs, same, byCopy);
        out.printf(Locale.ROOT, "  this build %8.3f ms a run%n", r.thisMillis());
        out.printf(Locale.ROOT, "  %-10s %8.3f ms a run%n", "against", r.otherMillis());
        out.printf(Locale.ROOT, "  this / against %.3f over all blocks; median block %.3f, middle half of the blocks"
                + " %.3f-%.3f (below 1: this build is faster)%n", r.ratio(), r.medianBlock(), r.lowerQuartile(),
                r.upperQuartile());
        StringBuilder copyRatios = new StringBuilder();
        for (double c : byCopy) {
            copyRatios.append(copyRatios.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", c));
        }
        out.printf(Locale.ROOT, "  copy by copy: %s (this build's k-th copy over the other's: how much compiled copies differ)%n",
                copyRatios);
        out.printf(Locale.ROOT, "  histories: %s%n", r.samePairs() == r.pairs()
                ? "every measure the same in all " + r.pairs() + " paired runs"
                : "measures differ in " + (r.pairs() - r.samePairs()) + " of " + r.pairs() + " paired runs");
        out.printf(Locale.ROOT, "  (a build against itself shows how far this scatters on this machine)%n");
        out.flush();
        return r;
    }

    private static void runBlock(LoadedBuild build, long first, int runs, List<Map<String, Object>> into) {
        for (int i = 0; i < runs; i++) {
            into.add(build.run(first + i));
        }
    }

    /** R's default (type 7) quantile: the blocks' spread, read as most readers would. */
    private static double quantile(double[] values, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, 100 * p);
    }
}
