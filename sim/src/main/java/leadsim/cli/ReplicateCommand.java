package leadsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.replicate.GarbageCanReplication;
import leadsim.replicate.GarbageCanReport;
import leadsim.scenario.ScenarioTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "replicate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Replicates a published model and writes its report.",
                "The report is report.html, with its charts under figures/ and its tables under tables/.",
                "garbage-can: Cohen, March and Olsen's Garbage Can Model (1972), its 81 variants on random draws of the entry orders and on the paper's four fixed pairings, run in process."})
final class ReplicateCommand implements Callable<Integer> {
    static final Path GARBAGE_CAN = Path.of("scenarios", "replications", "garbage-can", "garbage-can.yaml");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "The model to replicate; allowed: garbage-can.")
    String model;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "The base scenario (default: " + "scenarios/replications/garbage-can/garbage-can.yaml).")
    Path scenario = GARBAGE_CAN;

    @Option(names = "--draws", paramLabel = "N", description = "Random draws of the entry orders per variant (default: 100).")
    int draws = 100;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: results/replications/garbage-can/).")
    Path out = Path.of("results", "replications", "garbage-can");

    @Override
    public Integer call() throws Exception {
        if (!"garbage-can".equals(model)) {
            throw new InputException("replicate: unknown model `" + model + "`; allowed: garbage-can (nothing was written)");
        }
        if (draws < 1) {
            throw new InputException("replicate: --draws must be >= 1 (got " + draws + ") (nothing was written)");
        }
        ScenarioTemplate base = ScenarioTemplate.load(scenario);
        if (base.resolve().scenario().garbageCan() == null) {
            throw new InputException("replicate garbage-can: " + scenario + " is not a Garbage Can scenario (it has no "
                    + "garbage_can: record); e.g. " + GARBAGE_CAN + " (nothing was written)");
        }
        List<GarbageCanReplication.Run> random = GarbageCanReplication.randomOrders(base, draws);
        List<GarbageCanReplication.Run> paper = GarbageCanReplication.paperOrders(base);
        Files.createDirectories(out);
        Path html = GarbageCanReport.write(out, scenario.toString(), draws, random, paper);
        var printer = spec.commandLine().getOut();
        printer.printf("garbage-can: %d runs on random orders, %d on the paper's orders%n", random.size(), paper.size());
        printer.println("report: " + html);
        printer.flush();
        return 0;
    }
}
