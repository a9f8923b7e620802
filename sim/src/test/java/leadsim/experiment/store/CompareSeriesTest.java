package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leadsim compare} keeps its daily series as {@code run} does, {@code --no-series} skips
 * them, and a comparison made without them is resumed only with {@code --no-series}, which the
 * refusal says.
 */
class CompareSeriesTest {
    @TempDir
    Path tmp;

    @Test
    void compareKeepsSeriesUnlessToldAndResumesWithTheSameChoice() throws Exception {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("b.yaml");
        Files.writeString(a, Fixtures.QUEUE);
        Files.writeString(b, Fixtures.QUEUE.replace("name: queue", "name: faster"));

        Path kept = tmp.resolve("kept");
        Fixtures.Cli cli = Fixtures.cli("compare", a.toString(), b.toString(), "--replicates", "2", "--quiet", "--out",
                kept.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(Files.isRegularFile(kept.resolve("series_long.csv.gz")), "series kept by default");
        Manifest manifest = Manifest.read(kept.resolve(Layout.MANIFEST));
        assertFalse(manifest.seriesColumns().isEmpty(), "the manifest lists the series columns");

        Path without = tmp.resolve("without");
        cli = Fixtures.cli("compare", a.toString(), b.toString(), "--replicates", "2", "--quiet", "--no-series",
                "--out", without.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(Manifest.read(without.resolve(Layout.MANIFEST)).seriesColumns().isEmpty(), "--no-series kept none");
        byte[] runs = Files.readAllBytes(without.resolve("runs.csv"));

        cli = Fixtures.cli("compare", a.toString(), b.toString(), "--replicates", "2", "--quiet", "--out",
                without.toString());
        assertEquals(2, cli.exit(), cli.err());
        assertEquals("error: " + without + " holds a comparison made without daily series (with --no-series, or by an"
                + " earlier leadsim compare, which kept none); to resume it give --no-series too, or choose another"
                + " --out (nothing was written)\n", cli.err());
        assertArrayEquals(runs, Files.readAllBytes(without.resolve("runs.csv")), "nothing written");

        cli = Fixtures.cli("compare", a.toString(), b.toString(), "--replicates", "2", "--quiet", "--no-series",
                "--out", without.toString());
        assertEquals(0, cli.exit(), "resumed with --no-series: " + cli.err());
    }
}
