package leadsim.cli;

import java.nio.file.Path;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioProblem;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** The scenario file argument shared by commands, loaded with its warnings printed. */
final class ScenarioOptions {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), e.g. scenarios/distributed.yaml")
    Path scenario;

    LoadedScenario load(CommandLine cli) throws ScenarioException {
        LoadedScenario loaded = ScenarioLoader.load(scenario);
        for (ScenarioProblem warning : loaded.warnings()) {
            cli.getErr().println("warning: " + warning);
        }
        cli.getErr().flush();
        return loaded;
    }
}
