package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --against}: two builds loaded side by side, timed block by block in turn, and their
 * paired runs' measures compared. Here "both builds" are this one loaded twice, so the histories
 * must agree; a different scenario for one side stands in for a change that alters them.
 */
class BuildComparisonTest {
    @TempDir
    Path dir;

    private Path shortSchool(String name, String extra) throws Exception {
        String text = Files.readString(Path.of("../scenarios/distributed.yaml"))
                .replace("  days: 180              # one school year", "  days: 20")
                .replace("  warmup_days: 10        # let queues fill before measuring", "  warmup_days: 5")
                + extra;
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theSameBuildTwiceHasTheSameHistoriesAndAFiniteRatio() throws Exception {
        Path school = shortSchool("short.yaml", "");
        List<LoadedBuild> a = List.of(LoadedBuild.ofThisProcess(school), LoadedBuild.ofThisProcess(school));
        List<LoadedBuild> b = List.of(LoadedBuild.ofThisProcess(school), LoadedBuild.ofThisProcess(school));
        StringWriter text = new StringWriter();
        BuildComparison.Result r = BuildComparison.compare(a, b,
                new BuildComparison.Plan(Path.of("other.jar"), school, 1, 3, 3, 2), new PrintWriter(text));
        assertEquals(12, r.pairs(), "three blocks asked, four run (each copy first once, second once), three runs each");
        assertEquals(2, r.copyRatios().length, "a ratio for each pair of copies");
        assertEquals(12, r.samePairs(), "the same code and seeds: the same measures");
        assertTrue(r.ratio() > 0 && Double.isFinite(r.ratio()) && r.thisMillis() > 0 && r.otherMillis() > 0, r.toString());
        assertTrue(r.lowerQuartile() <= r.medianBlock() && r.medianBlock() <= r.upperQuartile(), r.toString());
        String printed = text.toString();
        assertTrue(printed.contains("4 blocks (--blocks 3 rounded up, so each copy goes first as often as second) of 3"
                + " runs each, taken in turn (ABBA), over 2 copies of each build compiled apart, after 1 warm-up runs a"
                + " copy"), printed);
        assertTrue(printed.contains("histories: every measure the same in all 12 paired runs"), printed);
    }

    @Test
    void blocksAreRoundedUpToWholeRoundsOfTwoBlocksACopy() {
        assertEquals(42, plan(40, 3).balancedBlocks(), "40 over 3 copies: copies 2 and 3 would go first once more");
        assertEquals(42, plan(42, 3).balancedBlocks());
        assertEquals(40, plan(40, 1).balancedBlocks());
        assertEquals(4, plan(3, 2).balancedBlocks());
        assertEquals(8, plan(5, 4).balancedBlocks());
    }

    private static BuildComparison.Plan plan(int blocks, int copies) {
        return new BuildComparison.Plan(Path.of("other.jar"), Path.of("s.yaml"), 0, blocks, 1, copies);
    }

    @Test
    void measuresThatDifferAreCounted() throws Exception {
        List<LoadedBuild> a = List.of(LoadedBuild.ofThisProcess(shortSchool("short.yaml", "")));
        List<LoadedBuild> b = List.of(LoadedBuild.ofThisProcess(shortSchool("busier.yaml", "workload_multiplier: 1.3\n")));
        StringWriter text = new StringWriter();
        BuildComparison.Result r = BuildComparison.compare(a, b,
                new BuildComparison.Plan(Path.of("other.jar"), Path.of("short.yaml"), 0, 2, 2, 1), new PrintWriter(text));
        assertEquals(0, r.samePairs());
        assertTrue(text.toString().contains("histories: measures differ in 4 of 4 paired runs"), text.toString());
    }
}
