package leadsim.experiment.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.spec.SweepSpec;
import leadsim.experiment.store.Manifest;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioOverride;
import leadsim.scenario.ScenarioProblem;
import leadsim.scenario.ScenarioTemplate;

/**
 * A sweep: the base scenario resolved at each design point with the spec's fixed settings and
 * that point's factor values. Seeds follow the project's rule: run (point, replicate) gets
 * {@link Seeds#runSeed}(master, point, replicate), independent of threads and shards.
 */
public final class Sweep implements Experiment {
    private final SweepSpec spec;
    private final ScenarioTemplate template;
    private final Design design;
    private final long masterSeed;

    private Sweep(SweepSpec spec, ScenarioTemplate template, Design design, long masterSeed) {
        this.spec = spec;
        this.template = template;
        this.design = design;
        this.masterSeed = masterSeed;
    }

    /**
     * Loads the base scenario. Without a seed in the spec the master seed is the base
     * scenario's own (with the fixed settings), so the base must be valid by itself.
     */
    public static Sweep of(SweepSpec spec) throws ScenarioException {
        ScenarioTemplate template = ScenarioTemplate.load(spec.scenario());
        long master = spec.seed() != null ? spec.seed() : template.resolve(spec.fixed()).scenario().seed();
        return new Sweep(spec, template, Design.of(spec.factors(), spec.sampling(), master), master);
    }

    public SweepSpec spec() {
        return spec;
    }

    @Override
    public String kind() {
        return "sweep";
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public long points() {
        return design.points();
    }

    @Override
    public int replicates() {
        return spec.replicates();
    }

    @Override
    public long masterSeed() {
        return masterSeed;
    }

    @Override
    public long seed(long point, int replicate) {
        return Seeds.runSeed(masterSeed, point, replicate);
    }

    @Override
    public String seedRule() {
        return "SplitMix64(master seed, design point, replicate) folded to 31 bits";
    }

    @Override
    public List<String> factorColumns() {
        return spec.factors().stream().map(Factor::path).toList();
    }

    @Override
    public List<String> factorCells(long point) {
        return design.values(point).stream().map(Cells::of).toList();
    }

    @Override
    public LoadedScenario scenario(long point) throws ScenarioException {
        return template.resolve(overrides(point));
    }

    @Override
    public void checkPaths() throws ScenarioException {
        template.checkPaths(overrides(0));
    }

    private List<ScenarioOverride> overrides(long point) {
        List<ScenarioOverride> overrides = new ArrayList<>(spec.fixed());
        List<JsonNode> values = design.values(point);
        for (int f = 0; f < values.size(); f++) {
            overrides.add(spec.factors().get(f).override(values.get(f)));
        }
        return overrides;
    }

    @Override
    public SeriesSelection series() {
        return spec.series();
    }

    @Override
    public ScenarioProblem seriesProblem(String message) {
        return new ScenarioProblem(spec.file(), spec.seriesPlace()[0], spec.seriesPlace()[1], "series", message);
    }

    @Override
    public Manifest.Details describe() {
        return Manifest.Details.ofSweep(spec.file(), spec.sha256(), spec.tree(), spec.scenario().toString(),
                factorColumns(), sampling());
    }

    /**
     * The sampled design as the manifest records it; for Saltelli and Morris designs enough to
     * rebuild it, so a report can tell which design point is which row (A, B, AB_i; trajectory, step).
     */
    private Manifest.Sampling sampling() {
        SweepSpec.Sampling s = spec.sampling();
        if (s == null) {
            return null;
        }
        List<String> sampled = spec.factors().stream().filter(Factor::sampled).map(Factor::path).toList();
        int k = sampled.size();
        return switch (s.method()) {
            case "saltelli" -> {
                List<String> blocks = new ArrayList<>(List.of("A", "B"));
                for (int i = 0; i < k; i++) {
                    blocks.add("AB_" + (i + 1) + " (" + sampled.get(i) + " from B)");
                }
                yield new Manifest.Sampling(s.method(), s.points(), s.baseSamples(), null, null, null, sampled, blocks,
                        "design point p is row p of SaltelliDesign.of(" + k + ", " + s.baseSamples() + "): block p / "
                                + s.baseSamples() + " (0 = A, 1 = B, 1 + i = AB_i), base sample p % " + s.baseSamples());
            }
            case "morris" -> new Manifest.Sampling(s.method(), s.points(), null, s.trajectories(), s.levels(),
                    Design.designSeed(masterSeed), sampled, null, "design point p is row p of MorrisScreening.design("
                    + k + ", " + s.levels() + ", " + s.trajectories() + ", design_seed): trajectory p / " + (k + 1)
                    + ", step p % " + (k + 1));
            default -> new Manifest.Sampling(s.method(), s.points(), null, null, null, null, null, null, null);
        };
    }
}
