package leadsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.experiment.design.Sweep;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.ParallelMemory;
import leadsim.experiment.run.SweepBench;
import leadsim.experiment.spec.SweepSpecReader;
import leadsim.experiment.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep-bench", mixinStandardHelpOptions = true,
        description = {"Measures sweep throughput (runs a second) by thread count.",
                "The whole path is timed, store included, after an untimed warm-up; each thread count is measured"
                        + " --rounds times and the best kept. Prints the speed-up over the first thread count."})
final class SweepBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", defaultValue = "scenarios/sweeps/bench.yaml",
            description = "Sweep spec to time (default: ${DEFAULT-VALUE}).")
    Path specFile;

    @Option(names = "--threads", paramLabel = "T,T", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2", description = "Rounds per thread count; the best is kept (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "RUNS", defaultValue = "30", description = "Untimed warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() throws Exception {
        if (threads.stream().anyMatch(t -> t < 1) || rounds < 1 || warmup < 0) {
            throw new InputException("--threads must be >= 1 each, --rounds >= 1, --warmup >= 0");
        }
        Sweep sweep = Sweep.of(SweepSpecReader.read(specFile));
        CheckedExperiment checked = ExperimentCheck.check(sweep);
        var out = spec.commandLine().getOut();
        checkThreadsFit(threads, ParallelMemory.of(checked), sweep.runs());
        out.printf("sweep-bench %s: %d runs per round, %d round(s) per thread count, %d cores, load average %.2f%n",
                specFile, sweep.runs(), rounds, Runtime.getRuntime().availableProcessors(), SweepBench.loadAverage());
        out.flush();
        Path scratch = Files.createTempDirectory("leadsim-sweep-bench");
        List<SweepBench.Measurement> best;
        try {
            best = SweepBench.measure(checked, threads, rounds, warmup, scratch);
        } catch (StoreException e) {
            throw new InputException(e.getMessage());
        } finally {
            Files.deleteIfExists(scratch);
        }
        double base = best.get(0).runsPerSecond();
        out.printf("  %7s %8s %10s %10s %9s%n", "threads", "runs", "seconds", "runs/s", "speed-up");
        for (SweepBench.Measurement m : best) {
            out.printf("  %7d %8d %10.2f %10.2f %8.2fx%n", m.threads(), m.runs(), m.seconds(), m.runsPerSecond(),
                    m.runsPerSecond() / base);
        }
        out.printf("load average after: %.2f%n", SweepBench.loadAverage());
        out.flush();
        return 0;
    }

    /**
     * Every thread count to measure must fit its runs in the heap together, as {@code sweep}
     * checks: one that does not is refused (exit code 2) before anything runs. (The default
     * counts, 1 and 2, always fit: validation refuses a run beyond half the heap.)
     */
    private static void checkThreadsFit(List<Integer> threads, ParallelMemory memory, long runs) throws InputException {
        for (int t : threads) {
            if (!memory.fits(t, runs)) {
                throw new InputException(memory.refusal(t, runs));
            }
        }
    }
}
