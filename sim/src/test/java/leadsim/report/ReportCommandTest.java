package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import leadsim.analysis.table.Table;
import leadsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code leadsim report} end to end, in-process: small runs of the shipped hierarchical and
 * distributed schools (60 days, 4 replicates, same master seed), then the report of a run, of
 * the two compared, of a comparison directory, of a run with innovation and reform columns
 * added, and of directories that cannot be reported on.
 */
class ReportCommandTest {

    @TempDir
    static Path work;

    static Path hierarchical;
    static Path distributed;

    /** What one command printed and returned. */
    record Outcome(int exitCode, String out, String err) {}

    static Outcome leadsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runBothSchools() throws IOException {
        hierarchical = run("hierarchical");
        distributed = run("distributed");
    }

    private static Path run(String name) throws IOException {
        String yaml = Files.readString(Path.of("..", "scenarios", name + ".yaml"));
        String shorter = yaml.replaceFirst("(?m)^(\\s+days:)\\s*180\\b", "$1 60");
        assertTrue(!shorter.equals(yaml), "the test shortens the horizon of " + name + ".yaml");
        Path scenario = work.resolve(name + ".yaml");
        Files.writeString(scenario, shorter);
        Path dir = work.resolve("runs").resolve(name);
        Outcome run = leadsim("run", scenario.toString(), "--replicates", "4", "--threads", "2", "--seed", "7",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        return dir;
    }

    private static String html(Path dir) throws IOException {
        Path report = dir.resolve("report.html");
        assertTrue(Files.isRegularFile(report), "no report.html in " + dir);
        return Files.readString(report);
    }

    /** Every image is inline, so the page is one self-contained file. */
    private static void assertImagesInline(String html, int atLeast) {
        Matcher img = Pattern.compile("<img\\s+src=\"([^\"]{0,40})").matcher(html);
        int count = 0;
        while (img.find()) {
            count++;
            assertTrue(img.group(1).startsWith("data:image/png;base64,"), "image not inline: " + img.group(1));
        }
        assertTrue(count >= atLeast, "expected at least " + atLeast + " figures, found " + count);
        assertFalse(html.contains("<script"), "the report has no script");
    }

    private static List<String> files(Path dir, String extension) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension)).sorted().toList();
        }
    }

    /** Each chart in figures/ as PNG and SVG, each table in tables/ as CSV. */
    private static void assertFilesBeside(Path dir, List<String> charts, List<String> tables) throws IOException {
        List<String> png = files(dir.resolve("figures"), ".png");
        List<String> svg = files(dir.resolve("figures"), ".svg");
        for (String chart : charts) {
            assertTrue(png.contains(chart + ".png"), chart + ".png missing from " + png);
            assertTrue(svg.contains(chart + ".svg"), chart + ".svg missing from " + svg);
        }
        assertEquals(png.size(), svg.size(), "every chart as PNG and SVG");
        List<String> csv = files(dir.resolve("tables"), ".csv");
        for (String table : tables) {
            assertTrue(csv.contains(table + ".csv"), table + ".csv missing from " + csv);
        }
        for (String name : csv) {
            assertTrue(Table.readCsv(dir.resolve("tables").resolve(name)).rowCount() > 0, name + " is empty");
        }
    }

    @Test
    void runReportHasItsSectionsASummaryInWordsAndItsFiles() throws IOException {
        Path copy = copyRun(distributed, work.resolve("report-of-run"));
        Outcome report = leadsim("report", copy.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.out().contains("report.html"), report.out());
        String html = html(copy);
        for (String title : List.of("Summary", "Time to decision", "Where needs wait", "Who decides", "What was run")) {
            assertTrue(html.contains("<h2>" + title + "</h2>"), "section " + title);
        }
        assertTrue(html.contains("Most decisions ("), "who decides, in words");
        assertTrue(html.contains("were taken by teachers."), "teachers take most decisions in the distributed school");
        assertTrue(html.contains("Needs waited "), "the wait, in words");
        assertTrue(html.contains("<td class=\"name\">Master seed</td><td>7</td>"), "the manifest's master seed");
        assertTrue(html.contains("<details>"), "the full manifest, collapsed");
        assertFalse(html.contains("Spread of new practices"), "no innovation section without its columns");
        assertFalse(html.contains("The reform and its champion"), "no reform section without its columns");
        assertImagesInline(html, 5);
        assertFilesBeside(copy, List.of("latency-percentiles", "latency-replicates-box", "latency-by-day", "queues-by-day", "wait-share",
                "utilisation", "decided-share"), List.of("headline", "latency", "queues-by-day", "utilisation",
                "decided-share", "manifest"));
    }

    @Test
    void comparisonPairsBySeedAndSaysWhichIsBetter() throws IOException {
        Path out = work.resolve("compared");
        Outcome report = leadsim("report", "--compare", hierarchical.toString(), distributed.toString(),
                "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = html(out);
        assertTrue(html.contains("4 pairs"), "pairs counted in the subtitle");
        assertTrue(html.contains("In the distributed school, the needs that were decided waited "), "the latency sentence");
        Matcher sentence = Pattern.compile("In the distributed school, the needs that were decided waited [0-9.]+ days"
                + " (less|more) on average than in the hierarchical school \\(95% CI [^)]*\\)(, which is (better|worse)|; this"
                + " difference is not statistically significant)").matcher(html);
        assertTrue(sentence.find(), "a plain-language sentence about the wait");
        assertEquals("less", sentence.group(1), "needs wait less in the distributed school");
        assertEquals("better", sentence.group(3), "shorter waits are better");
        assertTrue(html.contains("p (Holm)"), "Holm-adjusted p-values in the table");
        assertImagesInline(html, 8);
        assertFilesBeside(out, List.of("latency-percentiles", "latency-mean-replicates-box", "latency-p90-replicates-box", "queues-by-day-hierarchical",
                "queues-by-day-distributed", "decided-share"), List.of("differences", "scenarios", "manifest"));
        Table differences = Table.readCsv(out.resolve("tables").resolve("differences.csv"));
        assertTrue(differences.filter("metric", "latency_mean").rowCount() == 1, "latency_mean compared");
    }

    @Test
    void comparisonDirectoryOfLeadsimCompareIsReportedByScenario() throws IOException {
        Path dir = experimentDir("compare-dir", "compare", List.of("scenario"), (point, row) -> List.of(
                point == 0 ? "hierarchical" : "distributed"));
        Outcome report = leadsim("report", dir.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = html(dir);
        assertTrue(html.contains("In the distributed school, the needs that were decided waited "), "compared by scenario label");
        assertTrue(html.contains("4 pairs"));
        assertImagesInline(html, 4);
        assertFilesBeside(dir, List.of("latency-percentiles", "decided-share"), List.of("differences", "scenarios"));
    }

    @Test
    void sweepDirectoryGetsMainEffectsAHeatmapAndVarianceShares() throws IOException {
        // Two made-up factors over the replicates of both schools: 2 x 2 points, 2 runs each.
        Path dir = experimentDir("sweep-dir", "sweep", List.of("culture.psychological_safety", "bodies.plc.cadence_days"),
                (point, row) -> List.of(point == 0 ? "0.2" : "0.8", row % 2 == 0 ? "5" : "20"));
        Outcome report = leadsim("report", dir.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = html(dir);
        assertTrue(html.contains("<h2>Main effects on time to decision of decided needs, mean</h2>"), "main effects section");
        assertTrue(html.contains("<h2>Which factors matter</h2>"), "variance shares section");
        assertTrue(html.contains("The mean time to decision of decided needs depends most on psychological safety"),
                "the factor that separates the two schools explains the wait");
        assertImagesInline(html, 5);
        assertFilesBeside(dir, List.of("main-effect-latency-mean-culture-psychological-safety",
                "main-effect-latency-mean-bodies-plc-cadence-days", "surface-latency-mean", "variance-shares"),
                List.of("points", "main-effects-latency-mean", "surface-latency-mean", "variance-shares", "manifest"));
    }

    @Test
    void innovationAndReformSectionsAppearWhenTheirMechanismsRun() throws IOException {
        Path reform = work.resolve("champion");
        Outcome run = leadsim("run", "../scenarios/champion-leaves-distributed.yaml", "--replicates", "3",
                "--threads", "2", "--out", reform.toString());
        assertEquals(0, run.exitCode(), run.err());
        Outcome report = leadsim("report", reform.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = html(reform);
        assertTrue(html.contains("<h2>The reform and its champion</h2>"));
        assertTrue(html.contains("Median survival"));
        assertFilesBeside(reform, List.of("implementation", "reform-survival"), List.of("implementation", "reform-survival"));

        Path innovation = work.resolve("innovation");
        run = leadsim("run", "../scenarios/innovation.yaml", "--replicates", "3", "--threads", "2",
                "--out", innovation.toString());
        assertEquals(0, run.exitCode(), run.err());
        report = leadsim("report", innovation.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(html(innovation).contains("<h2>Spread of new practices</h2>"));
        assertFilesBeside(innovation, List.of("adoption"), List.of("adoption-by-day"));
    }

    @Test
    void aDirectoryThatIsNotAResultGivesExitTwoAndWritesNothing() throws IOException {
        Path empty = Files.createDirectories(work.resolve("not-a-result"));
        Files.writeString(empty.resolve("notes.txt"), "hello");
        Outcome report = leadsim("report", empty.toString());
        assertEquals(2, report.exitCode());
        assertEquals("error: " + empty + " is not a leadsim result directory: it has no manifest.json of kind"
                + " \"run\", \"compare\", \"sweep\" or \"merge\" beside a runs.csv, as `leadsim run`, `leadsim compare`,"
                + " `leadsim sweep` and `leadsim merge` write (for two run directories use"
                + " `leadsim report --compare DIR_A DIR_B`) (nothing was written)", report.err().strip());
        assertTrue(report.err().contains("nothing was written"), report.err());
        try (Stream<Path> left = Files.list(empty)) {
            assertEquals(List.of("notes.txt"), left.map(p -> p.getFileName().toString()).toList());
        }
        Outcome missing = leadsim("report", work.resolve("no-such-dir").toString());
        assertEquals(2, missing.exitCode());
        assertFalse(Files.exists(work.resolve("no-such-dir")));
    }

    @Test
    void runsWithDifferentSeedsCannotBePaired() throws IOException {
        Path other = work.resolve("runs").resolve("other-seed");
        Outcome run = leadsim("run", work.resolve("distributed.yaml").toString(), "--replicates", "2", "--threads",
                "2", "--seed", "8", "--out", other.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = work.resolve("unpaired");
        Outcome report = leadsim("report", "--compare", hierarchical.toString(), other.toString(), "--out",
                out.toString());
        assertEquals(2, report.exitCode());
        assertTrue(report.err().contains("replicate seed"), report.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aReportIsNeverWrittenIntoAnotherExperimentsResults() throws IOException, ReportInputException {
        // A comparison directory of `leadsim compare`, then `report --compare` of two runs pointed at it.
        Path compared = experimentDir("compare-results", "compare", List.of("scenario"), (point, row) -> List.of(
                point == 0 ? "hierarchical" : "distributed"));
        List<String> before;
        try (Stream<Path> files = Files.list(compared)) {
            before = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        Outcome report = leadsim("report", "--compare", hierarchical.toString(), distributed.toString(),
                "--out", compared.toString());
        assertEquals(2, report.exitCode(), report.err());
        assertEquals("error: " + compared + " holds the results of another experiment (manifest.json); a report"
                + " written there would be mixed with results it was not made from. Pass --out with a folder of"
                + " its own (nothing was written)", report.err().strip());
        try (Stream<Path> files = Files.list(compared)) {
            assertEquals(before, files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing written");
        }
        // The same hazard for the report of a run: into its own directory yes, into another run's no.
        Outcome intoOtherRun = leadsim("report", distributed.toString(), "--out", hierarchical.toString());
        assertEquals(2, intoOtherRun.exitCode(), intoOtherRun.err());
        assertTrue(intoOtherRun.err().contains(hierarchical + " holds the results of another experiment"),
                intoOtherRun.err());
        assertFalse(Files.exists(hierarchical.resolve("report.html")), "nothing written");
        // Without --out, report --compare writes apart from `leadsim compare`'s results/compare/.
        List<RunData> runs = List.of(RunData.read(hierarchical), RunData.read(distributed));
        assertEquals(Path.of("results", "reports", "hierarchical-vs-distributed"), Reports.defaultCompareOut(runs));
    }

    /** The factor cells of one run of an experiment directory, from its point and its row in the run's runs.csv. */
    interface FactorCells {
        List<String> of(int point, int row);
    }

    /**
     * A result directory as {@code leadsim compare} and {@code leadsim sweep} write it (manifest.json
     * of the kind, runs.csv with run_id, point, replicate, seed, the factor columns, the metrics),
     * made from the two small runs: point 0 is the hierarchical school, point 1 the distributed.
     */
    private static Path experimentDir(String name, String kind, List<String> factors, FactorCells cells)
            throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        Table a = Table.readCsv(hierarchical.resolve("runs.csv"));
        Table b = Table.readCsv(distributed.resolve("runs.csv"));
        List<String> metrics = a.columns().subList(4, a.columns().size());
        List<String> header = new ArrayList<>(List.of("run_id", "point", "replicate", "seed"));
        header.addAll(factors);
        header.addAll(metrics);
        List<List<String>> rows = new ArrayList<>();
        List<Table> points = List.of(a, b);
        for (int p = 0; p < 2; p++) {
            Table t = points.get(p);
            for (int r = 0; r < t.rowCount(); r++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p * t.rowCount() + r), Integer.toString(p),
                        t.get(r, "replicate"), t.get(r, "seed")));
                row.addAll(cells.of(p, r));
                for (String metric : metrics) {
                    row.add(t.get(r, metric));
                }
                rows.add(row);
            }
        }
        Table.fromRows(header, rows).writeCsv(dir.resolve("runs.csv"));
        String factorJson = String.join(", ", factors.stream().map(f -> "\"" + f + "\"").toList());
        Files.writeString(dir.resolve("manifest.json"), "{\"kind\": \"" + kind + "\", \"name\": \"" + name
                + "\", \"master_seed\": 7, \"factor_columns\": [" + factorJson + "], \"scenarios\": ["
                + "{\"point\": 0, \"label\": \"hierarchical\", \"file\": \"hierarchical.yaml\"},"
                + "{\"point\": 1, \"label\": \"distributed\", \"file\": \"distributed.yaml\"}]}");
        return dir;
    }

    private static Path copyRun(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals(".lock")) {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /**
     * Adds made-up innovation and reform columns as the model will write them: a daily adoption
     * share and implementation level, and per replicate the champion's departure day and how long
     * the reform lasted (censored in one replicate).
     */
}
