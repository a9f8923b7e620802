package leadsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import leadsim.experiment.design.Sweep;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.run.SweepReport;
import leadsim.experiment.spec.SweepSpecReader;
import leadsim.experiment.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a sweep: every design point times the replicates.",
                "Specs are in scenarios/sweeps/. Writes manifest.json, runs.csv (a row per finished run), failures.csv and series/. Every design"
                        + " point is validated before the first run. Running the same command again resumes: finished"
                        + " runs are skipped, failed ones retried. Exit code 0 when all runs are done, 1 if any failed,"
                        + " 2 for bad input."})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = {"Sweep spec (YAML), for example", "scenarios/sweeps/safety-by-cadence.yaml"})
    Path specFile;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Result directory (default: results/<sweep>/, or results/<sweep>/shard-<i>-of-<N>/ for a shard).")
    Path out;

    @Option(names = "--shard", paramLabel = "i", defaultValue = "0", description = "Which shard to run, 0..N-1 (default: 0).")
    int shard;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
            description = "Split the sweep into N shards; run k belongs to shard k mod N (default: 1).")
    int shards;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    private final RunFunction function;

    SweepCommand() {
        this(RunFunction.MODEL);
    }

    /** Tests pass a run function that fails on purpose. */
    SweepCommand(RunFunction function) {
        this.function = function;
    }

    @Override
    public Integer call() throws Exception {
        threads.workers(); // a bad --threads is refused before the spec is read
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new InputException("--shard must be in 0.." + (shards - 1) + " for --shards " + shards + " (got " + shard + ")");
        }
        Shard slice = new Shard(shard, shards);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Sweep sweep = Sweep.of(SweepSpecReader.read(specFile));
        CheckedExperiment checked = ExperimentCheck.check(sweep);
        Warnings.print(err, checked.warnings());
        int workers = threads.workers(checked, slice.runsOf(sweep.runs()), err);
        Path dir = out != null ? out : shards == 1 ? Path.of("results", sweep.name())
                : Path.of("results", sweep.name(), "shard-" + shard + "-of-" + shards);
        stdout.printf("sweep %s: %d points x %d replicates = %d runs%s, %d thread%s -> %s%n", sweep.name(), sweep.points(),
                sweep.replicates(), sweep.runs(), shards == 1 ? "" : "; " + slice + ": " + slice.runsOf(sweep.runs()) + " runs",
                workers, workers == 1 ? "" : "s", dir);
        stdout.flush();
        SweepReport report;
        try {
            report = Experiments.run(checked, dir, slice, workers, function, quiet ? Progress.silent() : Threads.progress(err),
                    spec.commandLine().getParseResult().originalArgs());
        } catch (StoreException e) {
            throw new InputException(e.getMessage());
        }
        (report.exitCode() == 0 ? stdout : err).println((report.exitCode() == 0 ? "" : "error: ") + report.summary());
        stdout.println("results: " + dir);
        stdout.flush();
        err.flush();
        return report.exitCode();
    }
}
