package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's sentences against real (small) runs: the summary of the shipped comparison names
 * every measure that got worse; the champion comparison starts with survival; a comparison with
 * more leadership hours says so first; a run's average wait comes with the share never decided;
 * a sweep whose pooled main effect hides a large effect at one level says so. Then screenshots
 * at 1280 px of a run, a comparison and a sweep report (and an A4 print of the comparison), kept under
 * {@code sim/target/report-screenshots/} for a person to look at.
 */
class ReportTruthTest {

    @TempDir
    static Path work;

    static Path hierarchical;
    static Path distributed;
    static Path staffed;
    static final Path SHOTS = Path.of("target", "report-screenshots");

    @BeforeAll
    static void runTheSchools() throws IOException {
        hierarchical = run("hierarchical", shorter(read("hierarchical")), 4);
        distributed = run("distributed", shorter(read("distributed")), 4);
        // 27.5 leadership hours a day for decisions instead of 16: the principal has 14.7 hours
        // instead of 3.2, of which 0.2 go to the weekly leadership-team meeting.
        String more = shorter(read("distributed")).replaceFirst("(?s)(  principal:\\n    count: 1\\n    capacity_hours:)"
                + " 3\\.2", "$1 14.7").replaceFirst("(?m)^name: distributed", "name: distributed-more-hours");
        assertTrue(more.contains("capacity_hours: 14.7"), "the test raises the principal's hours");
        staffed = run("distributed-more-hours", more, 4);
    }

    private static String read(String name) throws IOException {
        return Files.readString(Path.of("..", "scenarios", name + ".yaml"));
    }

    private static String shorter(String yaml) {
        String s = yaml.replaceFirst("(?m)^(\\s+days:)\\s*180\\b", "$1 60");
        assertTrue(!s.equals(yaml), "the test shortens the horizon");
        return s;
    }

