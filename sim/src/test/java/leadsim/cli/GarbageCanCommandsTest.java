package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Garbage Can scenario through the commands: validate, run, replicate, and bad input. */
class GarbageCanCommandsTest {
    private static final String BASE = "../scenarios/replications/garbage-can/garbage-can.yaml";

    @Test
    void validateDescribesTheOrganisation() {
        CliTest.Result r = CliTest.leadsim("validate", BASE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Garbage Can organisation: 10 decision-maker roles, 10 choices; load moderate"), r.out());
    }

    @Test
    void runGivesTheFirstWorkedTracesSummary(@TempDir Path dir) throws IOException {
        CliTest.Result r = CliTest.leadsim("run", BASE, "--replicates", "1", "--threads", "1", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        List<String> row = List.of(lines.get(1).split(","));
        assertEquals("3", row.get(header.indexOf("resolution")));
        assertEquals("7", row.get(header.indexOf("flight")));
        assertEquals("54.12", row.get(header.indexOf("energy_spent")));
        assertEquals("14.52", row.get(header.indexOf("energy_wasted")));
    }

    @Test
    void aSweepCarriesTheFactorsAndTheStatisticsAsTheReplicationComputesThem(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                name: gc-small
                scenario: %s
                replicates: 1
                seed: 5
                set:
                  garbage_can.energy: E1
                  garbage_can.decision: D1
                  garbage_can.entry.choices: random
                  garbage_can.entry.needs: random
                factors:
                  - path: garbage_can.load
                    values: [light, heavy]
                  - path: garbage_can.access
                    values: [A0, A2]
                  - path: garbage_can.entry.draw
                    values: [1, 2]
                """.formatted(Path.of(BASE).toAbsolutePath()));
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.leadsim("sweep", spec.toString(), "--threads", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        for (String column : List.of("garbage_can.load", "garbage_can.access", "resolution", "oversight", "flight",
                "choices_unmade", "problems_unsolved", "problem_activity", "problem_latency", "problem_shifts",
                "dm_activity", "dm_shifts", "energy_spent", "energy_reserve", "energy_wasted")) {
            assertTrue(header.contains(column), column + " in " + header);
        }
        assertEquals(9, lines.size());
        var replication = leadsim.replicate.GarbageCanReplication.randomOrders(
                leadsim.scenario.ScenarioTemplate.load(Path.of(BASE)), 2);
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = List.of(line.split(","));
            var variant = new leadsim.replicate.GarbageCanVariant(row.get(header.indexOf("garbage_can.load")), "E1",
                    row.get(header.indexOf("garbage_can.access")), "D1");
            String orders = "draw " + row.get(header.indexOf("garbage_can.entry.draw"));
            var run = replication.stream().filter(x -> x.variant().equals(variant) && x.orders().equals(orders))
                    .findFirst().orElseThrow();
            for (String stat : List.of("resolution", "oversight", "flight", "problems_unsolved", "problem_shifts", "dm_shifts")) {
                assertEquals(Long.toString(run.get(stat)), row.get(header.indexOf(stat)), variant + " " + orders + " " + stat);
            }
        }
    }

    @Test
    void replicateWritesTheReport(@TempDir Path dir) {
        CliTest.Result r = CliTest.leadsim("replicate", "garbage-can", "--scenario", BASE, "--draws", "2",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("162 runs on random orders, 324 on the paper's orders"), r.out());
        assertTrue(Files.exists(dir.resolve("report.html")));
        for (String factor : List.of("load", "access", "decision", "energy")) {
            assertTrue(Files.exists(dir.resolve("figures/styles-by-" + factor + ".png")), factor);
        }
        assertTrue(Files.exists(dir.resolve("tables/variants-random-orders.csv")));
    }

    @Test
    void anUnknownModelIsRefusedWithNothingWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.leadsim("replicate", "bass", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown model `bass`; allowed: garbage-can"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSchoolScenarioIsRefused(@TempDir Path dir) {
        Path out = dir.resolve("out");
        CliTest.Result r = CliTest.leadsim("replicate", "garbage-can", "--scenario", "../scenarios/validation/mm1.yaml",
                "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not a Garbage Can scenario (it has no garbage_can: record)"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadLevelIsNamedWithItsPlace(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(BASE)).replace("  load: moderate ", "  load: extreme  ");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text);
        CliTest.Result r = CliTest.leadsim("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("garbage_can.load: unknown level `extreme`; allowed: light, moderate, heavy"), r.err());
        assertTrue(r.err().matches("(?s).*bad.yaml:\\d+:\\d+: garbage_can.load.*"), r.err());
    }

    @Test
    void anEnergyOutsideWholeHundredthsIsRefused(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(BASE)).replace("dm1: {count: 1, capacity_hours: 0.55}",
                "dm1: {count: 1, capacity_hours: 0.555}");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, text);
        CliTest.Result r = CliTest.leadsim("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("roles.dm1.capacity_hours: must be >= 0 in whole hundredths"), r.err());
    }
}
