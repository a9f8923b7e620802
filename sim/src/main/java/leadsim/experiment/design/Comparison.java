package leadsim.experiment.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import leadsim.experiment.store.Manifest;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioProblem;

/**
 * What-ifs: several scenario files, the first the baseline, run with common random numbers.
 * Replicate {@code k} of every scenario gets the same seed, {@link Seeds#runSeed}(master, 0, k),
 * so differences are measured pair by pair and the noise the scenarios share cancels.
 */
public final class Comparison extends CommonRandomNumbers {
    private final List<LoadedScenario> scenarios;
    private final List<String> labels;
    private final SeriesSelection series;

    /** @param keepSeries every run keeps all its daily series, as {@code leadsim run} does */
    public Comparison(List<LoadedScenario> scenarios, int replicates, long masterSeed, boolean keepSeries) {
        super(replicates, masterSeed);
        this.scenarios = List.copyOf(scenarios);
        this.labels = labels(scenarios);
        this.series = keepSeries ? SeriesSelection.ALL : SeriesSelection.NONE;
    }

    /** Scenario names when they differ, else the files (two variants of one scenario often share a name). */
    private static List<String> labels(List<LoadedScenario> scenarios) {
        List<String> names = scenarios.stream().map(s -> s.scenario().name()).toList();
        if (new HashSet<>(names).size() == names.size()) {
            return names;
        }
        List<String> files = new ArrayList<>();
        scenarios.forEach(s -> files.add(s.file()));
        return files;
    }

    public List<String> labels() {
        return labels;
    }

    @Override
    public String kind() {
        return "compare";
    }

    @Override
    public String name() {
        return String.join("-vs-", labels.stream().map(l -> l.replaceAll("[^A-Za-z0-9_.-]", "_")).toList());
    }

    @Override
    public long points() {
        return scenarios.size();
    }

    @Override
    public List<String> factorColumns() {
        return List.of("scenario");
    }

    @Override
    public List<String> factorCells(long point) {
        return List.of(Cells.oneLine(labels.get((int) point)));
    }

    @Override
    public String label(long point) {
        return labels.get((int) point);
    }

    @Override
    public LoadedScenario scenario(long point) {
        return scenarios.get((int) point);
    }

    @Override
    public void checkPaths() {
        // nothing to check: every scenario was loaded and validated on its own
    }

    @Override
    public SeriesSelection series() {
        return series;
    }

    @Override
    public ScenarioProblem seriesProblem(String message) {
        return new ScenarioProblem(labels.get(0), 0, 0, "series", message);
    }

    @Override
    public Manifest.Details describe() {
        // the scenarios are recorded in full for every kind
        return Manifest.Details.ofComparison(labels.get(0), series.keepsAny());
    }
}
