package leadsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leadsim.experiment.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsim rerun DIR}: the manifest alone is enough to make the same bytes again. */
class RerunTest {
    @TempDir
    Path tmp;

    /** The files whose bytes are the results (the manifest records times and command lines, so it differs). */
    private static void assertSameResults(Path a, Path b, List<String> files) throws Exception {
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void aRunRunsAgainFromItsManifestAloneToTheSameBytes() throws Exception {
        Path scenario = tmp.resolve("queue.yaml");
        Files.writeString(scenario, Fixtures.QUEUE);
        Path first = tmp.resolve("first");
        Fixtures.Cli run = Fixtures.cli("run", scenario.toString(), "--replicates", "3", "--seed", "11", "--out",
                first.toString(), "--quiet");
        assertEquals(0, run.exit(), run.err());
        Files.delete(scenario); // the manifest must be enough
        Path again = tmp.resolve("again");
        Fixtures.Cli rerun = Fixtures.cli("rerun", first.toString(), "--out", again.toString(), "--threads", "1", "--quiet");
        assertEquals(0, rerun.exit(), rerun.err());
        assertSameResults(first, again, List.of("runs.csv", "summary.json", "codebook.csv", "series_long.csv.gz",
                "series/run-00000000.csv.gz", "series/run-00000002.csv.gz"));
        assertEquals(run.out().replace(first.toString(), "DIR"), rerun.out().replace(again.toString(), "DIR"),
                "the same summary table");
    }

    @Test
    void aComparisonAndASweepRunAgainToTheSameBytes() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), Fixtures.QUEUE);
        Files.writeString(tmp.resolve("b.yaml"), Fixtures.QUEUE.replace("name: queue", "name: faster")
                .replace("capacity_hours: 1.0", "capacity_hours: 1.5"));
        Path compared = tmp.resolve("compared");
        assertEquals(0, Fixtures.cli("compare", tmp.resolve("a.yaml").toString(), tmp.resolve("b.yaml").toString(),
                "--replicates", "3", "--out", compared.toString(), "--quiet").exit());
        Fixtures.Cli rerun = Fixtures.cli("rerun", compared.toString(), "--quiet");
        assertEquals(0, rerun.exit(), rerun.err());
        assertSameResults(compared, tmp.resolve("compared-rerun"), List.of("runs.csv", "summary.json", "compare.csv",
                "codebook.csv"));

        Path spec = Fixtures.spec(tmp, Fixtures.SPEC);
        Path swept = tmp.resolve("swept");
        assertEquals(0, Fixtures.cli("sweep", spec.toString(), "--out", swept.toString(), "--quiet").exit());
        Files.delete(spec);
        Files.delete(tmp.resolve("queue.yaml"));
        rerun = Fixtures.cli("rerun", swept.toString(), "--out", tmp.resolve("swept-again").toString(), "--quiet");
        assertEquals(0, rerun.exit(), rerun.err());
        assertSameResults(swept, tmp.resolve("swept-again"), List.of("runs.csv", "codebook.csv", "series_long.csv.gz",
                "series/run-00000023.csv.gz"));
    }

    @Test
    void aDirectoryWithoutAManifestIsRefusedAndNothingWritten() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Fixtures.Cli rerun = Fixtures.cli("rerun", empty.toString(), "--quiet");
        assertEquals(2, rerun.exit());
        assertEquals("error: " + empty + " has no manifest.json; give a directory written by leadsim run, compare or"
                + " sweep (nothing was written)\n", rerun.err());
        assertFalse(Files.exists(tmp.resolve("empty-rerun")));
        assertTrue(Files.list(empty).findAny().isEmpty());
    }
}
