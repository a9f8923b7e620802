package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.survival.KaplanMeier;
import leadsim.experiment.store.NeedsCsv;
import leadsim.testing.Runs;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/**
 * The needs log reproduces the run's own measures exactly, read back from the CSV text a
 * researcher would load: latency mean and quantiles over decided needs, the Kaplan-Meier
 * median over every need, and the shares of needs decided by holders, by default, lapsed and
 * still open. Run on the hierarchical school, where all four endings occur.
 */
class NeedsLogTest {
    @Test
    void theLogReproducesTheRunsMeasures() {
        var scenario = Runs.load("hierarchical.yaml");
        SchoolSim sim = new SchoolSim(3, scenario, false);
        StringWriter text = new StringWriter();
        sim.logNeeds(new NeedsCsv(text));
        RunResult run = sim.run();

        String[] lines = text.toString().split("\n");
        assertEquals(String.join(",", NeedsCsv.COLUMNS), lines[0]);
        List<Double> decided = new ArrayList<>();
        List<Double> censored = new ArrayList<>();
        int holders = 0;
        int defaults = 0;
        int open = 0;
        double horizon = scenario.horizon().days();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(NeedsCsv.COLUMNS.size(), f.length, lines[i]);
            double raised = Double.parseDouble(f[1]);
            double ended = Double.parseDouble(f[11]);
            switch (f[9]) {
                case "decided" -> { holders++; decided.add(ended - raised); }
                case "workaround" -> { defaults++; decided.add(ended - raised); }
                case "lapse" -> censored.add(horizon - raised);
                case "open" -> { open++; censored.add(horizon - raised); }
                default -> throw new AssertionError("unknown outcome " + f[9]);
            }
            assertTrue(f[8].isEmpty() || f[8].contains("@"), "stations " + f[8]);
        }
        int raised = lines.length - 1;
        assertEquals(run.number("needs_raised"), raised, 0.0);
        assertTrue(defaults > 0 && open > 0, "the hierarchical school has defaults and open needs");
        double[] latencies = decided.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(run.number("latency_mean"), StatUtils.mean(latencies), 0.0);
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(latencies);
        assertEquals(run.number("latency_p50"), p.evaluate(50), 0.0);
        assertEquals(run.number("latency_p90"), p.evaluate(90), 0.0);
        assertEquals(run.number("latency_p99"), p.evaluate(99), 0.0);
        assertEquals(run.number("holder_share"), holders / (double) raised, 0.0);
        assertEquals(run.number("default_share"), defaults / (double) raised, 0.0);
        assertEquals(run.number("open_share"), open / (double) raised, 0.0);
        double[] times = new double[latencies.length + censored.size()];
        boolean[] event = new boolean[times.length];
        for (int i = 0; i < latencies.length; i++) {
            times[i] = latencies[i];
            event[i] = true;
        }
        for (int i = 0; i < censored.size(); i++) {
            times[latencies.length + i] = censored.get(i);
        }
        assertEquals(run.number("latency_km_median"), KaplanMeier.fit(times, event).medianSurvival(), 0.0);
    }

    @Test
    void keepingNoLogChangesNothing() {
        var scenario = Runs.load("hierarchical.yaml");
        SchoolSim plain = new SchoolSim(3, scenario, false);
        SchoolSim logged = new SchoolSim(3, scenario, false);
        logged.logNeeds(new NeedsCsv(new StringWriter()));
        assertEquals(plain.run().metrics(), logged.run().metrics());
    }
}
