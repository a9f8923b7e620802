package leadsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import leadsim.bench.Bench;
import leadsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures speed in one process: events per second of a school-year run against a",
                "bare MASON schedule driven through the same number of events, and the heap per run."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/distributed.yaml",
            description = "School-year scenario (default: ${DEFAULT-VALUE}).")
    Path scenario;

    @Option(names = "--warmup", defaultValue = "30", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "100", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || runs < 1) {
            throw new InputException("--warmup must be >= 0 and --runs >= 1");
        }
        Bench.measure(ScenarioLoader.load(scenario).scenario(), warmup, runs, spec.commandLine().getOut());
        return 0;
    }
}
