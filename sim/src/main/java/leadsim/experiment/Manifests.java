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
                                             int threads, boolean series, List<String> commandLine, String started) {
        Map<String, Object> m = BuildInfo.provenance("run", commandLine, started);
        m.put("scenario_file", loaded.file());
        m.put("scenario_name", loaded.scenario().name());
        m.put("scenario_sha256", loaded.sha256());
        m.put("master_seed", masterSeed);
        m.put("seed_rule", "SplitMix64(master seed, design point 0, replicate) folded to 31 bits");
        m.put("seeds", seeds);
        m.put("series", series);
        m.put("threads", threads);
        m.put("warnings", loaded.warnings().stream().map(ScenarioProblem::toString).toList());
        try {
            m.put("scenario", ScenarioMapper.json().readTree(ScenarioMapper.json().writeValueAsString(loaded.scenario())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated scenario must serialise", e);
        }
        return m;
    }

    /**
     * Why an existing run directory is not the same run as {@code wanted} (another scenario,
     * seed, replicate count or series setting), or null when re-running it may resume it.
     */
    public static String differenceFromRun(java.nio.file.Path existing, Map<String, Object> wanted) throws java.io.IOException {
        var mapper = ScenarioMapper.json();
        var found = mapper.readTree(existing.toFile());
        var want = mapper.valueToTree(wanted);
        if (!"run".equals(found.path("kind").asText())) {
            return "a " + found.path("kind").asText("different") + " directory";
        }
        for (String key : List.of("scenario_sha256", "master_seed", "seeds", "series")) {
            if (!found.path(key).toString().equals(want.path(key).toString())) { // as text: 7 read back is an int, not a long
                return "its " + key + " differs";
            }
        }
        return null;
    }
}
