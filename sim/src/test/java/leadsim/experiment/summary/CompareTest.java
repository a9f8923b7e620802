package leadsim.experiment.summary;

import leadsim.analysis.table.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import leadsim.experiment.design.Seeds;
import leadsim.experiment.store.Fixtures;
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
        assertEquals(String.join(",", Comparisons.HEADER), rows.get(0));
        assertTrue(rows.size() > 10);
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = Csv.split(row);
            assertEquals(List.of("queue", "twin", "5"), cells.subList(3, 6), row);
            assertEquals(List.of("0", "0", "0"), cells.subList(8, 11), "common random numbers: " + row);
        }
        assertTrue(cli.out().contains("twin vs queue: difference = twin - queue, replicates paired by seed (common random"
                + " numbers); p (Holm) over the "), cli.out());
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
            List<String> cells = Csv.split(row);
            String previous = seedOfReplicate.putIfAbsent(cells.get(2), cells.get(3));
            assertTrue(previous == null || previous.equals(cells.get(3)), "replicate " + cells.get(2) + " has one seed");
            assertEquals(String.valueOf(Seeds.runSeed(9, 0, Long.parseLong(cells.get(2)))), cells.get(3));
        }
        String latency = Files.readAllLines(tmp.resolve("out/compare.csv")).stream()
                .filter(l -> l.startsWith("latency_mean,")).findFirst().orElseThrow();
        List<String> cells = Csv.split(latency);
        double diff = Double.parseDouble(cells.get(Comparisons.HEADER.indexOf("difference")));
        double high = Double.parseDouble(cells.get(Comparisons.HEADER.indexOf("ci95_high")));
        double p = Double.parseDouble(cells.get(Comparisons.HEADER.indexOf("p")));
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

    /**
     * compare and report on one directory: every figure they share (means, differences,
     * intervals, effect sizes, p-values, the Holm family) is the same number, and the terminal
     * prints compare.csv's p-values.
     */
    @Test
    void compareAndReportGiveTheSameFigures() throws Exception {
        Files.writeString(tmp.resolve("slow.yaml"), Fixtures.QUEUE.replace("name: queue", "name: slow"));
        Files.writeString(tmp.resolve("fast.yaml"), Fixtures.QUEUE.replace("name: queue", "name: fast")
                .replace("capacity_hours: 1.0", "capacity_hours: 1.2"));
        Path out = tmp.resolve("out");
        Fixtures.Cli cli = Fixtures.cli("compare", tmp.resolve("slow.yaml").toString(), tmp.resolve("fast.yaml").toString(),
                "--replicates", "5", "--out", out.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        Fixtures.Cli report = Fixtures.cli("report", out.toString());
        assertEquals(0, report.exit(), report.err());

        leadsim.analysis.table.Table compare = leadsim.analysis.table.Table.readCsv(out.resolve("compare.csv"));
        leadsim.analysis.table.Table differences = leadsim.analysis.table.Table.readCsv(
                out.resolve("tables/differences.csv"));
        assertTrue(differences.rowCount() >= 5, "the headline measures are in the report");
        int family = 0;
        for (int r = 0; r < compare.rowCount(); r++) {
            family += compare.get(r, "holm_family").equals("yes") ? 1 : 0;
        }
        assertEquals(family, differences.rowCount(), "the report shows the Holm family, all of it");
        for (int d = 0; d < differences.rowCount(); d++) {
            String metric = differences.get(d, "metric");
            int c = compare.strings("metric").indexOf(metric);
            assertTrue(c >= 0, metric + " in compare.csv");
            for (String column : Comparisons.HEADER) {
                assertEquals(compare.get(c, column), differences.get(d, column), metric + " " + column);
            }
            if (List.of(compare.get(c, "difference"), compare.get(c, "ci95_low"), compare.get(c, "ci95_high"))
                    .equals(List.of("0", "0", "0"))) {
                continue; // the same in every pair: the terminal leaves it out and says so
            }
            String p = compare.get(c, "p_holm");
            double holm = Double.parseDouble(p);
            String shown = holm < 0.001 ? "<0.001" : String.format("%.3f", holm);
            assertTrue(cli.out().lines().anyMatch(l -> l.trim().startsWith(metric + " ") && l.trim().endsWith(shown)),
                    metric + " with p (Holm) " + shown + " in\n" + cli.out());
        }
        // each scenario's own means: summary.json and the report's table hold the same numbers
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        leadsim.analysis.table.Table scenarios = leadsim.analysis.table.Table.readCsv(out.resolve("tables/scenarios.csv"));
        for (int r = 0; r < scenarios.rowCount(); r++) {
            int point = scenarios.get(r, "scenario").equals("slow") ? 0 : 1;
            var s = summary.get("points").get(point).get("measures").get(scenarios.get(r, "metric"));
            for (String stat : List.of("mean", "ci95_low", "ci95_high")) {
                assertEquals(s.get(stat).asDouble(), Double.parseDouble(scenarios.get(r, stat)),
                        scenarios.get(r, "metric") + " " + stat);
            }
        }
    }
}
