package leadsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One seed, one history: the same bytes in runs.csv and series.csv with 1 and with 2 threads. */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void sameBytesWhateverTheThreadCount() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "scenarios", "distributed.yaml"));
        Path one = runInto(loaded, temp.resolve("one"), 1);
        Path two = runInto(loaded, temp.resolve("two"), 2);
        for (String file : List.of("runs.csv", "series.csv", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        assertEquals(4 + 1, Files.readAllLines(one.resolve("runs.csv")).size(), "header and one row per replicate");
        assertEquals(4 * 180 + 1, Files.readAllLines(one.resolve("series.csv")).size(), "header and one row per day");
    }

    @Test
    void aDifferentMasterSeedGivesADifferentHistory() throws Exception {
        LoadedScenario loaded = ScenarioLoader.load(Path.of("..", "scenarios", "distributed.yaml"));
        var a = ReplicateRunner.runOne(loaded.scenario(), Seeds.runSeed(1, 0, 0), false);
        var b = ReplicateRunner.runOne(loaded.scenario(), Seeds.runSeed(2, 0, 0), false);
        assertEquals(false, a.metrics().equals(b.metrics()));
    }

    private static Path runInto(LoadedScenario loaded, Path dir, int threads) throws Exception {
        try (RunStore store = RunStore.create(dir, new HashMap<>())) {
            var done = ReplicateRunner.run(loaded.scenario(), 99L, 0, 4, threads, true, run -> {
                try {
                    store.append(run);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            store.finish(done, "fixed");
        }
        return dir;
    }
}
