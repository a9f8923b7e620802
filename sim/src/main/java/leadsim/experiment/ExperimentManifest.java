package leadsim.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioMapper;

/**
 * The manifest of a sweep's or comparison's result directory: versions, command line, the
 * design and its hash, seeds, shard, and the resolved scenario(s). A sweep records its base
 * scenario as resolved at design point 0; other points differ from it only by the factor
 * values that runs.csv lists.
 */
public final class ExperimentManifest {
    private ExperimentManifest() {}

    public static Map<String, Object> of(CheckedExperiment checked, Shard shard, int threads, List<String> commandLine,
                                         String started) {
        Experiment e = checked.experiment();
        Map<String, Object> m = BuildInfo.provenance(e.kind(), commandLine, started);
        m.put("name", e.name());
        m.put("design_sha256", checked.designSha256());
        m.put("points", e.points());
        m.put("replicates", e.replicates());
        m.put("runs", e.runs());
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        m.put("shard_runs", shard.runsOf(e.runs()));
        m.put("threads", threads);
        m.put("master_seed", e.masterSeed());
        m.put("seed_rule", e.seedRule());
        m.put("run_id_rule", "run id = point * replicates + replicate; run k belongs to shard k mod shards");
        m.put("factor_columns", e.factorColumns());
        m.put("metric_columns", checked.metricColumns());
        m.put("series_columns", checked.seriesColumns());
        m.put("warnings", checked.warnings());
        m.putAll(e.describe());
        List<Object> scenarios = new ArrayList<>();
        long shown = e.kind().equals("sweep") ? 1 : e.points();
        for (long point = 0; point < shown; point++) {
            try {
                LoadedScenario loaded = e.scenario(point);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("point", point);
                s.put("label", e.label(point));
                s.put("file", loaded.file());
                s.put("sha256", loaded.sha256());
                s.put("resolved", ScenarioMapper.json().readTree(ScenarioMapper.json().writeValueAsString(loaded.scenario())));
                s.put("resolved_yaml", loaded.resolvedYaml()); // what `leadsim rerun` loads, exactly as validated
                scenarios.add(s);
            } catch (ScenarioException | JsonProcessingException ex) {
                throw new IllegalStateException("a checked experiment's scenarios resolve and serialise", ex);
            }
        }
        m.put("scenarios", scenarios);
        return m;
    }
}
