package leadsim.cli;

import java.util.concurrent.Callable;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.RunSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a scenario file without running it.",
                "Prints the size of one replicate (people, needs expected, approximate memory) against the limits, "
                        + "and the expected load of every desk. An invalid file gets one line per problem (file, "
                        + "line:column, key path, what is allowed) and exit code 2."})
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
            if (loaded.scenario().garbageCan() != null) {
                var g = loaded.scenario().garbageCan();
                out.printf("Garbage Can organisation: %d decision-maker roles, %d choices; load %s, energy %s, access %s,"
                        + " decision %s%n", loaded.scenario().roles().size(), loaded.scenario().bodies().size(), g.load(),
                        g.energy() == null ? "(roles' capacity_hours)" : g.energy(), g.access(),
                        g.decision() == null ? "(bodies' members)" : g.decision());
                out.flush();
                return 0;
            }
            out.println("one replicate: " + RunSize.of(loaded.scenario()).describe());
            if (leadsim.scenario.SchoolsApart.of(loaded.scenario())) {
                out.println("schools apart (no office, no district-scope needs, no events, innovation, reform and"
                        + " turnover off): each school runs as a lane of its own, --threads of them at once");
            }
            out.printf("limits per replicate: %s needs, %s of memory (half of this Java's maximum heap)%n",
                    RunSize.count(RunSize.MAX_NEEDS), RunSize.bytes(RunSize.memoryLimit()));
            BudgetTable.print(out, loaded.scenario());
        }
        out.flush();
        return 0;
    }
}
