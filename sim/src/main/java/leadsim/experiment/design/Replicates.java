package leadsim.experiment.design;

import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.store.Manifest;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioProblem;

/**
 * {@code leadsim run}: replicates of one scenario, an experiment with a single design point.
 * It goes through the same runner and store as a sweep or a comparison; replicate k's seed is
 * {@link Seeds#runSeed}(master, 0, k), the seed replicate k gets in a comparison too, so a run
 * and a comparison under one master seed can be paired.
 */
public final class Replicates extends CommonRandomNumbers {
    private final LoadedScenario scenario;
    private final SeriesSelection series;
    private final boolean needs;

    public Replicates(LoadedScenario scenario, int replicates, long masterSeed, boolean keepSeries) {
        this(scenario, replicates, masterSeed, keepSeries, false);
    }

    /** @param keepNeeds every run writes its needs log, one row per need */
    public Replicates(LoadedScenario scenario, int replicates, long masterSeed, boolean keepSeries, boolean keepNeeds) {
        super(replicates, masterSeed);
        this.scenario = scenario;
        this.series = keepSeries ? SeriesSelection.ALL : SeriesSelection.NONE;
        this.needs = keepNeeds;
    }

    @Override
    public boolean keepsNeeds() {
        return needs;
    }

    @Override
    public String kind() {
        return "run";
    }

    @Override
    public String name() {
        return scenario.scenario().name();
    }

    @Override
    public long points() {
        return 1;
    }

    @Override
    public List<String> factorColumns() {
        return List.of();
    }

    @Override
    public List<String> factorCells(long point) {
        return List.of();
    }

    @Override
    public String label(long point) {
        return scenario.scenario().name();
    }

    @Override
    public LoadedScenario scenario(long point) {
        return scenario;
    }

    @Override
    public void checkPaths() {
        // one validated scenario: nothing else to check
    }

    @Override
    public SeriesSelection series() {
        return series;
    }

    @Override
    public ScenarioProblem seriesProblem(String message) {
        return new ScenarioProblem(scenario.file(), 0, 0, "series", message);
    }

    @Override
    public Manifest.Details describe() {
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates(); r++) {
            seeds.add(seed(0, r));
        }
        return Manifest.Details.ofRun(scenario.file(), scenario.scenario().name(), scenario.sha256(), seeds,
                series.keepsAny(), needs);
    }
}
