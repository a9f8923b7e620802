package leadsim.cli;

import static leadsim.cli.CliTest.leadsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import leadsim.experiment.run.ParallelMemory;
import leadsim.scenario.RunSize;
import leadsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs held at once must fit the heap together: {@code run}, {@code sweep}, {@code sweep-bench} (and {@code compare},
 * {@code rerun}) refuse a {@code --threads} whose runs would not, with exit code 2 and nothing
 * written, and use fewer threads than the default with a note.
 */
class ThreadsMemoryTest {
    private static final double GB = 1024.0 * 1024 * 1024;

    @TempDir
    Path tmp;

    private Path scenario;
    /** The estimate of one run: about 0.4 of this Java's heap, so two fit and three do not. */
    private double estimate;

    @BeforeEach
    void aScenarioOfWhichTwoRunsFitTheHeap() throws Exception {
        long students = (long) (0.4 * Runtime.getRuntime().maxMemory() / 16); // 16 bytes a student without a stream
        scenario = tmp.resolve("big.yaml");
        Files.writeString(scenario, """
                name: big
                horizon: {days: 20, warmup_days: 2}
                service: {distribution: exponential, mean_hours: 1.0, cv: 1.0}
                students: %d
                roles:
                  decider: {count: 1, capacity_hours: 1.0, expertise: {mean: 0.5, sd: 0}}
                decision_rights:
                  policy: {school: decider}
                arrivals:
                  - from: decider
                    rate_per_day: 0.5
                    mix: [{domain: policy, scope: school, weight: 1, deadline_days: 10, size: 1}]
                """.formatted(Math.min(students, Integer.MAX_VALUE)));
        estimate = RunSize.of(ScenarioLoader.load(scenario).scenario()).memoryBytes();
        assumeTrue(estimate * 2 <= Runtime.getRuntime().maxMemory() && estimate * 3 > Runtime.getRuntime().maxMemory(),
                "the scenario's estimate is between a third and a half of the heap");
    }

    private String refusal(int threads) {
        long heap = Runtime.getRuntime().maxMemory();
        long xmx = (long) Math.ceil(estimate * threads * 1.1 / GB);
        return "error: --threads " + threads + ": " + threads + " runs at once would need about "
                + RunSize.bytes(estimate * threads) + " of memory (about " + RunSize.bytes(estimate) + " each), more than"
                + " this Java's maximum heap of " + RunSize.bytes(heap) + "; use --threads 2 or fewer, or give Java more"
                + " heap (LEADSIM_JAVA_OPTS=-Xmx" + xmx + "g ./leadsim ...); nothing was written\n";
    }

    @Test
    void runRefusesThreadsWhoseRunsTogetherWouldNotFitTheHeap() {
        Path out = tmp.resolve("out");
        CliTest.Result result = leadsim("run", scenario.toString(), "--replicates", "3", "--threads", "3", "--out",
                out.toString(), "--quiet");
        assertEquals(2, result.code(), result.err());
        assertEquals(refusal(3), result.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void sweepRefusesThemTooBeforeAnythingIsWritten() throws Exception {
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, """
                scenario: big.yaml
                replicates: 2
                factors:
                  - path: culture.psychological_safety
                    values: [0.2, 0.8]
                """);
        Path out = tmp.resolve("out");
        CliTest.Result result = leadsim("sweep", spec.toString(), "--threads", "4", "--out", out.toString(), "--quiet");
        assertEquals(2, result.code(), result.err());
        assertEquals(refusal(4), result.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void sweepBenchRefusesAThreadCountWhoseRunsWouldNotFitBeforeRunningAny() throws Exception {
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, """
                scenario: big.yaml
                replicates: 3
                """);
        CliTest.Result result = leadsim("sweep-bench", spec.toString(), "--threads", "1,3", "--rounds", "1", "--warmup", "0");
        assertEquals(2, result.code(), result.err());
        assertEquals(refusal(3), result.err());
        assertEquals("", result.out(), "nothing measured");
    }

    @Test
    void theDefaultThreadsAreCutToWhatFitsWithANote() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(cores >= 2, "the default is all cores; one core always fits");
        ParallelMemory memory = new ParallelMemory(600 * 1024 * 1024, 1024 * 1024 * 1024);
        StringWriter err = new StringWriter();
        assertEquals(1, new ThreadsOption().workers(memory, 100, new PrintWriter(err, true)));
        assertEquals("note: using 1 thread, not " + cores + ": " + cores + " runs at once would need about "
                + RunSize.bytes(600.0 * 1024 * 1024 * cores) + " of memory (about 600 MB each), more than this Java's"
                + " maximum heap of 1.0 GB; for more threads give Java more heap (LEADSIM_JAVA_OPTS=-Xmx"
                + (long) Math.ceil(600.0 * cores * 1.1 / 1024) + "g ./leadsim ...)\n", err.toString());
        ThreadsOption asked = new ThreadsOption();
        asked.threads = 1;
        assertEquals(1, asked.workers(memory, 100, new PrintWriter(new StringWriter(), true)), "one asked for, one used");
    }
}
