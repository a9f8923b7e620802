package leadsim.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioMapper;
import leadsim.scenario.ScenarioProblem;

/** What every result directory records about how it was made. */
public final class Manifests {
    private Manifests() {}

    public static Map<String, Object> forRun(LoadedScenario loaded, long masterSeed, List<Long> seeds,
                                             int threads, List<String> commandLine, String started) {
        Map<String, Object> m = BuildInfo.provenance("run", commandLine, started);
        m.put("scenario_file", loaded.file());
        m.put("scenario_name", loaded.scenario().name());
        m.put("scenario_sha256", loaded.sha256());
        m.put("master_seed", masterSeed);
        m.put("seed_rule", "SplitMix64(master seed, design point 0, replicate) folded to 31 bits");
        m.put("seeds", seeds);
        m.put("threads", threads);
        m.put("warnings", loaded.warnings().stream().map(ScenarioProblem::toString).toList());
        try {
            m.put("scenario", ScenarioMapper.json().readTree(ScenarioMapper.json().writeValueAsString(loaded.scenario())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated scenario must serialise", e);
        }
        return m;
    }
}
