package leadsim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import leadsim.experiment.design.Replicates;
import leadsim.experiment.design.Seeds;
import leadsim.model.SchoolSim;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One seed, one history: the same bytes in every file of a run with 1 and with 2 threads. */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void sameBytesWhateverTheThreadCount() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "scenarios", "distributed.yaml"));
        Path one = runInto(loaded, temp.resolve("one"), 1);
        Path two = runInto(loaded, temp.resolve("two"), 2);
        for (String file : List.of("runs.csv", "series_long.csv.gz", "summary.json", "codebook.csv",
                "series/run-00000000.csv.gz", "series/run-00000003.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals(4 + 1, runs.size(), "header and one row per replicate");
        for (int r = 0; r < 4; r++) {
            assertEquals(Integer.toString(r), runs.get(r + 1).split(",")[0], "rows sorted by run id");
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(one.resolve("series/run-00000002.csv.gz")))) {
            assertEquals(180 + 1, new String(in.readAllBytes()).split("\n").length, "header and one row per day");
        }
    }

    @Test
    void aDifferentMasterSeedGivesADifferentHistory() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "scenarios", "distributed.yaml"));
        var a = new SchoolSim(Seeds.runSeed(1, 0, 0), loaded.scenario(), false).run();
        var b = new SchoolSim(Seeds.runSeed(2, 0, 0), loaded.scenario(), false).run();
        assertNotEquals(a.metrics(), b.metrics());
    }

    private static Path runInto(LoadedScenario loaded, Path dir, int threads) throws Exception {
        CheckedExperiment checked = ExperimentCheck.check(new Replicates(loaded, 4, 99L, true));
        Experiments.run(checked, dir, Shard.ALL, threads, RunFunction.MODEL, Progress.silent(), List.of("test"));
        return dir;
    }
}
