package leadsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design points: grid order, decimal ranges, Latin hypercube strata, Sobol points. */
class DesignTest {
    @TempDir
    Path tmp;

    private Sweep sweep(String specText) throws Exception {
        return Sweep.of(SweepSpecReader.read(Fixtures.spec(tmp, specText)));
    }

    @Test
    void theGridVariesTheFirstFactorSlowestAndRangesCountInDecimals() throws Exception {
        Sweep s = sweep("""
                scenario: queue.yaml
                replicates: 1
                factors:
                  - path: culture.psychological_safety
                    range: {from: 0.1, to: 0.3, step: 0.1}
                  - path: routing.queue_discipline
                    values: [fifo, urgency]
                  - path: roles.decider.count
                    range: {from: 1, to: 3, count: 2}
                """);
        assertEquals(12, s.points());
        List<String> points = new ArrayList<>();
        for (long p = 0; p < s.points(); p++) {
            points.add(String.join(" ", s.factorCells(p)));
        }
        assertEquals(List.of("0.1 fifo 1", "0.1 fifo 3", "0.1 urgency 1", "0.1 urgency 3",
                "0.2 fifo 1", "0.2 fifo 3", "0.2 urgency 1", "0.2 urgency 3",
                "0.3 fifo 1", "0.3 fifo 3", "0.3 urgency 1", "0.3 urgency 3"), points);
        assertEquals(2, s.scenario(11).scenario().culture().psychologicalSafety() * 10 - 1, 1e-12);
    }

    @Test
    void latinHypercubePutsOnePointInEachStratumOfEveryDimension() {
        double[][] points = LatinHypercube.sample(50, 3, 123);
        for (int d = 0; d < 3; d++) {
            boolean[] hit = new boolean[50];
            for (double[] p : points) {
                hit[(int) (p[d] * 50)] = true;
            }
            for (boolean h : hit) {
                assertTrue(h);
            }
        }
        assertTrue(Arrays.deepEquals(points, LatinHypercube.sample(50, 3, 123)), "seeded");
    }

    @Test
    void sobolSkipsTheOriginAndStartsAtTheCentre() {
        double[][] points = SobolPoints.sample(3, 2);
        assertEquals(List.of(0.5, 0.5), List.of(points[0][0], points[0][1]));
        assertEquals(List.of(0.75, 0.25), List.of(points[1][0], points[1][1]));
        assertEquals(List.of(0.25, 0.75), List.of(points[2][0], points[2][1]));
    }

    @Test
    void sampledFactorsAreCrossedWithGridFactorsAndIntegersStayWhole() throws Exception {
        Sweep s = sweep("""
                scenario: queue.yaml
                replicates: 2
                sampling: {method: lhs, points: 5}
                factors:
                  - path: routing.queue_discipline
                    values: [fifo, urgency]
                  - path: roles.decider.count
                    sample: {from: 1, to: 4, integer: true}
                  - path: arrivals[0].rate_per_day
                    sample: {from: 0.2, to: 0.4}
                """);
        assertEquals(10, s.points());
        assertEquals(20, s.runs());
        for (long p = 0; p < 10; p++) {
            List<String> cells = s.factorCells(p);
            assertEquals(p < 5 ? "fifo" : "urgency", cells.get(0));
            assertTrue(cells.get(1).matches("[1-4]"), cells.get(1));
            double rate = Double.parseDouble(cells.get(2));
            assertTrue(rate >= 0.2 && rate < 0.4);
            assertEquals(s.factorCells(p % 5).subList(1, 3), cells.subList(1, 3), "the same samples under each grid value");
        }
    }

    @Test
    void presetsAndMapsCanBeFactorsAndSetAppliesEverywhere() throws Exception {
        Files.writeString(tmp.resolve("queue.yaml"), Fixtures.QUEUE);
        Sweep s = sweep("""
                scenario: queue.yaml
                set:
                  horizon: {days: 50}
                factors:
                  - path: culture
                    values: [{psychological_safety: 0.9}, {transparency: 0.1}]
                """);
        var first = s.scenario(0).scenario();
        var second = s.scenario(1).scenario();
        assertEquals(50.0, first.horizon().days());
        assertEquals(20.0, first.horizon().warmupDays(), "a map is laid over the map that is there");
        assertEquals(List.of(0.9, 0.5), List.of(first.culture().psychologicalSafety(), first.culture().transparency()));
        assertEquals(List.of(0.5, 0.1), List.of(second.culture().psychologicalSafety(), second.culture().transparency()));
        assertEquals(List.of("{\"psychological_safety\":0.9}", "{\"transparency\":0.1}"),
                List.of(s.factorCells(0).get(0), s.factorCells(1).get(0)));
    }
}
