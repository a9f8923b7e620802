package leadsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import leadsim.analysis.table.Table;
import leadsim.experiment.store.Fixtures;
import leadsim.scenario.ScenarioMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny Saltelli sweep end to end, then its report: the M/M/1 desk with its capacity (which
 * sets the wait) and the service time's cv (which an exponential service time ignores, so it
 * has no effect at all). The capacity's total-order index of the mean wait must be large, the
 * cv's near zero. A long horizon keeps chance between replicates small. And a Morris sweep of
 * the same two factors ranks them the same way.
 */
class SensitivitySweepTest {
    @TempDir
    Path tmp;

    private static final String LONG_QUEUE = Fixtures.QUEUE.replace("days: 300", "days: 3000");

    private Path sweepAndReport(String sampling) throws Exception {
        Path spec = Fixtures.spec(tmp, """
                scenario: queue.yaml
                replicates: 2
                seed: 11
                sampling: %s
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1.0, to: 2.0}
                  - path: service.cv
                    sample: {from: 0.5, to: 2.0}
                """.formatted(sampling));
        Files.writeString(tmp.resolve("queue.yaml"), LONG_QUEUE);
        Path out = tmp.resolve("out");
        Fixtures.Cli sweep = Fixtures.cli("sweep", spec.toString(), "--out", out.toString(), "--threads", "2", "--quiet");
        assertEquals(0, sweep.exit(), sweep.err());
        Fixtures.Cli report = Fixtures.cli("report", out.toString());
        assertEquals(0, report.exit(), report.err());
        return out;
    }

    /** metric/factor -> value of {@code column} in a sensitivity table. */
    private static Map<String, Double> byMetricAndFactor(Path csv, String column) throws Exception {
        Table t = Table.readCsv(csv);
        Map<String, Double> values = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            values.put(t.get(r, "metric") + "/" + t.get(r, "factor"), Double.parseDouble(t.get(r, column)));
        }
        return values;
    }

    @Test
    void saltelliSweepReportsSobolIndicesThatFindTheInertFactor() throws Exception {
        Path out = sweepAndReport("{method: saltelli, base_samples: 16}");
        var manifest = ScenarioMapper.json().readTree(out.resolve("manifest.json").toFile());
        assertEquals(64, manifest.path("points").asInt(), "16 x (2 + 2)");
        assertEquals(16, manifest.path("sampling").path("base_samples").asInt());
        assertEquals("AB_2 (service.cv from B)", manifest.path("sampling").path("blocks").path(3).asText());

        Map<String, Double> total = byMetricAndFactor(out.resolve("tables/sobol-indices.csv"), "total_order");
        double capacity = total.get("latency_mean/roles.decider.capacity_hours");
        double cv = total.get("latency_mean/service.cv");
        assertTrue(capacity > 0.7, "the capacity sets the wait: total order " + capacity);
        assertTrue(Math.abs(cv) < 0.05, "the cv of an exponential service time does nothing: total order " + cv);

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Which factors matter: Sobol indices</h2>"), "the Sobol section");
        assertFalse(html.contains("eta squared"), "no first-order variance shares in their place");
        assertTrue(html.contains("Decider&#39;s hours a day for decisions and meetings explains about"), "a plain sentence");
        assertTrue(html.contains("spread of the hours a decision takes (cv) hardly matters"),
                "the inert factor is named as such");
        assertTrue(Files.isRegularFile(out.resolve("figures/sobol-latency-mean.png")));
        assertTrue(Files.isRegularFile(out.resolve("figures/sobol-latency-mean.svg")));
    }

    @Test
    void morrisSweepReportsMuStarAndSigma() throws Exception {
        Path out = sweepAndReport("{method: morris, trajectories: 10}");
        assertEquals(30, ScenarioMapper.json().readTree(out.resolve("manifest.json").toFile()).path("points").asInt());
        Map<String, Double> muStar = byMetricAndFactor(out.resolve("tables/morris-effects.csv"), "mu_star");
        double capacity = muStar.get("latency_mean/roles.decider.capacity_hours");
        double cv = muStar.get("latency_mean/service.cv");
        assertTrue(cv < 0.1 * capacity, "mu* of the capacity " + capacity + " dwarfs the cv's " + cv);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Which factors matter: Morris screening</h2>"), "the Morris section");
        assertTrue(Files.isRegularFile(out.resolve("figures/morris-latency-mean.png")));
    }
}
