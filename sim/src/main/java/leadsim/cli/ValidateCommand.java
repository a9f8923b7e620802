package leadsim.cli;

import java.util.concurrent.Callable;
import leadsim.scenario.LoadEstimate;
import leadsim.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a scenario file without running it; exit code 2 if it is invalid.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--resolved", description = "Print the resolved scenario (presets and defaults expanded) as YAML.")
    boolean resolved;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = scenario.load(spec.commandLine());
        var out = spec.commandLine().getOut();
        if (resolved) {
            out.print(loaded.resolvedYaml());
        } else {
            out.printf("%s: valid (scenario %s, sha256 %s)%n", loaded.file(), loaded.scenario().name(),
                    loaded.sha256().substring(0, 12));
            BudgetTable.print(out, loaded.scenario());
        }
        out.flush();
        return 0;
    }
}
