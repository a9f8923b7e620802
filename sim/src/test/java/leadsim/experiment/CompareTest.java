package leadsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-ifs with common random numbers: the same seed for replicate k of every scenario. */
class CompareTest {
    @TempDir
    Path tmp;

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), Fixtures.QUEUE);
        Files.writeString(tmp.resolve("b.yaml"), Fixtures.QUEUE.replace("name: queue", "name: twin"));
        Fixtures.Cli cli = Fixtures.cli("compare", tmp.resolve("a.yaml").toString(), tmp.resolve("b.yaml").toString(),
                "--replicates", "5", "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        List<String> rows = Files.readAllLines(tmp.resolve("out/compare.csv"));
        assertEquals(String.join(",", CompareAnalysis.HEADER), rows.get(0));
        assertTrue(rows.size() > 10);
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = CsvLine.split(row);
            assertEquals(List.of("queue", "twin", "5"), cells.subList(1, 4), row);
            assertEquals(List.of("0", "0", "0"), cells.subList(6, 9), "common random numbers: " + row);
        }
        assertTrue(cli.out().contains("twin vs queue: difference = twin - queue, 5 paired replicates (common random numbers)"),
                cli.out());
    }

    @Test
    void replicateKOfEveryScenarioGetsTheSameSeedAndDifferencesAreMeasured() throws Exception {
        Files.writeString(tmp.resolve("slow.yaml"), Fixtures.QUEUE.replace("name: queue", "name: slow"));
        Files.writeString(tmp.resolve("fast.yaml"), Fixtures.QUEUE.replace("name: queue", "name: fast")
                .replace("capacity_hours: 1.0", "capacity_hours: 2.0"));
        Fixtures.Cli cli = Fixtures.cli("compare", tmp.resolve("slow.yaml").toString(), tmp.resolve("fast.yaml").toString(),
                "--replicates", "8", "--seed", "9", "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        Map<String, String> seedOfReplicate = new HashMap<>();
        for (String row : Files.readAllLines(tmp.resolve("out/runs.csv")).subList(1, 17)) {
            List<String> cells = CsvLine.split(row);
            String previous = seedOfReplicate.putIfAbsent(cells.get(2), cells.get(3));
            assertTrue(previous == null || previous.equals(cells.get(3)), "replicate " + cells.get(2) + " has one seed");
            assertEquals(String.valueOf(Seeds.runSeed(9, 0, Long.parseLong(cells.get(2)))), cells.get(3));
        }
        String latency = Files.readAllLines(tmp.resolve("out/compare.csv")).stream()
                .filter(l -> l.startsWith("latency_mean,")).findFirst().orElseThrow();
        List<String> cells = CsvLine.split(latency);
        double diff = Double.parseDouble(cells.get(6));
        double high = Double.parseDouble(cells.get(8));
        double p = Double.parseDouble(cells.get(10));
        assertTrue(diff < 0 && high < 0 && p < 0.001, "twice the capacity halves the wait: " + latency);
    }

    @Test
    void reportWritesAPlainLanguageComparisonBesideTheResults() throws Exception {
        Files.writeString(tmp.resolve("slow.yaml"), Fixtures.QUEUE.replace("name: queue", "name: slow"));
        Files.writeString(tmp.resolve("fast.yaml"), Fixtures.QUEUE.replace("name: queue", "name: fast")
                .replace("capacity_hours: 1.0", "capacity_hours: 2.0"));
        Fixtures.Cli cli = Fixtures.cli("compare", tmp.resolve("slow.yaml").toString(), tmp.resolve("fast.yaml").toString(),
                "--replicates", "6", "--out", tmp.resolve("out").toString(), "--quiet", "--report");
        assertEquals(0, cli.exit(), cli.err());
        String html = Files.readString(tmp.resolve("out/report.html"));
        assertTrue(html.contains("less on average than in the slow school"), "a sentence in words, with its direction");
        assertTrue(cli.out().contains("report: " + tmp.resolve("out/report.html")), cli.out());
    }
}
