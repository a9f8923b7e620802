package leadsim.experiment.run;

import leadsim.analysis.table.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Seeds;
import leadsim.experiment.store.Fixtures;
import leadsim.experiment.store.ResultStore;
import leadsim.experiment.store.SweepMerge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reproducibility contract: the same bytes whatever the thread count or sharding. */
class SweepDeterminismTest {
    @TempDir
    Path tmp;

    @Test
    void runsCsvIsByteIdenticalWithOneOrTwoThreadsAndOneOrThreeShardsMerged() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Fixtures.spec(tmp, Fixtures.SPEC));
        assertEquals(24, checked.experiment().runs());

        Fixtures.run(checked, tmp.resolve("one-thread"), Shard.ALL, 1, RunFunction.MODEL);
        Fixtures.run(checked, tmp.resolve("two-threads"), Shard.ALL, 2, RunFunction.MODEL);
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path dir = tmp.resolve("sharded").resolve("shard-" + i);
            SweepReport report = Fixtures.run(checked, dir, new Shard(i, 3), 2, RunFunction.MODEL);
            assertEquals(8, report.completed());
            int shard = i;
            assertTrue(Fixtures.runIds(dir).stream().allMatch(id -> id % 3 == shard), "run k belongs to shard k mod 3");
            shards.add(dir);
        }
        SweepMerge.Result merged = SweepMerge.merge(shards, tmp.resolve("sharded"));
        assertTrue(merged.complete(), String.valueOf(merged.problems()));

        String reference = Fixtures.sortedRuns(tmp.resolve("one-thread"));
        assertEquals(25, reference.lines().count());
        assertEquals(reference, Fixtures.sortedRuns(tmp.resolve("two-threads")));
        // merge writes runs.csv sorted: the file itself, byte for byte
        assertEquals(reference, Files.readString(tmp.resolve("sharded").resolve(ResultStore.RUNS)));
        Fixtures.assertSameFiles(tmp.resolve("one-thread/series"), tmp.resolve("two-threads/series"));
        Fixtures.assertSameFiles(tmp.resolve("one-thread/series"), tmp.resolve("sharded/series"));
    }

    @Test
    void seedsArePureFunctionsOfMasterPointAndReplicate() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Fixtures.spec(tmp, Fixtures.SPEC));
        Fixtures.run(checked, tmp.resolve("out"), Shard.ALL, 2, RunFunction.MODEL);
        for (String line : Files.readAllLines(tmp.resolve("out/runs.csv")).subList(1, 25)) {
            List<String> cells = Csv.split(line);
            long id = Long.parseLong(cells.get(0));
            assertEquals(id / 4, Long.parseLong(cells.get(1)));
            assertEquals(id % 4, Long.parseLong(cells.get(2)));
            assertEquals(Seeds.runSeed(42, id / 4, id % 4), Long.parseLong(cells.get(3)));
        }
        // series: the kept columns (day always first), one row a day of the 300-day horizon, gzip
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tmp.resolve("out/series/run-00000007.csv.gz")))) {
            List<String> series = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertEquals("day,queue_decider,latency_mean", series.get(0));
            assertEquals(301, series.size());
            assertTrue(series.get(300).startsWith("300,"), series.get(300));
        }
    }
}
