package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A district of 200 copies of the shipped distributed school, with a reform championed by a
 * principal who leaves, runs (one replicate, with its series) and its report stays readable: the
 * slowest and fastest of the 200 schools named as schools_long.csv.gz ranks them, 24 panels
 * (the 8 slowest, 8 between, the 8 fastest) said so in the caption, a schools table that lists 12
 * in the page and all in its CSV; then the page in headless Chromium (skipped, with a message,
 * without it): every figure decodes, and a screenshot of its district section is kept at
 * {@code sim/target/district-reports/two-hundred-schools.png}.
 *
 * <p>The horizon is cut from the school year's 180 days to {@value #DAYS} (warm-up 10) to keep
 * the test near 20 s on two shared cores (43 s at 90 days with other builds running): 200 schools' year takes 25 s alone (sim/ODD.md 13.8).
 */
class ManySchoolsReportTest {
    static final int DAYS = 60;

    @TempDir
    Path work;

    @Test
    void twoHundredSchoolsReportNamesTheExtremesAndShowsTwentyFourPanels() throws Exception {
        String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
        String district = text.replaceFirst("(?m)^(  days:)\\s*180\\b", "$1 " + DAYS)
                .replaceFirst("(?m)^name: distributed$", "name: two-hundred-schools")
                + "schools:\n  - {name: school, copies: 200}\n"
                + "reform:\n  enabled: true\n  start_day: 0\n  champion_role: principal\n"
                + "  ownership: {roles: [teacher_leader], team_share: 0.5}\n"
                + "events:\n  - {at_day: 30, type: leader_departs, role: principal}\n";
        assertTrue(district.contains("days: " + DAYS) && district.contains("name: two-hundred-schools"),
                "distributed.yaml changed: update this test");
        Reported r = runAndReport("two-hundred-schools", district);
        Path out = r.out();
        String html = r.html();
        String[] named = namesTheExtremes(r, "");
        assertTrue(html.contains("of 200 schools the slowest school was " + named[0]));
        assertTrue(html.contains("Every school is a copy of one template with the same number of students, so the"
                + " differences between them come from chance alone, not from how each school is run."),
                "the 200 copies (no office) differ by chance alone");
        assertTrue(html.contains("Shown: 24 of the 200 schools: the 8 slowest, 8 spread evenly between and the 8"
                + " fastest"), "the caption says which schools the panels show");
        BufferedImage panels = ImageIO.read(out.resolve("figures").resolve("school-waiting.png").toFile());
        assertEquals(40 + 6 * 170 + 56, panels.getHeight(), "24 panels in six rows of four");
        Table schools = Table.readCsv(out.resolve("tables").resolve("schools.csv"));
        assertEquals(200, schools.rowCount(), "every school in the CSV, and no office row (there is no office)");
        assertTrue(html.contains("188 more schools"), "the page lists 12 of them");
        assertTrue(Files.isRegularFile(out.resolve("figures").resolve("school-implementation.png")));
        chromium(out, "two-hundred-schools");
    }

    /**
     * A whole school year of 200 copies of the shipped school without a reform: schools apart, so
     * they run as lanes (about a second on two threads), and the report of the year renders.
     */
    @Test
    void aSchoolYearOfTwoHundredSchoolsRunsAndItsReportRenders() throws Exception {
        String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
        String district = text.replaceFirst("(?m)^name: distributed$", "name: two-hundred-apart")
                + "schools:\n  - {name: school, copies: 200}\n";
        assertTrue(district.contains("days: 180") && district.contains("name: two-hundred-apart"),
                "distributed.yaml changed: update this test");
        Reported r = runAndReport("two-hundred-apart", district);
        Path out = r.out();
        String html = r.html();
        namesTheExtremes(r, " in the year");
        assertTrue(html.contains("Shown: 24 of the 200 schools"), "the caption says which schools the panels show");
        assertTrue(html.contains("1 replicate of ") && !html.contains("1 replicates"), "one replicate, in the singular");
        chromium(out, "two-hundred-apart");
    }

    private record Reported(Path dir, Path out, String html) {}

    /** Runs the district (one replicate, two threads) and reports it into the kept reports under {@code name}. */
    private Reported runAndReport(String name, String district) throws IOException {
        Path scenario = work.resolve(name + ".yaml");
        Files.writeString(scenario, district);
        Path dir = work.resolve(name);
        var run = ReportCommandTest.leadsim("run", scenario.toString(), "--replicates", "1", "--threads", "2",
                "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = DistrictReportTest.KEPT.resolve(name);
        var report = ReportCommandTest.leadsim("report", dir.toString(), "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        return new Reported(dir, out, Files.readString(out.resolve("report.html")));
    }

    /** The slowest and fastest of the 200 schools, named as schools_long.csv.gz ranks them; the names. */
    private static String[] namesTheExtremes(Reported r, String when) throws IOException {
        Map<String, Double> latency = DistrictReportTest.schoolMeans(r.dir(), "latency_rmean");
        assertEquals(200, latency.size());
        String[] named = DistrictReportTest.named(r.html(), "Slowest and fastest schools");
        assertEquals(DistrictReportTest.slowest(latency), named[0], "the slowest of 200" + when);
        assertEquals(DistrictReportTest.fastest(latency), named[1], "the fastest of 200" + when);
        return named;
    }

    /** The page in headless Chromium: loads, every figure decodes; a screenshot is kept. */
    private static void chromium(Path out, String name) throws Exception {
        Path browser = ReportTruthTest.CHROMIUM;
        assumeTrue(Files.isExecutable(browser), "skipped: " + browser + " not found; run scripts/ensure-chromium.sh"
                + " (as root) to install Debian's chromium and fonts");
        Path page = out.resolve("report.html");
        Path probe = out.resolve("report-probe.html");
        Files.writeString(probe, Files.readString(page).replace("</body>", "<script>window.addEventListener('load',"
                + "function(){var b=0;for(var i=0;i<document.images.length;i++){var im=document.images[i];"
                + "if(!im.complete||im.naturalWidth===0){b++;}}document.body.dataset.images=document.images.length;"
                + "document.body.dataset.broken=b;"
                // the screenshot shows the district's section: the others are hidden once counted
                + "document.querySelectorAll('section').forEach(function(s){var h=s.querySelector('h2');"
                + "if(!h||h.textContent!=='School by school'){s.style.display='none';}});});</script></body>"));
        Path shot = DistrictReportTest.KEPT.resolve(name + ".png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Path profile = Files.createTempDirectory("leadsim-chromium");
        Path dom = Files.createTempFile("leadsim-chromium", ".html");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--screenshot=" + shot, "--window-size=1280,4000",
                "--hide-scrollbars", "--virtual-time-budget=5000", "--dump-dom", probe.toAbsolutePath().toUri().toString()));
        Process p = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished within 90 s");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String body = Files.readString(dom);
        Matcher images = Pattern.compile("data-images=\"(\\d+)\"").matcher(body);
        Matcher broken = Pattern.compile("data-broken=\"(\\d+)\"").matcher(body);
        assertTrue(images.find() && broken.find(), "the probe ran in the page");
        assertTrue(Integer.parseInt(images.group(1)) >= 8, "figures in the page: " + images.group(1));
        assertEquals("0", broken.group(1), "figures that did not decode");
        assertEquals(1280, ImageIO.read(shot.toFile()).getWidth(), "a screenshot at 1280 px");
        Files.delete(probe);
    }
}
