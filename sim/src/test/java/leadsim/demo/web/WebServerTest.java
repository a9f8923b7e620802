package leadsim.demo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import leadsim.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The live demo's server without a browser: refusals with messages, a run that survives them, several viewers. */
class WebServerTest {

    @Test
    void badRequestsGetA4xxWithAMessageAndTheRunGoesOn() throws Exception {
        try (WebDemo demo = WebTesting.start("hierarchical.yaml", null, null)) {
            assertRefused(demo, "api/event", "{\"id\":\"fire_drill\"}", 400,
                    "unknown event `fire_drill`; allowed: switch_regime, switch_regime_and_culture, champion_leaves, mandate_practice, turnover_wave");
            assertRefused(demo, "api/knob", "{\"key\":\"psychological_safety\",\"value\":1.5}", 400,
                    "psychological_safety: 1.5 is out of range; allowed: 0.0 to 1.0");
            assertRefused(demo, "api/knob", "{\"key\":\"capacity.janitor\",\"value\":1}", 400,
                    "unknown knob `capacity.janitor` for hierarchical; allowed: psychological_safety, transparency, "
                            + "capacity.teacher, capacity.teacher_leader, capacity.assistant_principal, capacity.principal");
            assertRefused(demo, "api/knob", "{\"key\":\"transparency\",\"value\":\"high\"}", 400, "`value` must be a number");
            assertRefused(demo, "api/step", "{\"days\":", 400, null);
            assertRefused(demo, "api/step", "[1]", 400, "the body must be a JSON object");
            assertRefused(demo, "api/step", "{\"days\":0.5}", 400, "days: 0.5 is out of range; allowed: a whole number from 1 to 2000");
            assertRefused(demo, "api/speed", "{\"days_per_second\":1000}", 400, "days_per_second: 1000.0 is out of range; allowed: 0.05 to 100.0");
            assertRefused(demo, "api/colour", "{\"mode\":\"mood\"}", 400, "unknown colour mode `mood`; allowed: queue, expertise, adoption, commitment");
            assertRefused(demo, "api/event", "{\"id\":\"switch_regime\",\"when\":\"now\"}", 400, "unknown key `when`; allowed: id, target");
            assertRefused(demo, "api/event", "{\"id\":\"switch_regime\",\"target\":\"b\"}", 400,
                    "target b: there is only one school (start with --compare B.yaml)");
            // the champion's event in a school without a reform: it cannot happen, and says why
            assertRefused(demo, "api/event", "{\"id\":\"champion_leaves\"}", 409,
                    "The champion leaves: No reform in this scenario: turn it on with reform: {enabled: true} (its champion is reform.champion_role)");
            assertRefused(demo, "api/focus", "{\"school\":\"jordan\"}", 400,
                    "school `jordan`: this demo shows single schools, not a district");
            assertRefused(demo, "api/teleport", "{}", 404, null);
            assertEquals(405, WebTesting.get(demo, "api/play").status());
            assertEquals(404, WebTesting.get(demo, "secret.txt").status());
            assertEquals(404, WebTesting.get(demo, "..%2F..%2Fpom.xml").status());

            // another site's page in the same browser cannot steer the run
            var foreign = WebTesting.http().send(HttpRequest.newBuilder(WebTesting.url(demo, "api/play"))
                    .header("Origin", "http://elsewhere.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, foreign.statusCode());
            assertEquals("{\"error\":\"requests from another page (Origin: http://elsewhere.example) are refused\"}", foreign.body());

            // after all that, the run answers and moves
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":3}").status());
            var state = WebTesting.get(demo, "api/state").body();
            assertEquals(3, state.path("frame").path("state").path("day").asInt(), state.toString());
            var switched = WebTesting.post(demo, "api/event", "{\"id\":\"switch_regime\"}");
            assertEquals(200, switched.status());
            assertEquals("Day 3: decision rights switched to distributed. The culture stays as it was (psychological safety 0.30, transparency 0.30).", switched.body().path("said").path("hierarchical").asText());
            assertEquals(200, WebTesting.post(demo, "api/knob", "{\"key\":\"capacity.principal\",\"value\":6}").status());
            var after = WebTesting.get(demo, "api/state").body().path("frame").path("state").path("runs").get(0);
            assertEquals("distributed", after.path("state").path("regime").asText());
            double principal = 0;
            for (var knob : after.path("knobs")) {
                if (knob.path("key").asText().equals("capacity.principal")) {
                    principal = knob.path("value").asDouble();
                }
            }
            assertEquals(6.0, principal, 1e-12);

            // a restart replays the scenario from day 0, its own hours and rights included
            assertEquals(200, WebTesting.post(demo, "api/restart", "").status());
            var fresh = WebTesting.get(demo, "api/state").body().path("frame").path("state");
            assertEquals(0, fresh.path("day").asInt());
            assertEquals("hierarchical", fresh.path("runs").get(0).path("state").path("regime").asText());
            for (var knob : fresh.path("runs").get(0).path("knobs")) {
                if (knob.path("key").asText().equals("capacity.principal")) {
                    assertEquals(4.2, knob.path("value").asDouble(), 1e-12, "hierarchical.yaml's principal hours");
                }
            }
        }
    }

