package leadsim.experiment.design;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.spec.SweepSpecReader;
import leadsim.experiment.store.Manifest;
import leadsim.experiment.store.StoreException;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioMapper;

/**
 * The experiment a result directory's manifest describes, rebuilt from the manifest alone (no
 * scenario or spec file needed): the resolved scenarios it recorded, the master seed, the
 * replicates, the series kept and, for a sweep, its spec. Run again, it gives the same runs.csv,
 * series and summaries, byte for byte.
 */
public final class Rerun {
    private Rerun() {}

    /**
     * @param scratch an empty folder for a sweep's spec and base scenario (a spec names its base
     *                scenario by file)
     */
    public static Experiment of(Manifest m, Path scratch) throws StoreException, ScenarioException, IOException {
        List<LoadedScenario> scenarios = new ArrayList<>();
        for (Manifest.Scenario s : m.scenarios()) {
            if (s.resolvedYaml() == null || s.resolvedYaml().isEmpty()) {
                throw new StoreException("the manifest does not record the resolved scenario of point " + s.point()
                        + " (it was written by an older leadsim); run it again from its scenario file");
            }
            scenarios.add(ScenarioLoader.parse(s.resolvedYaml(), s.file() + " (as recorded in the manifest)",
                    s.label() == null ? "scenario" : s.label()));
        }
        if (scenarios.isEmpty()) {
            throw new StoreException("the manifest records no scenario to run");
        }
        return switch (m.experimentKind()) {
            case "run" -> new Replicates(scenarios.get(0), m.replicates(), m.masterSeed(), m.series(), m.needsLog());
            // series_columns, not series: a comparison made before compare kept series records no series flag
            case "compare" -> new Comparison(scenarios, m.replicates(), m.masterSeed(), !m.seriesColumns().isEmpty());
            case "sweep" -> sweep(m, scratch);
            default -> throw new StoreException("a manifest of kind \"" + m.kind() + "\" cannot be run again");
        };
    }

    /** The spec as recorded, its base scenario the resolved one of point 0, written beside it. */
    private static Experiment sweep(Manifest m, Path scratch) throws IOException, ScenarioException, StoreException {
        JsonNode tree = m.details().spec();
        if (tree == null || !tree.isObject()) {
            throw new StoreException("the manifest does not record the sweep's spec");
        }
        Files.createDirectories(scratch);
        Path base = scratch.resolve("base.yaml");
        Files.writeString(base, m.scenarios().get(0).resolvedYaml(), StandardCharsets.UTF_8);
        ObjectNode spec = ((ObjectNode) tree).deepCopy();
        spec.put("scenario", "base.yaml");
        if (!spec.has("name")) {
            spec.put("name", m.name());
        }
        Path specFile = scratch.resolve("spec.yaml");
        Files.writeString(specFile, ScenarioMapper.yaml().writeValueAsString(spec), StandardCharsets.UTF_8);
        return Sweep.of(SweepSpecReader.read(specFile));
    }
}
