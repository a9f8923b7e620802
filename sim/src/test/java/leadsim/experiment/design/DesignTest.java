package leadsim.experiment.design;

import leadsim.analysis.table.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import leadsim.analysis.sensitivity.MorrisScreening;
import leadsim.analysis.sensitivity.SaltelliDesign;
import leadsim.experiment.spec.SweepSpec;
import leadsim.experiment.spec.SweepSpecReader;
import leadsim.experiment.store.Fixtures;
import leadsim.experiment.store.Manifest;
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

    @Test
    void saltelliGivesNTimesKPlusTwoPointsInTheBlocksOfItsDesign() throws Exception {
        Sweep s = sweep("""
                scenario: queue.yaml
                replicates: 2
                sampling: {method: saltelli, base_samples: 4}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1.0, to: 2.0}
                  - path: roles.decider.count
                    sample: {from: 1, to: 4, integer: true}
                  - path: arrivals[0].rate_per_day
                    sample: {from: 0.2, to: 0.4}
                """);
        assertEquals(4 * (3 + 2), s.points());
        SaltelliDesign design = SaltelliDesign.of(3, 4);
        List<Factor> factors = s.spec().factors();
        for (long p = 0; p < s.points(); p++) {
            double[] u = design.point((int) p);
            List<String> expected = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                expected.add(Cells.of(Design.scale(factors.get(f).sample(), u[f])));
            }
            assertEquals(expected, s.factorCells(p), "point " + p);
        }
        // AB_2 (block 3) is A with the second factor's column from B
        for (int j = 0; j < 4; j++) {
            List<String> a = s.factorCells(design.row(SaltelliDesign.BLOCK_A, j));
            List<String> b = s.factorCells(design.row(SaltelliDesign.BLOCK_B, j));
            List<String> ab = s.factorCells(design.row(SaltelliDesign.mixedBlock(1), j));
            assertEquals(List.of(a.get(0), b.get(1), a.get(2)), ab);
        }
        assertEquals(new SweepSpec.Sampling("saltelli", 20, 4, 0, 0), s.spec().sampling());
        Manifest.Sampling recorded = s.describe().sampling();
        assertEquals(4, recorded.baseSamples());
        assertEquals(List.of("A", "B", "AB_1 (roles.decider.capacity_hours from B)", "AB_2 (roles.decider.count from B)",
                "AB_3 (arrivals[0].rate_per_day from B)"), recorded.blocks());
    }

    @Test
    void morrisGivesRTimesKPlusOnePointsOnItsGrid() throws Exception {
        Sweep s = sweep("""
                scenario: queue.yaml
                replicates: 1
                seed: 3
                sampling: {method: morris, trajectories: 3}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1.0, to: 2.5}
                  - path: arrivals[0].rate_per_day
                    sample: {from: 0.2, to: 0.5}
                """);
        assertEquals(3 * (2 + 1), s.points());
        double[][] rows = MorrisScreening.design(2, 4, 3, Design.designSeed(3)).points();
        for (int p = 0; p < rows.length; p++) {
            assertEquals(Csv.number(1.0 + 1.5 * rows[p][0]), s.factorCells(p).get(0));
            assertTrue(List.of("1", "1.5", "2", "2.5").contains(s.factorCells(p).get(0)), "on the 4-level grid");
        }
    }

    @Test
    void anchorsAliasesAndMergeKeysShareBlocksAsInScenarios() throws Exception {
        Sweep s = sweep("""
                scenario: queue.yaml
                replicates: 1
                factors:
                  - path: culture.psychological_safety
                    range: &grid {from: 0.1, to: 0.3, step: 0.1}
                  - path: culture.transparency
                    range: {<<: *grid, to: 0.2}
                  - path: culture.clarity
                    range: *grid
                """);
        assertEquals(3 * 2 * 3, s.points());
        assertEquals(List.of("0.1", "0.1", "0.1"), s.factorCells(0));
        assertEquals(List.of("0.3", "0.2", "0.3"), s.factorCells(s.points() - 1));
        assertEquals("{\"to\":0.2,\"from\":0.1,\"step\":0.1}",
                s.spec().tree().path("factors").path(1).path("range").toString(), "the manifest records the spec expanded");
    }

    @Test
    void everyShippedSpecReadsAndNamesItsDesign() throws Exception {
        List<Path> specs;
        try (var files = Files.list(Path.of("../scenarios/sweeps"))) {
            specs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(specs.size() >= 7, specs.toString());
        for (Path spec : specs) {
            Sweep s = Sweep.of(SweepSpecReader.read(spec));
            assertEquals(leadsim.scenario.ScenarioFiles.stem(spec), s.name(), "the shipped specs are named after their files");
            assertTrue(s.points() >= 1 && !s.factorColumns().isEmpty(), spec.toString());
        }
    }
}
