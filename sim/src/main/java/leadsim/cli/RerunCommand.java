package leadsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import leadsim.experiment.design.Experiment;
import leadsim.experiment.design.Rerun;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.store.Layout;
import leadsim.experiment.store.Manifest;
import leadsim.experiment.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs an experiment again from its result directory alone.",
                "A run, comparison or sweep is rebuilt from its manifest: the resolved scenarios, master seed, replicates and series recorded there give the same runs file,"
                        + " series and summaries, byte for byte."})
final class RerunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A result directory (its manifest.json is read).")
    Path dir;

    @Option(names = "--out", paramLabel = "OUT", description = "Where to write (default: DIR-rerun beside DIR).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        threads.workers(); // a bad --threads is refused before the manifest is read
        Path manifestFile = dir.resolve(Layout.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new InputException(dir + " has no " + Layout.MANIFEST + "; give a directory written by leadsim run,"
                    + " compare or sweep (nothing was written)");
        }
        Path target = out != null ? out : dir.toAbsolutePath().normalize().resolveSibling(
                dir.toAbsolutePath().normalize().getFileName() + "-rerun");
        if (target.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw new InputException("--out is the directory being rerun; choose another (nothing was written)");
        }
        Path scratch = Files.createTempDirectory("leadsim-rerun");
        try {
            Manifest manifest;
            Experiment experiment;
            try {
                manifest = Manifest.read(manifestFile);
                experiment = Rerun.of(manifest, scratch);
            } catch (StoreException | java.io.IOException e) {
                throw new InputException("cannot run " + dir + " again: " + e.getMessage() + " (nothing was written)");
            }
            CheckedExperiment checked = ExperimentCheck.check(experiment);
            int workers = threads.workers(checked, experiment.runs(), spec.commandLine().getErr());
            Progress progress = quiet ? Progress.silent() : Threads.progress(spec.commandLine().getErr());
            var args = spec.commandLine().getParseResult().originalArgs();
            if (!experiment.kind().equals("run")) {
                int code;
                try {
                    code = exit(Experiments.run(checked, target, Shard.ALL, workers, RunFunction.MODEL, progress, args));
                } catch (StoreException e) {
                    throw new InputException(e.getMessage());
                }
                spec.commandLine().getOut().println("results: " + target);
                spec.commandLine().getOut().flush();
                return code;
            }
            return RunCommand.Outcome.of(spec.commandLine(), () -> Experiments.run(checked, target, Shard.ALL, workers,
                    RunFunction.MODEL, progress, args), target);
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int exit(leadsim.experiment.run.SweepReport report) {
        (report.exitCode() == 0 ? spec.commandLine().getOut() : spec.commandLine().getErr())
                .println((report.exitCode() == 0 ? "" : "error: ") + report.summary());
        return report.exitCode();
    }
}
