package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.Experiments;
import leadsim.experiment.run.Progress;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge: every run exactly once, or a message naming what is missing and what to re-run. */
class SweepMergeTest {
    @TempDir
    Path tmp;

    @Test
    void aMissingShardIsNamedWithItsRunsAndNothingIsWritten() throws Exception {
        Path spec = Fixtures.spec(tmp, Fixtures.SPEC);
        CheckedExperiment checked = Fixtures.checked(spec);
        Path shard0 = tmp.resolve("sweep/shard-0-of-3");
        Path shard2 = tmp.resolve("sweep/shard-2-of-3");
        Fixtures.run(checked, shard0, new Shard(0, 3), 1, RunFunction.MODEL);
        Fixtures.run(checked, shard2, new Shard(2, 3), 1, RunFunction.MODEL);

        Fixtures.Cli cli = Fixtures.cli("merge", shard0.toString(), shard2.toString());
        assertEquals(1, cli.exit());
        assertEquals("error: missing 8 of 24 runs\n"
                + "error: shard 1 of 3: 8 missing (run 1, 4, 7, 10, 13, 16, 19, 22); no directory of this shard was given;"
                + " run it: leadsim sweep " + spec + " --shard 1 --shards 3 --out DIR, then merge DIR with the others\n"
                + "nothing written to " + tmp.resolve("sweep") + "\n", cli.err());
        assertFalse(Files.exists(tmp.resolve("sweep/runs.csv")));
    }

    @Test
    void aShardWithFailedRunsIsNamedWithTheCommandToRerunIt() throws Exception {
        Path spec = Fixtures.spec(tmp, Fixtures.SPEC);
        CheckedExperiment checked = Fixtures.checked(spec);
        Path shard0 = tmp.resolve("shard-0");
        Path shard1 = tmp.resolve("shard-1");
        Experiments.run(checked, shard0, new Shard(0, 2), 1, RunFunction.MODEL, Progress.silent(),
                List.of("sweep", "spec.yaml", "--shard", "0", "--shards", "2", "--out", "shard-0"));
        RunFunction failsRun5 = t -> {
            if (t.runId() == 5) {
                throw new ArithmeticException("boom");
            }
            return RunFunction.MODEL.run(t);
        };
        Experiments.run(checked, shard1, new Shard(1, 2), 1, failsRun5, Progress.silent(),
                List.of("sweep", "spec.yaml", "--shard", "1", "--shards", "2", "--out", "shard-1"));

        SweepMerge.Result result = SweepMerge.merge(List.of(shard0, shard1), tmp.resolve("merged"));
        assertFalse(result.complete());
        assertEquals(List.of("missing 1 of 24 runs",
                "shard 1 of 2: 1 missing (run 5); 1 failed: see " + shard1.resolve("failures.csv")
                        + "; re-run the shard (it resumes): leadsim sweep spec.yaml --shard 1 --shards 2 --out shard-1"),
                result.problems());

        Fixtures.run(checked, shard1, new Shard(1, 2), 1, RunFunction.MODEL); // the re-run repairs it
        result = SweepMerge.merge(List.of(shard0, shard1), tmp.resolve("merged"));
        assertTrue(result.complete(), String.valueOf(result.problems()));
        Path reference = tmp.resolve("reference");
        Fixtures.run(checked, reference, Shard.ALL, 2, RunFunction.MODEL);
        assertEquals(Fixtures.sortedRuns(reference), Files.readString(tmp.resolve("merged/runs.csv")));
        var manifest = leadsim.scenario.ScenarioMapper.json().readTree(tmp.resolve("merged/manifest.json").toFile());
        assertEquals("merge", manifest.path("kind").asText());
        assertEquals("sweep", manifest.path("merged_kind").asText());
        assertEquals(2, manifest.path("merged_from").size());
    }

    @Test
    void aMergedDistrictSweepKeepsEverySchoolsRows() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Path.of("../scenarios/sweeps/ci-district.yaml"));
        Path shard0 = tmp.resolve("shard-0-of-2");
        Path shard1 = tmp.resolve("shard-1-of-2");
        Fixtures.run(checked, shard0, new Shard(0, 2), 1, RunFunction.MODEL);
        Fixtures.run(checked, shard1, new Shard(1, 2), 1, RunFunction.MODEL);
        Path whole = tmp.resolve("whole");
        Fixtures.run(checked, whole, Shard.ALL, 2, RunFunction.MODEL);

        SweepMerge.Result result = SweepMerge.merge(List.of(shard0, shard1), tmp.resolve("merged"));
        assertTrue(result.complete(), String.valueOf(result.problems()));
        Path merged = tmp.resolve("merged");
        assertEquals(Fixtures.sortedRuns(whole), Files.readString(merged.resolve("runs.csv")));
        assertTrue(Files.exists(whole.resolve(SchoolRows.FILE)), "a district sweep keeps every school's rows");
        assertArrayEquals(Files.readAllBytes(whole.resolve(SchoolRows.FILE)), Files.readAllBytes(merged.resolve(SchoolRows.FILE)),
                "the merge of the shards has the same rows per school as the whole sweep");
    }

    @Test
    void shardsOfDifferentSweepsOrTheSameShardTwiceAreRefused() throws Exception {
        Path spec = Fixtures.spec(tmp, Fixtures.SPEC);
        CheckedExperiment checked = Fixtures.checked(spec);
        Fixtures.run(checked, tmp.resolve("a0"), new Shard(0, 2), 1, RunFunction.MODEL);
        Files.writeString(spec, Fixtures.SPEC.replace("replicates: 4", "replicates: 2"));
        Fixtures.run(Fixtures.checked(spec), tmp.resolve("b1"), new Shard(1, 2), 1, RunFunction.MODEL);

        StoreException mixed = assertThrows(StoreException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("a0"), tmp.resolve("b1")), tmp.resolve("m")));
        assertTrue(mixed.getMessage().startsWith(tmp.resolve("b1") + " and " + tmp.resolve("a0")
                + " are not shards of one experiment (design_sha256 "), mixed.getMessage());
        StoreException twice = assertThrows(StoreException.class,
                () -> SweepMerge.merge(List.of(tmp.resolve("a0"), tmp.resolve("a0")), tmp.resolve("m")));
        assertEquals("shard 0 of 2 is given twice: " + tmp.resolve("a0") + " and " + tmp.resolve("a0"), twice.getMessage());
        assertEquals(2, Fixtures.cli("merge", tmp.resolve("a0").toString(), "--out", tmp.resolve("a0").toString()).exit());
    }
}
