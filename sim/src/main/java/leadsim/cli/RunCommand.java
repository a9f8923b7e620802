package leadsim.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import leadsim.experiment.design.Replicates;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.run.SweepReport;
import leadsim.experiment.store.ResultDir;
import leadsim.experiment.store.StoreException;
import leadsim.scenario.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs replicates of a scenario in parallel.",
                "Shows progress and the time left, and writes its result directory (docs/result-directory.md), "
                        + "with the runs, their series, a codebook and a summary. Seeds "
                        + "depend only on the master seed and the replicate; the same command again resumes. A scenario "
                        + "too large for memory or time is refused before anything is written (validate prints its size)."})
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

    @Option(names = "--no-series", description = "Skip the daily series (series/ and series_long.csv.gz).")
    boolean noSeries;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    @Option(names = "--needs", description = "Also write needs.csv.gz: one row per need, with every desk or meeting "
            + "it waited at and how it ended (the run's measures can be recomputed from it).")
    boolean needs;

    @Override
    public Integer call() throws Exception {
        if (replicates < 1) {
            throw new InputException("--replicates must be >= 1 (got " + replicates + ")");
        }
        threads.workers(); // a bad --threads is refused before the scenario is read
        LoadedScenario loaded = scenario.load(spec.commandLine());
        long master = seed != null ? seed : loaded.scenario().seed();
        Path dir = out != null ? out : Path.of("results", loaded.scenario().name(),
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw new InputException(dir + " is a file, not a directory; choose another --out (nothing was written)");
        }
        CheckedExperiment checked = ExperimentCheck.check(new Replicates(loaded, replicates, master, !noSeries, needs));
        var err = spec.commandLine().getErr();
        int workers = threads.workers(checked, replicates, err);
        Progress progress = quiet ? Progress.silent() : Threads.progress(err);
        return Outcome.of(spec.commandLine(), () -> Experiments.run(checked, dir, Shard.ALL, workers,
                RunFunction.MODEL, progress, spec.commandLine().getParseResult().originalArgs()), dir);
    }

    /** What run and rerun print when the runs are done: the summary table, or why not. */
    static final class Outcome {
        private Outcome() {}

        interface Work {
            SweepReport run() throws Exception;
        }

        static int of(picocli.CommandLine cli, Work work, Path dir) throws Exception {
            SweepReport report;
            try {
                report = work.run();
            } catch (StoreException e) {
                throw new InputException(e.getMessage());
            }
            var stdout = cli.getOut();
            var err = cli.getErr();
            if (report.skipped() > 0) {
                err.printf("resumed %s: %d of %d replicates were done before%n", dir, report.skipped(), report.runs());
            }
            if (report.exitCode() != 0) {
                err.println("error: " + report.summary());
            } else {
                SummaryTable.print(stdout, ResultDir.read(dir));
            }
            stdout.println("results: " + dir);
            stdout.flush();
            err.flush();
            return report.exitCode();
        }
    }
}