    @Test
    void aDistrictShowsItsOverviewUntilASchoolIsOpened() throws Exception {
        try (WebDemo demo = WebTesting.start("districts/long-beach-distributed.yaml", null, "queue")) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":2}").status());
            var info = WebTesting.get(demo, "api/info").body();
            assertEquals("[\"cabrillo\",\"jordan\",\"millikan\",\"wilson\"]", info.path("schools").toString());
            var state = WebTesting.get(demo, "api/state").body();
            var overview = state.path("layouts").path("runs").get(0).path("overview");
            assertEquals(4, overview.path("tiles").size());
            // the tiles' legend is the run's own (the Console draws the same): Long Beach's scale is 200
            var queueLegend = overview.path("tileLegends").get(0);
            assertEquals("queue", queueLegend.path("id").asText());
            assertEquals("200+", queueLegend.path("high").asText());
            assertTrue(state.path("layouts").path("runs").get(0).path("school").isNull(), "the schools side by side are not sent");
            var tiles = state.path("frame").path("state").path("runs").get(0).path("overview").path("tiles");
            assertEquals("wilson", tiles.get(3).path("school").asText());
            assertTrue(tiles.get(3).path("words").asText().endsWith("waiting"), tiles.toString());

            assertRefused(demo, "api/focus", "{\"school\":\"poly\"}", 400,
                    "unknown school `poly` in long-beach-distributed; allowed: cabrillo, jordan, millikan, wilson");
            assertRefused(demo, "api/focus", "{\"school\":4}", 400, "`school` must be a string");
            assertEquals(200, WebTesting.post(demo, "api/focus", "{\"school\":\"millikan\"}").status());
            state = WebTesting.get(demo, "api/state").body();
            assertEquals("millikan", state.path("layouts").path("focus").asText());
            var run = state.path("frame").path("state").path("runs").get(0);
            assertTrue(run.path("state").path("title").asText().startsWith("Millikan (Long beach distributed), day 2"),
                    run.path("state").toString());
            var charts = state.path("frame").path("charts").get(0);
            assertEquals("queues", charts.get(1).path("id").asText(), "the school's own charts");
            assertEquals(200, WebTesting.post(demo, "api/focus", "{\"school\":null}").status());
            state = WebTesting.get(demo, "api/state").body();
            assertTrue(state.path("layouts").path("focus").isNull());
            assertEquals("school-queues", state.path("frame").path("charts").get(0).get(1).path("id").asText());
        }
    }

    private static void assertRefused(WebDemo demo, String path, String body, int status, String message) throws Exception {
        WebTesting.Answer a = WebTesting.post(demo, path, body);
        assertEquals(status, a.status(), path + " " + body + " -> " + a.body());
        String error = a.body().path("error").asText();
        assertTrue(!error.isBlank(), "a refusal says why: " + a.body());
        if (message != null) {
            assertEquals(message, error);
        }
    }

    @Test
    void severalViewersWatchOneRun() throws Exception {
        try (WebDemo demo = WebTesting.start("distributed.yaml", null, null)) {
            List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                streams.add(WebTesting.http().sendAsync(HttpRequest.newBuilder(WebTesting.url(demo, "events"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofLines()));
            }
            List<Iterator<String>> lines = new ArrayList<>();
            for (var s : streams) {
                HttpResponse<Stream<String>> r = s.get(30, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
                lines.add(r.body().iterator());
            }
            for (Iterator<String> viewer : lines) {
                assertEquals("event: info", viewer.next());
                skipTo(viewer, "event: layout");
                skipTo(viewer, "event: frame");
            }
            // one viewer's step reaches every viewer
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":2}").status());
            for (Iterator<String> viewer : lines) {
                String data = "";
                while (!data.contains("\"day\":2.0")) {
                    skipTo(viewer, "event: frame");
                    data = viewer.next();
                }
            }
            for (var s : streams) {
                s.get().body().close();
            }
        }
    }

    private static void skipTo(Iterator<String> lines, String wanted) {
        while (!lines.next().equals(wanted)) {
            // other events and keep-alive comments
        }
    }

    @Test
    void theCommandLineRefusesWhatDoesNotGoTogether() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        String file = WebTesting.scenario("hierarchical.yaml").toString();
        assertEquals(2, cli.execute("demo", file, "--port", "8080"));
        assertTrue(err.toString().contains("--port and --bind go with --web"), err.toString());
        assertEquals(2, cli.execute("demo", file, "--web", "--port", "70000"));
        assertTrue(err.toString().contains("--port: 70000 is not a port; allowed: 0 to 65535"), err.toString());
        assertEquals(2, cli.execute("demo", file, "--web", "--bind", "no-such-host.invalid"));
        assertTrue(err.toString().contains("--bind: cannot resolve `no-such-host.invalid`"), err.toString());
        assertEquals(2, cli.execute("demo", file, "--export", "x.html"));
        assertTrue(err.toString().contains("not a lesson (a lesson has `cues:`)"), err.toString());
        assertEquals(2, cli.execute("demo", file, "--web", "--export", "x.html"));
        assertTrue(err.toString().contains("choose one of --web, --export and --snapshot"), err.toString());
    }
}
