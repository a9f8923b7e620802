package leadsim.experiment.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import leadsim.analysis.sensitivity.MorrisScreening;
import leadsim.analysis.sensitivity.SaltelliDesign;
import leadsim.experiment.spec.SweepSpec;

/**
 * The design points of a sweep: every combination of the grid factors' values (the first
 * factor varies slowest, as in nested loops), crossed with the points of the sampled design
 * over the sampled factors. Point {@code p} is grid combination {@code p / S}, sample
 * {@code p % S} for {@code S} sampled points (1 when nothing is sampled). Points are computed
 * on demand, so a large grid costs no memory; only the sampled points are kept.
 */
public final class Design {
    private final List<Factor> factors;
    private final long[] stride;
    private final double[][] samples;
    private final long points;

    private Design(List<Factor> factors, long[] stride, double[][] samples, long points) {
        this.factors = factors;
        this.stride = stride;
        this.samples = samples;
        this.points = points;
    }

    /**
     * The design of a spec; random designs (Latin hypercube, Morris trajectories) are drawn from
     * {@link #designSeed}. A Saltelli design's point {@code p} is row {@code p} of
     * {@link SaltelliDesign#of}(k, N), a Morris design's row {@code p} of
     * {@link MorrisScreening#design}(k, levels, trajectories, design seed): the spec reader
     * allows no grid factor beside them, so the sensitivity analysis can read the rows back.
     */
    public static Design of(List<Factor> factors, SweepSpec.Sampling sampling, long masterSeed) {
        int sampledDims = (int) factors.stream().filter(Factor::sampled).count();
        double[][] samples = null;
        if (sampledDims > 0) {
            samples = switch (sampling.method()) {
                case "sobol" -> SobolPoints.sample(sampling.points(), sampledDims);
                case "saltelli" -> SaltelliDesign.of(sampledDims, sampling.baseSamples()).points();
                case "morris" -> MorrisScreening.design(sampledDims, sampling.levels(), sampling.trajectories(),
                        designSeed(masterSeed)).points();
                default -> LatinHypercube.sample(sampling.points(), sampledDims, designSeed(masterSeed));
            };
        }
        long[] stride = new long[factors.size()];
        long combinations = 1;
        for (int f = factors.size() - 1; f >= 0; f--) {
            Factor factor = factors.get(f);
            if (!factor.sampled()) {
                stride[f] = combinations;
                combinations = Math.multiplyExact(combinations, factor.values().size());
            }
        }
        long points = Math.multiplyExact(combinations, samples == null ? 1 : samples.length);
        return new Design(factors, stride, samples, points);
    }

    /** The seed of a random design, derived from the master seed. */
    public static long designSeed(long masterSeed) {
        return Seeds.runSeed(masterSeed, -1, -1);
    }

    public long points() {
        return points;
    }

    /** Each factor's value at a design point, in the factors' order. */
    public List<JsonNode> values(long point) {
        int perGrid = samples == null ? 1 : samples.length;
        long grid = point / perGrid;
        double[] sample = samples == null ? null : samples[(int) (point % perGrid)];
        List<JsonNode> values = new ArrayList<>(factors.size());
        int dim = 0;
        for (int f = 0; f < factors.size(); f++) {
            Factor factor = factors.get(f);
            if (factor.sampled()) {
                values.add(scale(factor.sample(), sample[dim++]));
            } else {
                values.add(factor.values().get((int) (grid / stride[f] % factor.values().size())));
            }
        }
        return values;
    }

    /** A unit coordinate mapped onto the factor's interval; whole numbers equally likely when integer. */
    static JsonNode scale(Factor.SampleRange range, double u) {
        if (range.integer()) {
            double span = range.to() - range.from() + 1;
            return LongNode.valueOf((long) Math.min(range.to(), Math.floor(range.from() + u * span)));
        }
        return DoubleNode.valueOf(range.from() + u * (range.to() - range.from()));
    }

    @Override
    public String toString() {
        return points + " points over " + Arrays.toString(factors.stream().map(Factor::path).toArray());
    }
}
