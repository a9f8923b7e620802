package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leadsim.experiment.run.RunFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sweep command's exit codes: 0 all done, 1 some run failed (with a summary), 2 bad options. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private static final String SCENARIO = """
            seed: 5
            horizon: {days: 200}
            escalation: {base: 0, fear: 0, doubt: 0}
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

    private record Result(int exit, String out, String err) {}

    private Result sweep(RunFunction function, String... args) throws Exception {
        Files.writeString(tmp.resolve("queue.yaml"), SCENARIO);
        Files.writeString(tmp.resolve("spec.yaml"), "scenario: queue.yaml\nreplicates: 6\n");
        CommandLine cli = new CommandLine(new SweepCommand(function));
        cli.setExecutionExceptionHandler(new CrashHandler());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void aRunThatThrowsIsRecordedAndTheExitCodeIsOne() throws Exception {
        RunFunction failsRun2 = task -> {
            if (task.runId() == 2) {
                throw new IllegalArgumentException("impossible school");
            }
            return RunFunction.MODEL.run(task);
        };
        Path out = tmp.resolve("out");
        Result result = sweep(failsRun2, tmp.resolve("spec.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, result.exit());
        assertTrue(result.err().startsWith("error: 5 of 6 runs done in "), result.err());
        assertTrue(result.err().contains("; 1 run failed: see " + out.resolve("failures.csv")), result.err());
        List<String> failures = Files.readAllLines(out.resolve("failures.csv"));
        assertEquals(2, failures.size());
        assertTrue(failures.get(1).startsWith("2,0,2,"), failures.get(1));
        assertTrue(failures.get(1).contains(",java.lang.IllegalArgumentException: impossible school (at "), failures.get(1));

        Result retry = sweep(RunFunction.MODEL, tmp.resolve("spec.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, retry.exit(), retry.err());
        assertTrue(retry.out().contains("6 of 6 runs done (5 by an earlier attempt)"), retry.out());
    }

    @Test
    void aShardOutsideTheShardsIsBadInput() throws Exception {
        Result result = sweep(RunFunction.MODEL, tmp.resolve("spec.yaml").toString(), "--shard", "3", "--shards", "3");
        assertEquals(2, result.exit());
        assertEquals("error: --shard must be in 0..2 for --shards 3 (got 3)\n", result.err());
    }
}
