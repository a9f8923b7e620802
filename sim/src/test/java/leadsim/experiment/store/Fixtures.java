package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import leadsim.cli.Main;
import leadsim.experiment.design.Sweep;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.run.SweepReport;
import leadsim.experiment.spec.SweepSpecReader;
import leadsim.scenario.ScenarioException;
import picocli.CommandLine;

/** Small, fast scenarios and specs in a temporary folder, and helpers to run and read sweeps. */
public final class Fixtures {
    /** An M/M/1 desk over 300 days: a run takes about a millisecond. */
    public static final String QUEUE = """
            name: queue
            seed: 5
            horizon: {days: 300, warmup_days: 20}
            escalation: {base: 0, fear: 0, doubt: 0}
            routing: {handoff_days: 0, queue_discipline: fifo}
            service: {distribution: exponential, mean_hours: 1.0, cv: 1.0}
            roles:
              decider: {count: 1, capacity_hours: 1.0, expertise: {mean: 0.5, sd: 0}}
            decision_rights:
              policy: {school: decider}
            arrivals:
              - from: decider
                rate_per_day: 0.5
                mix:
                  - {domain: policy, scope: school, weight: 1, deadline_days: 10, size: 1}
            """;

    /** 3 rates x 2 capacities x 4 replicates = 24 runs, series kept. */
    public static final String SPEC = """
            name: small
            scenario: queue.yaml
            replicates: 4
            seed: 42
            series: [day, queue_*, latency_mean]
            factors:
              - path: arrivals[0].rate_per_day
                values: [0.3, 0.5, 0.7]
              - path: roles.decider.capacity_hours
                range: {from: 1.0, to: 1.5, step: 0.5}
            """;

    private Fixtures() {}

    /** Writes queue.yaml and the spec into {@code dir}; returns the spec's path. */
    public static Path spec(Path dir, String specText) throws IOException {
        Files.writeString(dir.resolve("queue.yaml"), QUEUE);
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, specText);
        return spec;
    }

    public static CheckedExperiment checked(Path spec) throws ScenarioException {
        return ExperimentCheck.check(Sweep.of(SweepSpecReader.read(spec)));
    }

    public static SweepReport run(CheckedExperiment checked, Path out, Shard shard, int threads, RunFunction f) throws Exception {
        return Experiments.run(checked, out, shard, threads, f, Progress.silent(), List.of("test"));
    }

    /** runs.csv with its rows sorted by run id (the header stays first). */
    public static String sortedRuns(Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(ResultStore.RUNS), StandardCharsets.UTF_8));
        String header = lines.remove(0);
        lines.sort((a, b) -> Long.compare(RunsFile.runId(a), RunsFile.runId(b)));
        return header + "\n" + String.join("\n", lines) + "\n";
    }

    public static List<Long> runIds(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(ResultStore.RUNS), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(RunsFile::runId).toList();
    }

    /** A CLI invocation's exit code and what it printed. */
    public record Cli(int exit, String out, String err) {}

    public static Cli cli(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    public static void assertSameFiles(Path a, Path b) throws IOException {
        String[] left = Files.list(a).map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        String[] right = Files.list(b).map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        assertEquals(Arrays.asList(left), Arrays.asList(right));
        for (String name : left) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }
}
