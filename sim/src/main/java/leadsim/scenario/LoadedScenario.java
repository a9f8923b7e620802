package leadsim.scenario;

import java.util.List;

/**
 * A validated scenario with what the user should know about it: the warnings (for example a
 * desk whose expected load exceeds its capacity), the source file, the resolved YAML (presets
 * expanded) and its SHA-256, which manifests record.
 */
public record LoadedScenario(
        Scenario scenario, List<ScenarioProblem> warnings, String file, String resolvedYaml, String sha256) {}
