package leadsim.experiment.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Experiment;
import leadsim.experiment.store.BuildInfo;
import leadsim.experiment.store.Manifest;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioMapper;

/**
 * The manifest of an experiment's result directory as it starts: versions, command line, the
 * design and its hash, seeds, shard, what its kind adds, and the resolved scenario(s). A sweep
 * records its base scenario as resolved at design point 0; other points differ from it only by
 * the factor values that runs.csv lists.
 */
public final class ExperimentManifest {
    private static final ObjectMapper JSON = ScenarioMapper.json();

    private ExperimentManifest() {}

    public static Manifest of(CheckedExperiment checked, Shard shard, int threads, List<String> commandLine,
                              String started) {
        Experiment e = checked.experiment();
        Manifest.Setup setup = new Manifest.Setup(e.name(), checked.designSha256(), e.points(), e.replicates(), e.runs(),
                shard.index(), shard.count(), shard.runsOf(e.runs()), threads, e.masterSeed(), e.seedRule(),
                "run id = point * replicates + replicate; run k belongs to shard k mod shards", e.factorColumns(),
                checked.metricColumns(), checked.seriesColumns(), checked.warnings());
        List<Manifest.Scenario> scenarios = new ArrayList<>();
        long shown = e.kind().equals("sweep") ? 1 : e.points();
        for (long point = 0; point < shown; point++) {
            try {
                LoadedScenario loaded = e.scenario(point);
                // resolved_yaml is what `leadsim rerun` loads, exactly as validated
                scenarios.add(new Manifest.Scenario(point, e.label(point), loaded.file(), loaded.sha256(),
                        JSON.valueToTree(loaded.scenario()), loaded.resolvedYaml()));
            } catch (ScenarioException ex) {
                throw new IllegalStateException("a checked experiment's scenarios resolve", ex);
            }
        }
        return new Manifest(BuildInfo.provenance(e.kind(), commandLine, started), setup, e.describe(), scenarios, null,
                null);
    }
}
