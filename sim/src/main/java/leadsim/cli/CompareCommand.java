package leadsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.experiment.design.Comparison;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.run.SweepReport;
import leadsim.experiment.store.ResultDir;
import leadsim.experiment.store.StoreException;
import leadsim.experiment.summary.Comparisons;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs what-ifs: scenarios against the first.",
                "Replicate k of every scenario gets the same seed (common random numbers) and pairs are matched by "
                        + "seed. Per measure, each scenario minus the first with a 95%% CI and p-values (Holm over the "
                        + "headline measures; log-rank for a censored time), as compare.csv holds them. Writes the "
                        + "result directory (docs/result-directory.md) and resumes like sweep."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario files; the first is the baseline.")
    List<Path> files;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "20", description = "Paired replicates (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the first scenario's seed).")
    Long seed;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Result directory (default: results/compare/<a>-vs-<b>/).")
    Path out;

    @Option(names = "--no-series", description = "Skip the daily series (series/ and the long file); the report then"
            + " has no charts through the year.")
    boolean noSeries;

    @Option(names = "--report", description = "Also write report.html (charts, tables, plain-language comparison) into the result directory.")
    boolean writeReport;

    @Option(names = "--quiet", description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (replicates < 2) {
            throw new InputException("--replicates must be >= 2 for a paired comparison (got " + replicates + ")");
        }
        if (seed != null && seed == 0) {
            throw new InputException("--seed must not be 0 (MASON treats seed 0 as invalid)");
        }
        threads.workers(); // a bad --threads is refused before the scenarios are read
        List<LoadedScenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            scenarios.add(ScenarioLoader.load(file));
        }
        long master = seed != null ? seed : scenarios.get(0).scenario().seed();
        Comparison comparison = new Comparison(scenarios, replicates, master, !noSeries);
        CheckedExperiment checked = ExperimentCheck.check(comparison);
        var err = spec.commandLine().getErr();
        var stdout = spec.commandLine().getOut();
        Warnings.print(err, checked.warnings());
        int workers = threads.workers(checked, comparison.runs(), err);
        Path dir = out != null ? out : Path.of("results", "compare", comparison.name());
        refuseResumeWithSeries(dir);
        SweepReport report;
        try {
            report = Experiments.run(checked, dir, Shard.ALL, workers, RunFunction.MODEL,
                    quiet ? Progress.silent() : Threads.progress(err), spec.commandLine().getParseResult().originalArgs());
        } catch (StoreException e) {
            throw new InputException(e.getMessage());
        }
        if (report.exitCode() == 0) {
            CompareTable.print(stdout, Comparisons.of(ResultDir.read(dir))); // compare.csv's rows
        }
        if (report.exitCode() != 0) {
            err.println("error: " + report.summary());
        }
        if (writeReport && report.exitCode() == 0) {
            try {
                var written = leadsim.report.Reports.report(dir, null);
                stdout.println("report: " + written.html());
            } catch (leadsim.report.ReportInputException e) {
                throw new InputException(e.getMessage());
            }
        }
        stdout.println("results: " + dir + " (compare.csv, runs.csv)");
        stdout.flush();
        err.flush();
        return report.exitCode();
    }

    /**
     * A comparison made without daily series (with --no-series, or by an earlier compare, which kept
     * none) is resumed with --no-series: say so, rather than only that the directory holds another
     * experiment.
     */
    private void refuseResumeWithSeries(Path dir) throws InputException {
        Path file = dir.resolve(leadsim.experiment.store.Layout.MANIFEST);
        if (noSeries || !java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        leadsim.experiment.store.Manifest manifest;
        try {
            manifest = leadsim.experiment.store.Manifest.read(file);
        } catch (java.io.IOException | RuntimeException e) {
            return; // the result store says what is wrong with it
        }
        if ("compare".equals(manifest.kind()) && manifest.seriesColumns().isEmpty()) {
            throw new InputException(dir + " holds a comparison made without daily series (with --no-series, or by an"
                    + " earlier leadsim compare, which kept none); to resume it give --no-series too, or choose another"
                    + " --out (nothing was written)");
        }
    }
}
