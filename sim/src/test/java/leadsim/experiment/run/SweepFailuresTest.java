package leadsim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import leadsim.experiment.design.Seeds;
import leadsim.experiment.store.Fixtures;
import leadsim.experiment.store.ResultStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that throws is recorded with its error; the others carry on; the next attempt retries it. */
class SweepFailuresTest {
    @TempDir
    Path tmp;

    /** The model, except that runs 3 and 17 throw. */
    private static final RunFunction FAILS_3_AND_17 = task -> {
        if (task.runId() == 3 || task.runId() == 17) {
            throw new IllegalStateException("desk on fire in run " + task.runId());
        }
        return RunFunction.MODEL.run(task);
    };

    @Test
    void failedRunsGoToFailuresCsvAndTheSweepContinues() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Fixtures.spec(tmp, Fixtures.SPEC));
        Path dir = tmp.resolve("out");
        SweepReport report = Fixtures.run(checked, dir, Shard.ALL, 2, FAILS_3_AND_17);

        assertEquals(22, report.completed());
        assertEquals(2, report.failed());
        assertEquals(1, report.exitCode());
        assertTrue(report.summary().startsWith("22 of 24 runs done in "), report.summary());
        assertTrue(report.summary().endsWith("; 2 runs failed: see " + dir.resolve("failures.csv")
                + "; running the same command again retries them"), report.summary());
        List<String> failures = Files.readAllLines(dir.resolve(ResultStore.FAILURES));
        assertEquals("run_id,point,replicate,seed,error", failures.get(0));
        assertEquals(Set.of(
                "3,0,3," + Seeds.runSeed(42, 0, 3) + ",java.lang.IllegalStateException: desk on fire in run 3",
                "17,4,1," + Seeds.runSeed(42, 4, 1) + ",java.lang.IllegalStateException: desk on fire in run 17"),
                Set.copyOf(failures.subList(1, 3).stream().map(l -> l.replaceAll(" \\(at .*\\)$", "")).toList()));
        assertFalse(Fixtures.runIds(dir).contains(3L));
        assertFalse(Fixtures.runIds(dir).contains(17L));

        // The next attempt (the same command) runs only the two failed runs, and then all is as if nothing failed.
        SweepReport retry = Fixtures.run(checked, dir, Shard.ALL, 2, RunFunction.MODEL);
        assertEquals(22, retry.skipped());
        assertEquals(2, retry.completed());
        assertEquals(0, retry.exitCode());
        assertEquals(List.of("run_id,point,replicate,seed,error"), Files.readAllLines(dir.resolve(ResultStore.FAILURES)));
        Path reference = tmp.resolve("reference");
        Fixtures.run(checked, reference, Shard.ALL, 1, RunFunction.MODEL);
        assertEquals(Fixtures.sortedRuns(reference), Fixtures.sortedRuns(dir));
    }
}
