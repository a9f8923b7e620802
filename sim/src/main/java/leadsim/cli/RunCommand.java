package leadsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import leadsim.experiment.Manifests;
import leadsim.experiment.ReplicateRun;
import leadsim.experiment.ReplicateRunner;
import leadsim.experiment.RunStore;
import leadsim.experiment.Seeds;
import leadsim.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs replicates of a scenario in parallel.",
                "Writes manifest.json, runs.csv, series.csv and summary.json into the output directory. Seeds depend "
                        + "only on the master seed and the replicate. A scenario too large for memory or time is refused "
                        + "before anything is written (validate prints its size)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's seed).")
    Long seed;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "10", description = "Replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<scenario>/<timestamp>/).")
    Path out;

    @Option(names = "--no-series", description = "Skip the daily series.csv.")
    boolean noSeries;

    @Override
    public Integer call() throws Exception {
        if (replicates < 1) {
            throw new InputException("--replicates must be >= 1 (got " + replicates + ")");
        }
        int workers = threads.workers();
        LoadedScenario loaded = scenario.load(spec.commandLine());
        long master = seed != null ? seed : loaded.scenario().seed();
        Path dir = out != null ? out : Path.of("results", loaded.scenario().name(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir + " is a file, not a directory; choose another --out (nothing was written)");
        }
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            seeds.add(Seeds.runSeed(master, 0, r));
        }
        Map<String, Object> manifest = Manifests.forRun(loaded, master, seeds, workers, !noSeries,
                spec.commandLine().getParseResult().originalArgs(), OffsetDateTime.now().toString());
        boolean resuming = Files.exists(dir.resolve("manifest.json"));
        if (resuming) {
            String other = Manifests.differenceFromRun(dir.resolve("manifest.json"), manifest);
            if (other != null) {
                throw new InputException(dir + " holds another run (" + other + "); resuming needs the same scenario, "
                        + "seed, replicates and series; choose another --out (nothing was written)");
            }
        }
        List<ReplicateRun> done;
        try (RunStore store = resuming ? RunStore.resume(dir, manifest) : RunStore.create(dir, manifest)) {
            List<ReplicateRun> earlier = store.completed();
            java.util.Set<Integer> skip = new java.util.HashSet<>();
            earlier.forEach(r -> skip.add(r.replicate()));
            if (resuming) {
                spec.commandLine().getErr().printf("resuming %s: %d of %d replicates already done%n", dir, skip.size(),
                        replicates);
                spec.commandLine().getErr().flush();
            }
            List<ReplicateRun> fresh = ReplicateRunner.run(loaded.scenario(), master, 0, replicates, skip, workers,
                    !noSeries, run -> {
                        try {
                            store.append(run);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            done = new ArrayList<>(earlier);
            done.addAll(fresh);
            done.sort(java.util.Comparator.comparingInt(ReplicateRun::replicate));
            store.finish(done, OffsetDateTime.now().toString());
        }
        SummaryTable.print(spec.commandLine().getOut(), loaded.scenario().name(), done);
        spec.commandLine().getOut().println("results: " + dir);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