    private static Path run(String name, String yaml, int replicates) throws IOException {
        Path scenario = work.resolve(name + ".yaml");
        Files.writeString(scenario, yaml);
        Path dir = work.resolve("runs").resolve(name);
        var run = ReportCommandTest.leadsim("run", scenario.toString(), "--replicates", Integer.toString(replicates),
                "--threads", "2", "--seed", "7", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        return dir;
    }

    /** The labelled boxes of the summary, in order: label and text. */
    static List<String[]> summaryBoxes(String html) {
        String summary = html.substring(html.indexOf("<h2>Summary</h2>"));
        summary = summary.substring(0, summary.indexOf("</section>"));
        Matcher m = Pattern.compile("<div class=\"meaning(?: caution)?\"><strong>(.*?)</strong>(.*?)</div>").matcher(summary);
        List<String[]> boxes = new ArrayList<>();
        while (m.find()) {
            boxes.add(new String[] {unescape(m.group(1)), unescape(m.group(2))});
        }
        return boxes;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String report(Path out, String... args) throws IOException {
        var r = ReportCommandTest.leadsim(args);
        assertEquals(0, r.exitCode(), r.err());
        return Files.readString(out.resolve("report.html"));
    }

    @Test
    void theShippedComparisonNamesEveryMeasureThatGotWorse() throws IOException {
        // With meetings costing time and impatient needs, the distributed school is better on every
        // headline measure (sim/ODD.md section 10), so the pair is read the other way round as well:
        // from the distributed school, the hierarchical one is worse, and each worse measure is named.
        Path out = work.resolve("d-vs-h");
        String html = report(out, "report", "--compare", distributed.toString(), hierarchical.toString(), "--out",
                out.toString());
        Table differences = Table.readCsv(out.resolve("tables").resolve("differences.csv"));
        List<String> worse = new ArrayList<>();
        for (int r = 0; r < differences.rowCount(); r++) {
            if (differences.get(r, "verdict").equals("worse")) {
                worse.add(differences.get(r, "metric"));
            }
        }
        assertTrue(worse.contains("latency_km_p90") && worse.contains("utilization_max"),
                "the hierarchical school's slower tail and busier principal: " + worse);
        List<String[]> boxes = summaryBoxes(html);
        for (String column : worse) {
            String label = Measures.find(column).orElseThrow().label();
            // undecided needs have boxes of their own, stated always, better or worse
            String title = Measures.UNDECIDED.contains(column) ? label : "Worse: " + label;
            assertTrue(boxes.stream().anyMatch(b -> b[0].equals(title) && b[1].contains("which is worse")),
                    "the summary states that " + column + " got worse");
        }
        assertTrue(html.contains("<div class=\"meaning caution\"><strong>Worse: "), "worse drawn as a caution");
        assertTrue(boxes.stream().anyMatch(b -> b[1].contains("significantly worse on " + worse.size())),
                "the overview counts the worse measures");
        assertTrue(boxes.stream().anyMatch(b -> b[0].startsWith("Needs still open at the end")), "undecided needs, always");
        assertFalse(html.contains("is due to how the school is organised"), "no claim the listed differences deny");
        assertTrue(html.contains("<h2>What differs between these scenarios</h2>"));
        assertTrue(html.contains("Culture differs: psychological safety 0.8 vs 0.3"), "culture, in words");
        assertFalse(boxes.get(0)[0].equals("Not like for like"), "the shipped schools have the same people and hours");
    }

    @Test
    void theShippedComparisonSaysWhoCarriesMore() throws IOException {
        // every headline measure improves in the distributed school, but its teachers are busier:
        // a cost the summary must state, as a caution
        Path out = work.resolve("h-vs-d");
        String html = report(out, "report", "--compare", hierarchical.toString(), distributed.toString(), "--out",
                out.toString());
        String[] box = summaryBoxes(html).stream().filter(b -> b[0].equals("Who carries more")).findFirst()
                .orElseThrow(() -> new AssertionError("no workload box in " + html));
        assertTrue(box[1].contains("these are busier, deciding and in meetings: teachers "), box[1]);
        assertTrue(html.contains("<div class=\"meaning caution\"><strong>Who carries more"), "drawn as a caution");
    }

    @Test
    void aComparisonWithMoreLeadershipHoursSaysSoFirst() throws IOException {
        Path out = work.resolve("d-vs-more");
        String html = report(out, "report", "--compare", distributed.toString(), staffed.toString(), "--out",
                out.toString());
        String[] first = summaryBoxes(html).get(0);
        assertEquals("Not like for like", first[0]);
        assertTrue(html.contains("<div class=\"meaning caution\"><strong>Not like for like"), "drawn as a caution");
        assertTrue(first[1].startsWith("This comparison is not like for like: the distributed-more-hours scenario has"
                + " 27.5 leadership hours a day for decisions against 16 (11.5 more, +72%)"), first[1]);
    }

    @Test
    void theChampionComparisonStartsWithSurvival() throws IOException {
        Path a = work.resolve("runs").resolve("champion-h");
        Path b = work.resolve("runs").resolve("champion-d");
        for (Object[] run : new Object[][] {{"champion-leaves-hierarchical", a}, {"champion-leaves-distributed", b}}) {
            var r = ReportCommandTest.leadsim("run", "../scenarios/" + run[0] + ".yaml", "--replicates", "6",
                    "--threads", "2", "--seed", "3", "--no-series", "--out", run[1].toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        Path out = work.resolve("champion");
        String html = report(out, "report", "--compare", a.toString(), b.toString(), "--out", out.toString());
        String[] first = summaryBoxes(html).get(0);
        assertEquals("Reform survival after the champion left", first[0]);
        assertTrue(first[1].matches(".*median survival \\S+ vs \\S+ days since the champion left .*log-rank p .*"),
                first[1]);
        assertTrue(html.contains("In the champion-leaves-distributed scenario"), "a scenario, not a school named so");
        assertFalse(html.contains("champion leaves hierarchical school"), "no such school");
        assertTrue(html.contains("School years since the champion left") || Files.exists(out.resolve("figures")
                .resolve("reform-survival.png")), "survival charted");
    }

    @Test
    void aRunsAverageWaitComesWithTheShareNeverDecided() throws IOException {
        Path out = work.resolve("run-report");
        String html = report(out, "report", hierarchical.toString(), "--out", out.toString());
        String text = summaryBoxes(html).get(0)[1];
        int wait = text.indexOf("Needs waited ");
        int never = text.indexOf("of the needs raised were still open at the end");
        assertTrue(wait >= 0 && never > wait, text);
        screenshots(out, "run");
    }

    @Test
    void aSweepSaysWhenAnEffectDependsOnAnotherFactor() throws IOException {
        // the shipped spec as it is (10 replicates: with 4, no interaction is significant), its scenario made absolute
        String spec = Files.readString(Path.of("..", "scenarios", "sweeps", "safety-by-cadence.yaml"))
                .replaceFirst("(?m)^scenario: \\.\\./distributed\\.yaml", "scenario: "
                        + Path.of("..", "scenarios", "distributed.yaml").toAbsolutePath().normalize());
        Path file = work.resolve("safety-by-cadence.yaml");
        Files.writeString(file, spec);
        Path out = work.resolve("sweep");
        var sweep = ReportCommandTest.leadsim("sweep", file.toString(), "--threads", "2", "--out", out.toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        String html = report(out, "report", out.toString());
        List<String[]> boxes = summaryBoxes(html);
        String dependence = boxes.stream().filter(b -> b[0].equals("An effect that depends on another factor"))
                .map(b -> b[1]).findFirst().orElse("");
        assertTrue(dependence.startsWith("How much days between PLC meetings matters depends on psychological safety"
                + " (two-way ANOVA interaction test: F(6, 108) = "), dependence);
        for (String level : List.of("when psychological safety is 0.2", "when it is 0.5", "when it is 0.8",
                "Averaged over the levels of psychological safety (the main effect) the change is ")) {
            assertTrue(dependence.contains(level), "every level's simple effect, then the main effect: " + dependence);
        }
        String inShort = boxes.stream().filter(b -> b[0].equals("In short")).map(b -> b[1]).findFirst().orElse("");
        // the share on time is 97.25% at 0.5 and 97.19% at 0.8: no test sets either apart, so neither is best
        assertTrue(inShort.contains("the highest mean, at 0.5 (97.25%), did not differ detectably from that at 0.8"
                + " (97.19%)"), inShort);
        assertFalse(inShort.contains("(best) at 0.5 (97"), inShort);
        assertTrue(html.contains("How these were tested: a two-way analysis of variance"), "the method stated");
        String shown = html.substring(0, html.indexOf("<h2>What was run</h2>"));
        assertFalse(shown.contains("culture.psychological_safety"), "factor names in words");
        assertTrue(Files.exists(out.resolve("figures").resolve(
                "interaction-latency-mean-bodies-plc-cadence-days-by-culture-psychological-safety.png")));
        try (var pngs = Files.list(out.resolve("figures"))) {
            for (Path png : pngs.filter(p -> p.getFileName().toString().matches("interaction-.*\\.png")).toList()) {
                BufferedImage image = ImageIO.read(png.toFile());
                for (int y = 0; y < 40; y++) { // the title's band: nothing drawn at either edge, so it is whole
                    for (int x : new int[] {0, 1, image.getWidth() - 2, image.getWidth() - 1}) {
                        assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, png + ": title cut off at x " + x);
                    }
                }
            }
        }
        assertTrue(Files.exists(out.resolve("figures").resolve("series-queue-principal-by-culture-psychological-safety.png")),
                "the kept series are charted");
        screenshots(out, "sweep");
    }

    @Test
    void anOverloadedDeskIsWarnedAboutInTheBodyOfTheReport() throws IOException {
        // Two hours a day for the principal and each assistant principal: both desks get more work than hours.
        String overloaded = shorter(read("hierarchical")).replace("capacity_hours: 4.2", "capacity_hours: 2.0");
        assertTrue(overloaded.contains("capacity_hours: 2.0"), "the test lowers the leaders' hours");
        Path run = run("overloaded", overloaded, 2);
        Path out = work.resolve("overloaded-report");
        String html = report(out, "report", run.toString(), "--out", out.toString());
        String body = html.substring(0, html.indexOf("<h2>What was run</h2>"));
        assertTrue(body.contains("<h2>Warnings</h2>"), "a warnings section");
        assertTrue(Pattern.compile("The principal&#39;s desk is offered \\d(\\.\\d+)? times the decision work it has hours"
                + " for, counting the escalation its culture brings: needs there wait until their patience runs out, and"
                + " then are decided by whoever raised them, without the right").matcher(body).find(),
                "the principal's overload, in words: " + body);
        assertFalse(body.contains("roles.principal:"), "not the raw warning");
    }

    @Test
    void theComparisonPrintsAndFitsAt1280() throws IOException {
        Path out = work.resolve("shot-comparison");
        report(out, "report", "--compare", hierarchical.toString(), distributed.toString(), "--out", out.toString());
        screenshots(out, "comparison", true);
    }

    // ---------------------------------------------------------------- Chromium

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * A 1280 px screenshot of the report's top, an A4 PDF of all of it (as PNG pages when pdftoppm
     * is there), and a check that no table is wider than its column at 1280 px.
     */
    static void screenshots(Path reportDir, String name) throws IOException {
        screenshots(reportDir, name, false);
    }

    static void screenshots(Path reportDir, String name, boolean print) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " not found; run scripts/ensure-chromium.sh"
                + " (as root) to install Debian's chromium and fonts");
        Files.createDirectories(SHOTS);
        Path page = reportDir.resolve("report.html");
        // One browser: the screenshot, and a script in a copy of the page counting tables wider than their column.
        Path probe = reportDir.resolve("report-width-probe.html");
        Files.writeString(probe, Files.readString(page).replace("</body>", "<script>"
                + "var n=0;document.querySelectorAll('.table-wrap').forEach(function(w){"
                + "if(w.scrollWidth>w.clientWidth+1)n++;});document.body.dataset.wide=n;</script></body>"));
        Path png = SHOTS.resolve(name + "-1280.png").toAbsolutePath();
        String dom = chromium(probe, "--screenshot=" + png, "--window-size=1280,2400", "--hide-scrollbars",
                "--virtual-time-budget=3000", "--dump-dom");
        Files.delete(probe);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Matcher wide = Pattern.compile("data-wide=\"(\\d+)\"").matcher(dom);
        assertTrue(wide.find(), "the probe ran");
        assertEquals("0", wide.group(1), "tables wider than the page at 1280 px in the " + name + " report");

        if (print) {
            Path pdf = SHOTS.resolve(name + "-a4.pdf").toAbsolutePath();
            chromium(page, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
            assertTrue(Files.size(pdf) > 10_000, "a printed report");
            if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
                run(List.of("/usr/bin/pdftoppm", "-png", "-r", "80", "-l", "6", pdf.toString(),
                        SHOTS.resolve(name + "-a4-page").toAbsolutePath().toString()));
            }
        }
    }

    static String chromium(Path page, String... flags) throws IOException {
        Path profile = Files.createTempDirectory("leadsim-chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(flags));
        command.add(page.toAbsolutePath().toUri().toString());
        return run(command);
    }

    private static String run(List<String> command) throws IOException {
        Path out = Files.createTempFile("leadsim-chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("did not finish within 60 s: " + command);
            }
            assertEquals(0, p.exitValue(), "exit code of " + command);
            return Files.readString(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }
}
