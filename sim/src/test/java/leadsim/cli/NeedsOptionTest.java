package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leadsim run --needs}: needs.csv.gz holds one row per need raised after the warm-up, with
 * the run id; its counts per run reproduce runs.csv's, its bytes do not depend on the thread
 * count, and without the option nothing of it is written.
 */
class NeedsOptionTest {
    @TempDir
    Path dir;

    @Test
    void theNeedsLogHasEveryNeedOfEveryRunWhateverTheThreads() throws IOException {
        Path scenario = dir.resolve("school.yaml");
        String text = Files.readString(Path.of("..", "scenarios", "hierarchical.yaml"));
        Files.writeString(scenario, text.replace("  days: 180              # one school year", "  days: 40"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        for (var run : List.of(List.of(one.toString(), "1"), List.of(two.toString(), "2"))) {
            var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "3", "--no-series", "--quiet", "--needs",
                    "--threads", run.get(1), "--out", run.get(0));
            assertEquals(0, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("needs.csv.gz")), Files.readAllBytes(two.resolve("needs.csv.gz")),
                "the same bytes with 1 and 2 threads");
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> defaults = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(one.resolve("needs.csv.gz"))), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertTrue(header.startsWith("run_id,need,raised_at,domain,scope,"), header);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                rows.merge(f[0], 1, Integer::sum);
                if (f[10].equals("workaround")) {
                    defaults.merge(f[0], 1, Integer::sum);
                }
            }
        }
        Table runs = Table.readCsv(one.resolve("runs.csv"));
        assertEquals(3, runs.rowCount());
        for (int r = 0; r < runs.rowCount(); r++) {
            String id = runs.get(r, "run_id");
            assertEquals(Double.parseDouble(runs.get(r, "needs_raised")), rows.get(id), 0.0, "run " + id);
            assertEquals(Double.parseDouble(runs.get(r, "needs_defaulted")), defaults.getOrDefault(id, 0), 0.0, "run " + id);
        }
        Path plain = dir.resolve("plain");
        var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "1", "--no-series", "--quiet", "--out",
                plain.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(plain.resolve("needs.csv.gz")) || Files.exists(plain.resolve("needs")), "off by default");
    }
}
