package leadsim.demo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import leadsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The exported lesson's numbers are the model's: each branch's daily series equal those of
 * {@code leadsim run} of the same scenario and seed (replicate 0), the champion-stays branch
 * those of the scenario file without its departure; and the file loads nothing from elsewhere.
 */
class LessonExportTest {
    @TempDir
    Path dir;

    @Test
    void theChampionLessonMatchesLeadsimRunInBothBranches() throws Exception {
        JsonNode data = export("lessons/champion-leaves.yaml");
        assertEquals(360, data.path("days").asInt());
        JsonNode scripted = branch(data, "scripted");
        JsonNode stays = branch(data, "champion-stays");
        assertEquals(2, data.path("branches").size(), "as scripted, and the champion staying");
        // the lesson plays seed 1: compare with `leadsim run ... --seed 1`, replicate 0
        String[] files = {"champion-leaves-hierarchical.yaml", "champion-leaves-distributed.yaml"};
        for (int r = 0; r < files.length; r++) {
            Map<String, double[]> run = leadsimRun(WebTesting.scenario(files[r]), "1");
            assertSameSeries(run, scripted.path("runs").get(r), files[r] + " as scripted");

            String text = Files.readString(WebTesting.scenario(files[r]));
            String departure = "events:\n  - {at_day: 180, type: leader_departs, role: principal}\n";
            assertTrue(text.contains(departure), "the scenario's departure line moved: update this test");
            Path without = dir.resolve("stays-" + files[r]);
            Files.writeString(without, text.replace(departure, "events: []\n"));
            Map<String, double[]> stayed = leadsimRun(without, "1");
            assertSameSeries(stayed, stays.path("runs").get(r), files[r] + " without the departure");
        }
        // the branches differ where they should: commitment after the departure
        assertFalse(Arrays.equals(values(scripted.path("runs").get(0), "implementation"),
                values(stays.path("runs").get(0), "implementation")));
        assertTrue(stays.path("description").asText().contains("without the principal's departure on day 180 in Hierarchical school"),
                stays.path("description").asText());
    }

    @Test
    void withoutItsInterventionsALessonIsItsScenarioFile() throws Exception {
        JsonNode data = export("lessons/principal-bottleneck.yaml");
        JsonNode plain = branch(data, "no-interventions");
        assertEquals("What if nobody intervened: switch_regime on day 35; psychological_safety = 0.8 on day 50; "
                + "psychological_safety = 0.1 on day 70; psychological_safety = 0.8 on day 85 do not happen. "
                + "The scenario files as they are.", plain.path("description").asText());
        Map<String, double[]> run = leadsimRun(WebTesting.scenario("hierarchical.yaml"), null);
        assertSameSeries(run, plain.path("runs").get(0), "hierarchical.yaml");
        // and the scripted branch is not: the regime switch on day 35 drains the principal's queue
        double[] scripted = values(branch(data, "scripted").path("runs").get(0), "queue_principal");
        double[] file = values(plain.path("runs").get(0), "queue_principal");
        assertEquals(scripted[30], file[30], 0, "same history before the first cue");
        assertTrue(scripted[99] < file[99], "switched " + scripted[99] + " vs not " + file[99]);
    }

    @Test
    void theFileIsSelfContained() throws Exception {
        String html = Files.readString(ExportedLessons.of("lessons/safety-and-escalation.yaml"));
        assertFalse(html.matches("(?s).*<(script|link|img)[^>]+(src|href)=.*"), "nothing loaded from a file or address");
        assertTrue(html.contains("default-src 'none'"), "the page forbids itself any request");
        assertFalse(html.contains("/*DEMO_JS*/") || html.contains("__LESSON_DATA__"), "every part inlined");
    }

