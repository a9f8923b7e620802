package leadsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leadsim.analysis.table.Table;
import leadsim.cli.Main;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one metric catalogue: families as patterns, and a mechanism that is off leaves its measures out. */
class CatalogueTest {
    @TempDir
    Path tmp;

    @Test
    void familiesAreMatchedAsPatternsAndSingleNamesComeFirst() {
        Measure utilisation = Catalogue.run("utilization_teacher_leader").orElseThrow();
        assertEquals("utilization_<role>", utilisation.name());
        assertEquals("teacher_leader", utilisation.unitOf("utilization_teacher_leader"));
        assertEquals("utilization", utilisation.measureName());
        assertEquals("utilization_max", Catalogue.run("utilization_max").orElseThrow().name(), "not a role called max");
        assertEquals(Kind.CATEGORY, Catalogue.run("utilization_max_role").orElseThrow().kind());
        assertEquals("queue", Catalogue.series("queue_plc").orElseThrow().measureName());
        assertEquals(Kind.CENSORED_TIME, Catalogue.run("reform_survival_days").orElseThrow().kind());
        assertTrue(Catalogue.run("a_metric_added_tomorrow").isEmpty(), "unknown, and so kept as measured");
    }

    @Test
    void everyColumnTheModelWritesIsCatalogued() {
        // the champion scenario turns every mechanism on: each of its columns has an entry
        RunResult all = new SchoolSim(1, Runs.load("champion-leaves-distributed.yaml"), true).columnsOnly();
        for (String column : all.metrics().keySet()) {
            assertTrue(Catalogue.run(column).isPresent() || isNewDecisionMetric(column), "runs.csv column " + column);
        }
        for (String column : all.seriesColumns()) {
            assertTrue(Catalogue.series(column).isPresent(), "series column " + column);
        }
    }

    /** Measures the decisions' recorder gains in parallel work; the lead catalogues them on merging. */
    private static boolean isNewDecisionMetric(String column) {
        return column.startsWith("latency_") || column.endsWith("_share") || column.contains("_share_");
    }

    @Test
    void aMechanismThatIsOffLeavesItsColumnsOutOfRunsCsv() throws Exception {
        Path out = tmp.resolve("plain");
        int exit = Main.commandLine().execute("run", "../scenarios/distributed.yaml", "--replicates", "2", "--no-series",
                "--out", out.toString(), "--quiet");
        assertEquals(0, exit);
        List<String> columns = Table.readCsv(out.resolve("runs.csv")).columns();
        for (String absent : List.of("departures", "tenure_under_2y_share_teacher", "reform_survival_days",
                "implementation_final", "innovations_invented", "adoption_days_to_half")) {
            assertFalse(columns.contains(absent), absent + " with its mechanism off: " + columns);
        }
        assertTrue(columns.contains("latency_mean"));
        String codebook = Files.readString(out.resolve("codebook.csv"));
        assertTrue(codebook.contains("runs.csv,latency_mean,latency_mean,,\"Time to decision of decided needs, mean (days)\","
                + "days,time,lower,yes,decisions\n"), codebook);
        assertTrue(codebook.contains("runs.csv,default_share,default_share,,"), "overload on by default: " + codebook);
        assertTrue(codebook.contains("runs.csv,utilization_teacher,utilization,role,"), codebook);
    }

    @Test
    void aMechanismThatIsOnKeepsItsColumns() throws Exception {
        Path out = tmp.resolve("reform");
        int exit = Main.commandLine().execute("run", "../scenarios/champion-leaves-distributed.yaml", "--replicates",
                "1", "--no-series", "--out", out.toString(), "--quiet");
        assertEquals(0, exit);
        List<String> columns = Table.readCsv(out.resolve("runs.csv")).columns();
        for (String present : List.of("departures", "reform_survival_days", "reform_censored", "implementation_final")) {
            assertTrue(columns.contains(present), present + " with its mechanism on: " + columns);
        }
    }
}
