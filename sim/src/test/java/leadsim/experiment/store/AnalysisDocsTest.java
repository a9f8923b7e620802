package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The R and pandas examples of docs/analysis-in-r-and-pandas.md, run exactly as written on a
 * real result directory: the tables have the shapes the files say, and the mean they compute is
 * the run's own summary.json figure. Skipped with a message where R or pandas is not installed
 * ({@code scripts/ensure-r-pandas.sh} installs them).
 */
class AnalysisDocsTest {
    private static final Path DOC = Path.of("..", "docs", "analysis-in-r-and-pandas.md");

    @TempDir
    static Path tmp;
    static Path results;
    static JsonNode summary;

    @BeforeAll
    static void run() throws IOException {
        results = tmp.resolve("run");
        Fixtures.Cli cli = Fixtures.cli("run", "../scenarios/distributed.yaml", "--replicates", "3", "--seed", "3",
                "--out", results.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile()).get("points").get(0)
                .get("measures");
    }

    @Test
    void theRExampleRuns() throws Exception {
        Assumptions.assumeTrue(works(List.of("Rscript", "--version")),
                "Rscript is not installed: skipping the R example (scripts/ensure-r-pandas.sh installs it)");
        List<String> out = execute(List.of("Rscript", script("r", "example.R").toString()), results);
        checkShapes(out, results);
        String[] latency = line(out, "latency_mean ").split(" ");
        JsonNode s = summary.get("latency_mean");
        assertEquals(s.get("mean").asDouble(), Double.parseDouble(latency[1]), 1e-12 * s.get("mean").asDouble());
        assertEquals(s.get("ci95_low").asDouble(), Double.parseDouble(latency[2]), 1e-9 * s.get("mean").asDouble(),
                "R's t.test interval is summary.json's");
        assertEquals(s.get("ci95_high").asDouble(), Double.parseDouble(latency[3]), 1e-9 * s.get("mean").asDouble());
        assertEquals("longest queue: teacher", line(out, "longest queue:").trim());
    }

    @Test
    void thePandasExampleRuns() throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Assumptions.assumeTrue(works(List.of(python, "-c", "import pandas")),
                "pandas is not installed for " + python + ": skipping the pandas example"
                        + " (scripts/ensure-r-pandas.sh installs Debian's python3-pandas)");
        List<String> out = execute(List.of(python, script("python", "example.py").toString()), results);
        checkShapes(out, results);
        double mean = Double.parseDouble(line(out, "latency_mean ").split(" ")[1]);
        assertEquals(summary.get("latency_mean").get("mean").asDouble(), mean, 1e-12 * mean);
        assertEquals("longest queue: teacher", line(out, "longest queue:").trim());
        String[] joined = line(out, "joined ").split(" ");
        assertEquals(longRows(results), Long.parseLong(joined[1]), "every series row found its run");
    }

    /**
     * "Every result directory reads in one line": a comparison keeps its daily series as a run does,
     * and both examples run in it as written.
     */
    @Test
    void bothExamplesRunInAComparisonDirectory() throws Exception {
        Path dir = tmp.resolve("compare");
        Fixtures.Cli cli = Fixtures.cli("compare", "../scenarios/hierarchical.yaml", "../scenarios/distributed.yaml",
                "--replicates", "2", "--seed", "3", "--out", dir.toString(), "--quiet");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(Files.isRegularFile(dir.resolve("series_long.csv.gz")), "compare keeps its daily series");
        assertTrue(longRows(dir) > 0, "series_long.csv.gz has rows");
        Fixtures.Cli report = Fixtures.cli("report", dir.toString());
        assertEquals(0, report.exit(), report.err());
        for (String chart : List.of("latency-by-day", "queues-by-day-hierarchical", "queues-by-day-distributed")) {
            assertTrue(Files.isRegularFile(dir.resolve("figures").resolve(chart + ".png")), "the report draws " + chart);
        }
        assertTrue(!Files.readString(dir.resolve("report.html")).contains("no daily series"), "no excuse for series");
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        boolean pandas = works(List.of(python, "-c", "import pandas"));
        if (pandas) {
            List<String> out = execute(List.of(python, script("python", "example.py").toString()), dir);
            checkShapes(out, dir);
            assertEquals(longRows(dir), Long.parseLong(line(out, "joined ").split(" ")[1]), "every row found its run");
        }
        boolean r = works(List.of("Rscript", "--version"));
        if (r) {
            checkShapes(execute(List.of("Rscript", script("r", "example.R").toString()), dir), dir);
        }
        Assumptions.assumeTrue(pandas || r, "neither R nor pandas is installed: only the files were checked");
    }

    /** What both examples print about the files: one row per run, one per run, day and column. */
    private static void checkShapes(List<String> out, Path dir) throws IOException {
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        String[] shape = line(out, "runs ").trim().split(" ");
        assertEquals(List.of(Integer.toString(runs.size() - 1), Integer.toString(runs.get(0).split(",").length)),
                List.of(shape[1], shape[2]), "runs.csv: every run, every column");
        String[] longShape = line(out, "long ").trim().split(" ");
        assertEquals(List.of(Long.toString(longRows(dir)), "6"), List.of(longShape[1], longShape[2]), "series_long.csv.gz");
        assertEquals("label: Time to decision of decided needs, 90th percentile (days)", line(out, "label:").trim());
    }

    private static long longRows(Path dir) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("series_long.csv.gz")))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().count() - 1;
        }
    }

    private static String line(List<String> out, String prefix) {
        return out.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting `" + prefix + "` in\n" + String.join("\n", out)));
    }

    /** The first fenced block of that language in the doc, written to a file. */
    private static Path script(String language, String name) throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<String> code = new ArrayList<>();
        boolean in = false;
        for (String l : lines) {
            if (!in && l.equals("```" + language)) {
                in = true;
            } else if (in && l.equals("```")) {
                break;
            } else if (in) {
                code.add(l);
            }
        }
        assertTrue(!code.isEmpty(), "a ```" + language + " block in " + DOC);
        Path file = tmp.resolve(name);
        Files.write(file, code);
        return file;
    }

    private static List<String> execute(List<String> command, Path dir) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + output);
        return output.lines().toList();
    }

    private static boolean works(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