    @Test
    void aDistrictLessonReplaysItsOverviewAndItsChartsBySchool() throws Exception {
        Files.copy(WebTesting.scenario("districts/long-beach-reform-distributed.yaml"), dir.resolve("district.yaml"));
        Path lesson = dir.resolve("district-lesson.yaml");
        Files.writeString(lesson, """
                scenario: district.yaml
                days: 10
                colour: commitment
                cues:
                  - {day: 0, caption: Four schools under one office.}
                """);
        LessonExport.Written written = LessonExport.write(lesson, null, dir.resolve("district.html"));
        JsonNode data = data(Files.readString(written.file()));
        assertTrue(data.path("layouts").get(0).isNull(), "the schools side by side are not stored");
        JsonNode overview = data.path("overviews").get(0);
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson"), overview.path("tiles").findValuesAsText("school"));
        assertTrue(overview.path("hint").asText().endsWith("leadsim demo district-lesson.yaml --web"), overview.path("hint").asText());
        JsonNode run = data.path("branches").get(0).path("runs").get(0);
        JsonNode day10 = run.path("frames").get(10);
        int commitment = 3;
        assertEquals("commitment", overview.path("tileLegends").get(commitment).path("id").asText());
        assertEquals("200+", overview.path("tileLegends").get(0).path("high").asText(), "the queue scale of Long Beach's schools");
        assertEquals(4, day10.path("m").get(commitment).path("tf").size(), "a fill per tile");
        JsonNode chart = null;
        for (JsonNode c : run.path("charts")) {
            if (c.path("id").asText().equals("school-implementation")) {
                chart = c;
            }
        }
        assertTrue(chart != null, run.path("charts").findValuesAsText("id").toString());
        assertEquals("jordan.implementation", chart.path("columns").path("jordan").asText());
        double[] jordan = values(run, "jordan.implementation");
        assertEquals(10, jordan.length);
        assertTrue(jordan[9] > jordan[0] && jordan[9] < 1, Arrays.toString(jordan));
    }

    private static JsonNode export(String lesson) throws Exception {
        Path file = ExportedLessons.of(lesson);
        assertTrue(ExportedLessons.said(lesson).startsWith("wrote " + file), ExportedLessons.said(lesson));
        return data(Files.readString(file));
    }

    /** The lesson's data, as the page reads it from its script element. */
    static JsonNode data(String html) throws Exception {
        String open = "<script type=\"application/json\" id=\"lesson-data\">";
        int start = html.indexOf(open) + open.length();
        return WebTesting.JSON.readTree(html.substring(start, html.indexOf("</script>", start)));
    }

    private static JsonNode branch(JsonNode data, String id) {
        for (JsonNode b : data.path("branches")) {
            if (b.path("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no branch " + id + " in " + data.path("branches").findValuesAsText("id"));
    }

    private static double[] values(JsonNode run, String column) {
        JsonNode v = run.path("series").path(column);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i).isNull() ? Double.NaN : v.get(i).asDouble();
        }
        return out;
    }

    /** Every column the replay stores, day by day, equals series.csv (NaN where the CSV has no value). */
    private static void assertSameSeries(Map<String, double[]> csv, JsonNode run, String what) {
        List<String> columns = new ArrayList<>();
        run.path("series").fieldNames().forEachRemaining(columns::add);
        assertTrue(columns.contains("latency_mean") && columns.contains("queue_principal"), columns.toString());
        for (String column : columns) {
            double[] replay = values(run, column);
            double[] model = csv.get(column);
            if (model == null) {
                // leadsim run leaves out the series of a mechanism that is off: the replay holds nothing there
                for (double v : replay) {
                    assertTrue(Double.isNaN(v) || v == 0, what + ": " + column + " is not in the run's series but "
                            + "the replay has " + v);
                }
                continue;
            }
            for (int d = 0; d < replay.length; d++) {
                double a = replay[d];
                double b = model[d];
                boolean same = (Double.isNaN(a) && Double.isNaN(b)) || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
                assertTrue(same, what + ": " + column + " on day " + (d + 1) + ": replay " + a + ", leadsim run " + b);
            }
        }
    }

    /** Runs {@code leadsim run FILE --replicates 1} and reads its daily series (column -> values by day). */
    private Map<String, double[]> leadsimRun(Path scenario, String seed) throws Exception {
        Path out = Files.createTempDirectory(dir, "run");
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--replicates", "1", "--threads", "1",
                "--out", out.toString()));
        if (seed != null) {
            args.addAll(List.of("--seed", seed));
        }
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());
        // the run's daily series (docs/result-directory.md): series/run-00000000.csv.gz, one row a day
        List<String> lines;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(out.resolve("series").resolve(leadsim.experiment.store.Layout.seriesFile(0)))), java.nio.charset.StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        String[] header = lines.get(0).split(",");
        Map<String, double[]> columns = new HashMap<>();
        for (String h : header) {
            columns.put(h, new double[lines.size() - 1]);
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            for (int c = 0; c < header.length; c++) {
                columns.get(header[c])[i - 1] = cells[c].isEmpty() || cells[c].equals("NaN") ? Double.NaN : Double.parseDouble(cells[c]);
            }
        }
        return columns;
    }
}
