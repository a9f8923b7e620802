package leadsim.demo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import leadsim.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The web demo in a real browser (Debian's Chromium, headless, driven over the DevTools
 * protocol): the live page follows the model through an event, compared charts share their
 * axes, the exported lesson plays offline from file:// and switches branch, and the live page
 * shows the state `--snapshot` draws. Screenshots go to sim/target/web-screenshots/ for a person
 * to look at. Skips when Chromium is not installed.
 */
class WebBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SHOTS = Path.of("target", "web-screenshots");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(DevTools.isInstalled(),
                "skipping the browser tests: no " + DevTools.BINARY + " (scripts/ensure-chromium.sh installs it, as root)");
    }

    @Test
    void theLivePageFollowsTheModelWhenTheChampionLeaves() throws Exception {
        try (WebDemo demo = WebTesting.start("champion-leaves-distributed.yaml", null, "commitment");
                DevTools browser = DevTools.launch(1280, 720)) {
            browser.open(demo.url().toString());
            browser.waitFor("window.leadsim.frame && document.querySelector('button[data-event=champion_leaves]')", WAIT);
            // let it run some days, from the page's own controls
            browser.eval("const s = document.getElementById('speed'); s.value = '20'; s.dispatchEvent(new Event('change'));"
                    + " document.getElementById('play').click(); true");
            browser.waitFor("Number(document.body.dataset.day) >= 8", WAIT);
            browser.eval("document.getElementById('play').click(); true");
            browser.waitFor("!window.leadsim.frame.state.playing", WAIT);
            assertEquals("C", principal(browser).path("badge").asText(), "the champion carries a C while in post");
            String fillsBefore = browser.eval("JSON.stringify([...document.querySelectorAll('.node')].map(n => n.dataset.fill))").asText();

            browser.eval("document.querySelector('button[data-event=champion_leaves]').click(); true");
            browser.waitFor("document.querySelector('.caption').textContent.includes('the champion of the reform')", WAIT);
            int day = browser.eval("Number(document.body.dataset.day)").asInt();
            JsonNode state = WebTesting.get(demo, "api/state").body().path("frame").path("state");
            JsonNode model = state.path("runs").get(0);
            // the model dates the departure to the moment of the press (the events round it to a day)
            String left = String.format("champion left on day %.0f", state.path("time").asDouble());
            assertEquals(left + "  \u00b7  reform alive", model.path("colours").path("note").asText());
            assertTrue(browser.eval("document.querySelector('.legend').textContent").asText().contains(left),
                    "the page's legend says so too");
            assertEquals("", principal(browser).path("badge").asText(), "the C is gone");
            assertTrue(browser.eval("document.querySelector('button[data-event=champion_leaves]').disabled").asBoolean());

            // thirty days on, the commitment colours have moved, and the page shows the model's
            browser.eval("fetch('api/step', {method: 'POST', body: JSON.stringify({days: 30})}).then(r => r.status)");
            browser.waitFor("Number(document.body.dataset.day) === " + (day + 30), WAIT);
            String fillsAfter = browser.eval("JSON.stringify([...document.querySelectorAll('.node')].map(n => n.dataset.fill))").asText();
            assertNotEquals(fillsBefore, fillsAfter);
            JsonNode now = WebTesting.get(demo, "api/state").body().path("frame").path("state").path("runs").get(0);
            assertEquals(now.path("colours").path("fills").toString(), fillsAfter);
            shoot(browser, "live-champion-left", 1280, 720);
            shoot(browser, "live-champion-left", 1920, 1080);
            for (String url : browser.requests) {
                assertTrue(url.startsWith(demo.url().toString()), "the page asked for " + url);
            }
            assertEquals("[]", browser.errors.toString());
        }
    }

    private static JsonNode principal(DevTools browser) {
        return browser.eval("(() => { const n = document.querySelector('.node[data-role=principal]');"
                + " return {badge: n.dataset.badge, fill: n.dataset.fill}; })()");
    }

    @Test
    void comparedSchoolsShareTheirChartAxes() throws Exception {
        try (WebDemo demo = WebTesting.start("hierarchical.yaml", "distributed.yaml", null);
                DevTools browser = DevTools.launch(1280, 720)) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":40}").status());
            browser.open(demo.url().toString());
            // innovation and reform are off in both schools: their charts are not shown at all
            browser.waitFor("document.querySelectorAll('svg.chart').length === 4 && document.body.dataset.day === '40'", WAIT);
            JsonNode axes = browser.eval("[...document.querySelectorAll('.run')].map(run => [...run.querySelectorAll('svg.chart')]"
                    + ".map(c => ({id: c.dataset.chart, x: c.dataset.xMax, y: c.dataset.yMax,"
                    + " ticks: [...c.querySelectorAll('.y-tick')].map(t => t.textContent).join(' ')})))");
            assertEquals(2, axes.size());
            assertEquals(2, axes.get(0).size());
            for (int i = 0; i < 2; i++) {
                assertEquals(axes.get(0).get(i), axes.get(1).get(i), "chart " + axes.get(0).get(i).path("id"));
            }
            // the shared queue axis is set by the hierarchical principal's queue, not by each school's own
            JsonNode queues = WebTesting.get(demo, "api/state").body().path("frame").path("charts");
            double maxA = max(queues.get(0).get(1).path("series"));
            double maxB = max(queues.get(1).get(1).path("series"));
            double yMax = axes.get(0).get(1).path("y").asDouble();
            assertTrue(yMax >= Math.max(maxA, maxB) && maxA != maxB, yMax + " vs " + maxA + ", " + maxB);
            // a knob turned on the page turns school A's, and only A's
            String hoursB = "window.leadsim.frame.state.runs[1].knobs.find(k => k.key === 'capacity.principal').value";
            double before = browser.eval(hoursB).asDouble();
            browser.eval("const k = document.querySelector('#knob-list input[data-key=\"capacity.principal\"][data-run=\"0\"]');"
                    + " k.value = '6'; k.dispatchEvent(new Event('change')); true");
            browser.waitFor("window.leadsim.frame.state.runs[0].knobs.find(k => k.key === 'capacity.principal').value === 6", WAIT);
            assertEquals(before, browser.eval(hoursB).asDouble(), 0, "school B keeps its principal's hours");
            shoot(browser, "compare", 1280, 720);
            shoot(browser, "compare", 1920, 1080);
            assertEquals("[]", browser.errors.toString());
        }
    }

    /**
     * Two compared Long Beach districts with a school opened, on a 1280x720 projector: every name
     * of every chart's lines is on the page in type of at least 12 CSS pixels (the Console's bound,
     * ChartKey.LEGIBLE), in each run, and each plot keeps room to read its lines. A chart drawn
     * at 480x240 and scaled into its box set the eight roles' names in 6 px type.
     */
    @Test
    void comparedSchoolsOfLongBeachNameEveryLineInLegibleType() throws Exception {
        try (WebDemo demo = WebTesting.start("districts/long-beach-reform-hierarchical.yaml", "districts/long-beach-reform-distributed.yaml",
                null); DevTools browser = DevTools.launch(1280, 720)) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":15}").status());
            assertEquals(200, WebTesting.post(demo, "api/focus", "{\"school\":\"jordan\"}").status());
            browser.open(demo.url().toString());
            browser.waitFor("document.body.dataset.day === '15' && document.querySelectorAll('svg.chart').length === 6", WAIT);
            shoot(browser, "compare-school-legends", 1280, 720);
            // each run: every line's name as drawn (text in the run's charts or their key), and its size on screen
            JsonNode runs = browser.eval("[...document.querySelectorAll('.run')].map((run, r) => {"
                    + " const names = new Set(Object.values(window.leadsim.charts[r]).filter(c => !c.unavailable"
                    + "   && Object.keys(c.series).length > 1).flatMap(c => Object.keys(c.series)));"
                    + " const drawn = {};"
                    + " const walk = document.createTreeWalker(run.querySelector('.charts'), NodeFilter.SHOW_TEXT);"
                    + " for (let n = walk.nextNode(); n; n = walk.nextNode()) {"
                    + "   const name = n.textContent.trim(); if (!names.has(name)) continue;"
                    + "   const e = n.parentElement;"
                    + "   const size = parseFloat(getComputedStyle(e).fontSize) * (e instanceof SVGElement ? e.getScreenCTM().a : 1);"
                    + "   drawn[name] = Math.min(drawn[name] || 1e9, size); }"
                    + " const plots = [...run.querySelectorAll('svg.chart')].map(c => { const p = c.querySelector('rect.plot');"
                    + "   return p ? p.getBoundingClientRect().height / c.getBoundingClientRect().height : 1; });"
                    + " return {names: [...names], drawn, plots}; })");
            assertEquals(2, runs.size());
            for (JsonNode run : runs) {
                assertTrue(run.path("names").size() >= 8, "a Long Beach school's eight roles and bodies: " + run);
                for (JsonNode name : run.path("names")) {
                    JsonNode size = run.path("drawn").path(name.asText());
                    assertFalse(size.isMissingNode(), "`" + name.asText() + "` is named nowhere: " + run.path("drawn"));
                    assertTrue(size.asDouble() >= 12, "`" + name.asText() + "` in " + size.asDouble() + " px type");
                }
                for (JsonNode share : run.path("plots")) {
                    assertTrue(share.asDouble() >= 0.35, "a plot keeps " + share.asDouble() + " of its chart's height: " + run.path("plots"));
                }
            }
            assertEquals("[]", browser.errors.toString());
        }
    }

    /**
     * Two different districts compared in the browser (Long Beach's four high schools beside a
     * district of twelve): a school's tile is drawn the same size on both sides, and both say so
     * over their tiles. Laid out alone, the four schools' tiles were 23 units wide against 18.
     */
    @Test
    void comparedDistrictsDrawASchoolTheSameSize() throws Exception {
        String scenario = Files.readString(WebTesting.scenario("districts/long-beach-hierarchical.yaml"));
        Path twelve = dir.resolve("twelve-schools.yaml");
        Files.writeString(twelve, scenario.replace("copies: 1}", "copies: 3}").replace("name: long-beach-hierarchical",
                "name: twelve-schools"));
        try (WebDemo demo = WebTesting.start("districts/long-beach-distributed.yaml", twelve.toAbsolutePath().toString(), null);
                DevTools browser = DevTools.launch(1280, 720)) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":5}").status());
            browser.open(demo.url().toString());
            browser.waitFor("document.body.dataset.day === '5' && document.querySelectorAll('.tile').length === 16", WAIT);
            shoot(browser, "compare-districts-one-scale", 1280, 720);
            JsonNode runs = browser.eval("[...document.querySelectorAll('svg.district')].map(svg => {"
                    + " const r = svg.querySelector('.tile rect').getBoundingClientRect();"
                    + " const note = svg.querySelector('.scale-note');"
                    + " return {w: r.width, h: r.height, note: note ? note.textContent : ''}; })");
            assertEquals(2, runs.size());
            assertEquals(runs.get(0).path("w").asDouble(), runs.get(1).path("w").asDouble(), 0.5, "a tile as wide on both sides: " + runs);
            assertEquals(runs.get(0).path("h").asDouble(), runs.get(1).path("h").asDouble(), 0.5, "and as tall: " + runs);
            for (JsonNode run : runs) {
                assertTrue(run.path("note").asText().contains("one scale"), "each says it is drawn at one scale: " + runs);
            }
            assertEquals("[]", browser.errors.toString());
        }
    }

    private static double max(JsonNode series) {
        double m = 0;
        for (JsonNode values : series) {
            for (JsonNode v : values) {
                m = Math.max(m, v.asDouble());
            }
        }
        return m;
    }

    @Test
    void theExportedLessonPlaysOfflineAndSwitchesBranch() throws Exception {
        Path html = ExportedLessons.of("lessons/champion-leaves.yaml");
        try (DevTools browser = DevTools.launch(1280, 720)) {
            browser.send("Network.emulateNetworkConditions", DevTools.params().put("offline", true).put("latency", 0)
                    .put("downloadThroughput", -1).put("uploadThroughput", -1));
            browser.open(html.toUri().toString());
            browser.waitFor("window.leadsimLesson && document.body.dataset.branch === 'scripted'", WAIT);
            browser.eval("leadsimLesson.view.speed = 300; leadsimLesson.play(); true");
            int pauses = 0;
            while (!browser.eval("document.body.dataset.ended === '1'").asBoolean()) {
                browser.waitFor("!leadsimLesson.view.playing", WAIT);
                if (!browser.eval("document.body.dataset.ended === '1'").asBoolean()) {
                    pauses++; // the lesson's pause for discussion: press play again
                    assertTrue(browser.eval("document.getElementById('status').textContent").asText().startsWith("Paused on day"));
                    browser.eval("document.getElementById('play').click(); true");
                }
            }
            assertEquals(2, pauses, "the lesson pauses on days 150 and 340");
            assertEquals(360, browser.eval("Number(document.body.dataset.day)").asInt());
            assertTrue(browser.eval("document.querySelector('.caption').textContent").asText().startsWith("End of the lesson."));
            assertEquals("", principal(browser).path("badge").asText(), "as scripted, the champion left on day 180");
            String implementation = browser.eval("document.querySelector('[data-chart=implementation] path.series').getAttribute('d')").asText();
            shoot(browser, "lesson-end-scripted", 1280, 720);

            browser.eval("document.querySelector('input[data-branch=champion-stays]').click(); true");
            browser.waitFor("document.body.dataset.branch === 'champion-stays'", WAIT);
            assertEquals(360, browser.eval("Number(document.body.dataset.day)").asInt(), "the day stays when the branch changes");
            assertEquals("C", principal(browser).path("badge").asText(), "the champion is still in post in this branch");
            assertTrue(browser.eval("document.querySelector('.caption').textContent").asText().startsWith("The champion stays."));
            assertNotEquals(implementation,
                    browser.eval("document.querySelector('[data-chart=implementation] path.series').getAttribute('d')").asText());
            shoot(browser, "lesson-end-champion-stays", 1920, 1080);
            for (String url : browser.requests) {
                assertTrue(url.startsWith("file:") || url.startsWith("data:"), "the page asked for " + url);
            }
            assertEquals("[]", browser.errors.toString());
        }
    }

    @Test
    void theLivePageShowsWhatSnapshotDraws() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertEquals(0, cli.execute("demo", WebTesting.scenario("hierarchical.yaml").toString(), "--snapshot", dir.toString(),
                "--days", "12"), err.toString());
        BufferedImage snapshot = ImageIO.read(dir.resolve("hierarchical-display-day12.png").toFile());
        try (WebDemo demo = WebTesting.start("hierarchical.yaml", null, null); DevTools browser = DevTools.launch(1280, 720)) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":12}").status());
            browser.open(demo.url().toString());
            browser.waitFor("document.body.dataset.day === '12'", WAIT);
            assertTrue(browser.eval("document.querySelector('svg.school .title').textContent").asText().contains("day 12"));
            JsonNode people = browser.eval("[...document.querySelectorAll('.node.person')].map(n => {"
                    + " const p = window.leadsim.layouts[0].nodes[Number(n.dataset.index)];"
                    + " return {x: p.x, y: p.y, r: p.r, fill: n.dataset.fill, badge: n.dataset.badge}; })");
            double width = browser.eval("window.leadsim.layouts[0].width").asDouble();
            double height = browser.eval("window.leadsim.layouts[0].height").asDouble();
            double band = browser.eval("window.leadsim.layouts[0].captionBand").asDouble();
            double scale = snapshot.getWidth() / width;
            // the snapshot sets the display under a title band (and leaves out the layout's caption band)
            int display = (int) Math.ceil((height - band + 1) * scale);
            int top = snapshot.getHeight() - display;
            int queued = 0;
            for (JsonNode p : people) {
                // the disc's colour a little below its centre, clear of the number a leader shows there
                int x = (int) Math.round(p.path("x").asDouble() * scale);
                int y = top + (int) Math.round((p.path("y").asDouble() + 0.62 * p.path("r").asDouble()) * scale);
                String drawn = String.format("#%06x", snapshot.getRGB(x, y) & 0xFFFFFF);
                assertEquals(p.path("fill").asText(), drawn, "person at " + p);
                if (!p.path("badge").asText().isEmpty()) {
                    queued++;
                }
            }
            assertTrue(queued > 0, "on day 12 someone has a queue: the comparison covers coloured discs");
            Set<String> colours = new HashSet<>(people.findValuesAsText("fill"));
            assertTrue(colours.size() > 1, colours.toString());
        }
    }

    @Test
    void theDistrictOverviewOpensASchoolAndComesBack() throws Exception {
        try (WebDemo demo = WebTesting.start("districts/long-beach-reform-distributed.yaml", null, "commitment");
                DevTools browser = DevTools.launch(1280, 720)) {
            assertEquals(200, WebTesting.post(demo, "api/step", "{\"days\":20}").status());
            browser.open(demo.url().toString());
            browser.waitFor("document.body.dataset.day === '20' && document.querySelectorAll('.tile').length === 4", WAIT);
            JsonNode tiles = browser.eval("[...document.querySelectorAll('.tile')].map(t => ({school: t.dataset.school,"
                    + " name: t.querySelector('.tile-name').textContent, fill: t.dataset.fill}))");
            JsonNode model = WebTesting.get(demo, "api/state").body().path("frame").path("state").path("runs").get(0)
                    .path("overview").path("tiles");
            for (int s = 0; s < 4; s++) {
                assertEquals(model.get(s).path("school").asText(), tiles.get(s).path("name").asText(), "each tile named as in schools:");
                assertEquals(model.get(s).path("fill").asText(), tiles.get(s).path("fill").asText(), "the page's colour is the model's");
            }
            assertTrue(browser.eval("document.querySelector('svg.district .legend').textContent").asText()
                    .contains("Schools: implementation (mean commitment; grey: ended)"));
            shoot(browser, "district-overview", 1280, 720);
            // the queue tiles' legend is the run's own scale, as the Console draws it: 200+ for Long Beach
            assertEquals(200, WebTesting.post(demo, "api/colour", "{\"mode\":\"queue\"}").status());
            browser.waitFor("document.querySelector('svg.district').dataset.colour === 'queue'", WAIT);
            assertTrue(browser.eval("document.querySelector('svg.district .legend').textContent").asText().contains("200+"),
                    browser.eval("document.querySelector('svg.district .legend').textContent").asText());
            shoot(browser, "district-overview-queue", 1280, 720);
            assertEquals(200, WebTesting.post(demo, "api/colour", "{\"mode\":\"commitment\"}").status());

            browser.eval("document.querySelector('.tile[data-school=jordan]').dispatchEvent(new MouseEvent('click')); true");
            browser.waitFor("document.querySelector('svg.school:not(.district)') && document.getElementById('focus').value === 'jordan'", WAIT);
            assertTrue(browser.eval("document.querySelector('svg.school .title').textContent").asText().startsWith("Jordan ("));
            int people = browser.eval("document.querySelectorAll('.node.person').length").asInt();
            long jordan = WebTesting.get(demo, "api/state").body().path("layouts").path("runs").get(0).path("school").path("nodes")
                    .findValuesAsText("kind").stream().filter("person"::equals).count();
            assertEquals(jordan, people);
            assertFalse(browser.eval("document.getElementById('back').hidden").asBoolean());
            browser.waitFor("document.querySelectorAll('svg.chart').length === 3", WAIT);
            // a school's queue chart has the Long Beach roles: the principal's line is red, as in the Console
            JsonNode strokes = browser.eval("Object.fromEntries([...document.querySelectorAll('path.series')]"
                    + ".map(p => [p.dataset.series, p.getAttribute('stroke')]))");
            assertEquals("#d62728", strokes.path("principal").asText(), strokes.toString());
            assertEquals("#2ca02c", strokes.path("assistant principal (all 2)").asText(), strokes.toString());
            java.util.List<String> roles = java.util.List.of("teacher (all 60)", "lead teacher (all 5)", "counselor (all 5)",
                    "slc coordinator", "assistant principal (all 2)", "principal", "pathway team (all 5)", "site team");
            assertEquals(8, roles.stream().map(r -> strokes.path(r).asText()).distinct().count(), "eight roles, eight colours: " + strokes);
            shoot(browser, "district-school", 1280, 720);

            browser.eval("document.getElementById('back').click(); true");
            browser.waitFor("document.querySelectorAll('.tile').length === 4 && document.getElementById('back').hidden", WAIT);
            assertEquals("", browser.eval("document.getElementById('focus').value").asText());
            assertEquals("[]", browser.errors.toString());
        }
    }

    /** A screenshot at a size, saved for a person to look at; it must be a real picture of that size. */
    private static void shoot(DevTools browser, String name, int width, int height) throws Exception {
        browser.size(width, height);
        browser.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        byte[] png = browser.screenshot();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, name + " looks blank: " + colours.size() + " colours");
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + "-" + width + "x" + height + ".png"), png);
    }
}
