package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Seeds;
import leadsim.experiment.store.BuildInfo;
import leadsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands as users call them, run in-process through {@link Main#commandLine()} with
 * their output captured. Tests run in {@code sim/}, so shipped scenarios are in ../scenarios.
 */
class CliTest {
    private static final Path MM1 = Path.of("../scenarios/validation/mm1.yaml");
    private static final Path DISTRIBUTED = Path.of("../scenarios/distributed.yaml");

    /** A one-decider scenario with a negative rate on line 10, column 5. */
    private static final String BAD = """
            name: bad
            service: {distribution: exponential, mean_hours: 1.0, cv: 1.0}
            roles:
              decider: {count: 1, capacity_hours: 1.0, expertise: {mean: 0.5, sd: 0}}
            decision_rights:
              policy: {school: decider}
            arrivals:
              - from: decider
                mix: [{domain: policy, scope: school, weight: 1, deadline_days: 10, size: 1}]
                rate_per_day: -0.8
            """;

    /** One decider offered 1.2 times its capacity; the role is on line 5, column 3. */
    private static final String OVERLOADED = """
            name: overloaded
            horizon: {days: 200, warmup_days: 10}
            service: {distribution: exponential, mean_hours: 1.0, cv: 1.0}
            overload: {on_expiry: keep_waiting}
            roles:
              decider: {count: 1, capacity_hours: 1.0, expertise: {mean: 0.5, sd: 0}}
            decision_rights:
              policy: {school: decider}
            arrivals:
              - from: decider
                rate_per_day: 1.2
                mix: [{domain: policy, scope: school, weight: 1, deadline_days: 10, size: 1}]
            """;

    private static final String OVERLOAD_WARNING = ":6:3: roles.decider: expected load is 1.20 times its deciding hours "
            + "(with expected escalation): its queue will grow without bound";

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    static Result leadsim(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    // --- help and version ---------------------------------------------------------------

    @Test
    void versionNamesLeadsimAndMason() {
        Result r = leadsim("--version");
        assertEquals(0, r.code());
        assertEquals("leadsim 0.1.0\nMASON 18, " + BuildInfo.jvm() + "\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void subcommandsKnowTheVersionToo() {
        assertEquals(new Result(0, "leadsim 0.1.0\nMASON 18, " + BuildInfo.jvm() + "\n", ""), leadsim("run", "--version"));
        assertEquals(new Result(0, "leadsim 0.1.0\nMASON 18, " + BuildInfo.jvm() + "\n", ""), leadsim("validate", "-V"));
    }

    @Test
    void helpListsTheCommands() {
        Result r = leadsim("--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: leadsim [-hV] [COMMAND]\n"), r.out());
        for (String expected : List.of("-h, --help", "-V, --version", "\n  run ", "\n  validate ",
                "  run          Runs replicates of a scenario in parallel.\n")) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }

    @Test
    void runHelpListsItsOptions() {
        Result r = leadsim("run", "--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: leadsim run [-hV] [--needs] [--no-series] [--quiet] [--out=DIR]\n"
                + "                   [--replicates=R] [--seed=N] [--threads=T] SCENARIO\n"), r.out());
        for (String expected : List.of("SCENARIO         Scenario file (YAML)", "--no-series      Skip the daily series",
                "--needs          Also write needs.csv.gz: one row per need",
                "--out=DIR        Output directory", "--replicates=R   Replicates (default: 10).",
                "--seed=N         Master seed", "--threads=T      Worker threads")) {
            assertTrue(r.out().contains(expected), expected + " in\n" + r.out());
        }
    }

    @Test
    void validateHelpListsItsOptions() {
        Result r = leadsim("validate", "--help");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: leadsim validate [-hV] [--resolved] SCENARIO\n"), r.out());
        assertTrue(r.out().contains("--resolved   Print the resolved scenario (presets and defaults expanded)"), r.out());
    }

    // --- bad input: exit 2, the problem on stderr, nothing written ----------------------

    @Test
    void validateBadFile() throws IOException {
        Path file = write("bad.yaml", BAD);
        assertEquals(new Result(2, "", "error: " + file + ":10:5: arrivals[0].rate_per_day: "
                + "must be >= 0 needs per day (got -0.8)\n"), leadsim("validate", file.toString()));
    }

    @Test
    void runBadFileWritesNothing() throws IOException {
        Path file = write("bad.yaml", BAD);
        Path out = dir.resolve("x");
        assertEquals(new Result(2, "", "error: " + file + ":10:5: arrivals[0].rate_per_day: "
                + "must be >= 0 needs per day (got -0.8)\n"), leadsim("run", file.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.yaml");
        Path out = dir.resolve("x");
        assertEquals(new Result(2, "", "error: " + file + ": file not found\n"), leadsim("validate", file.toString()));
        assertEquals(new Result(2, "", "error: " + file + ": file not found\n"),
                leadsim("run", file.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownOption() {
        Result r = leadsim("validate", "--bogus", MM1.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Unknown option: '--bogus'\nUsage: leadsim validate"), r.err());
    }

    @Test
    void zeroReplicates() {
        Path out = dir.resolve("x");
        assertEquals(new Result(2, "", "error: --replicates must be >= 1 (got 0)\n"),
                leadsim("run", MM1.toString(), "--replicates", "0", "--out", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void outputThatIsAFile() throws IOException {
        Path file = write("short.yaml", shortMm1());
        Path out = write("taken", "not a directory");
        assertEquals(new Result(2, "", "error: " + out + " is a file, not a directory; choose another --out "
                + "(nothing was written)\n"), leadsim("run", file.toString(), "--replicates", "1", "--out", out.toString()));
        assertEquals("not a directory", Files.readString(out));
    }

    // --- validate on good files ---------------------------------------------------------

    @Test
    void validatePrintsTheExpectedLoad() throws Exception {
        Result r = leadsim("validate", MM1.toString());
        String sha = ScenarioLoader.load(MM1).sha256().substring(0, 12);
        assertEquals(new Result(0, MM1 + ": valid (scenario mm1, sha256 " + sha + ")\n"
                + "one replicate: 1 person (0 students, 1 staff), 80,000 needs expected over 100,000 days, about 62 MB of memory\n"
                + "limits per replicate: 50,000,000 needs, " + leadsim.scenario.RunSize.bytes(leadsim.scenario.RunSize.memoryLimit())
                + " of memory (half of this Java's maximum heap)\n"
                + "staff hours per school day, per school (capacity_hours = deciding + meetings):\n"
                + "  role                      people  deciding  meetings     total\n"
                + "  decider                        1      1.00      0.00      1.00\n"
                + "  all roles                      1      1.00      0.00      1.00\n"
                + "expected load per desk (offered decision work / deciding hours):\n"
                + "  desk                     before escalation   with escalation\n"
                + "  decider                               0.80              0.80\n", ""), r);
    }

    @Test
    void validateResolvedPrintsThePresetExpandedScenario() throws Exception {
        Result r = leadsim("validate", "--resolved", DISTRIBUTED.toString());
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertEquals(ScenarioLoader.load(DISTRIBUTED).resolvedYaml(), r.out());
        assertTrue(r.out().contains("decision_rights:\n  instruction:\n    student:\n    - teacher\n"), r.out());
    }

    // --- run ----------------------------------------------------------------------------

    @Test
    void runWritesTheResultStoreAndRunningItAgainChangesNothing() throws Exception {
        Path file = write("mm1.yaml", shortMm1());
        Path out = dir.resolve("out");
        String[] args = {"run", file.toString(), "--replicates", "2", "--threads", "2", "--out", out.toString(), "--quiet"};
        Result r = leadsim(args);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("mm1: 2 replicates\n"), r.out());
        assertTrue(r.out().endsWith("results: " + out + "\n"), r.out());

        List<Long> seeds = List.of(Seeds.runSeed(1, 0, 0), Seeds.runSeed(1, 0, 1)); // seed 1 from the defaults

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        for (String key : List.of("leadsim_version", "git_commit", "mason_version", "jvm", "scenarios",
                "scenario_sha256", "seeds", "command_line", "started", "finished", "warnings")) {
            assertTrue(manifest.has(key), key + " in " + manifest);
        }
        assertEquals("0.1.0", manifest.get("leadsim_version").asText());
        assertEquals("18", manifest.get("mason_version").asText());
        assertEquals(BuildInfo.jvm(), manifest.get("jvm").asText());
        assertTrue(manifest.get("git_commit").asText().matches("[0-9a-f]{40}|unknown"), manifest.get("git_commit").asText());
        assertEquals("run", manifest.get("kind").asText());
        JsonNode resolved = manifest.get("scenarios").get(0).get("resolved");
        assertEquals("mm1", resolved.get("name").asText());
        assertEquals(2000.0, resolved.get("horizon").get("days").asDouble());
        assertEquals(ScenarioLoader.load(file).sha256(), manifest.get("scenario_sha256").asText());
        assertEquals(seeds, longs(manifest.get("seeds")));
        assertEquals(List.of(args), texts(manifest.get("command_line")));
        assertEquals(List.of(), texts(manifest.get("warnings")));
        OffsetDateTime started = OffsetDateTime.parse(manifest.get("started").asText());
        OffsetDateTime finished = OffsetDateTime.parse(manifest.get("finished").asText());
        assertFalse(finished.isBefore(started));

        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(3, runs.size(), String.join("\n", runs));
        List<String> header = List.of(runs.get(0).split(","));
        assertEquals(List.of("run_id", "point", "replicate", "seed"), header.subList(0, 4));
        assertTrue(header.containsAll(List.of("latency_mean", "latency_p50", "latency_p90", "latency_p99",
                "on_time_share", "quality_mean", "bottleneck_role", "bottleneck_wait_share", "utilization_max",
                "decided_share_decider")), header.toString());
        String[] first = runs.get(1).split(",");
        String[] second = runs.get(2).split(",");
        assertEquals(List.of("0", "0", "0", String.valueOf(seeds.get(0))), List.of(first).subList(0, 4));
        assertEquals(List.of("1", "0", "1", String.valueOf(seeds.get(1))), List.of(second).subList(0, 4));
        assertEquals("decider", first[header.indexOf("bottleneck_role")]);
        assertEquals(1.0, Double.parseDouble(first[header.indexOf("decided_share_decider")]));

        List<String> series = gunzipLines(out.resolve("series/run-00000001.csv.gz"));
        assertTrue(series.get(0).startsWith("day,"), series.get(0));
        assertEquals(1 + 2000, series.size()); // one row per simulated day
        assertTrue(series.get(1).startsWith("1,"), series.get(1));
        List<String> tidy = gunzipLines(out.resolve("series_long.csv.gz"));
        assertEquals("run_id,day,warmup,measure,unit,value", tidy.get(0));
        assertTrue(tidy.get(1).startsWith("0,1,1,queue,decider,"), tidy.get(1)); // day 1 is in the warm-up
        assertTrue(tidy.get(tidy.size() - 1).startsWith("1,2000,0,latency_mean,,"), tidy.get(tidy.size() - 1));

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("points").get(0)
                .get("measures");
        for (String metric : List.of("latency_mean", "latency_p90", "on_time_share", "utilization_max")) {
            JsonNode s = summary.get(metric);
            for (String stat : List.of("mean", "sd", "ci95_low", "ci95_high")) {
                assertTrue(s.has(stat), metric + "." + stat + " in " + s);
            }
            double a = Double.parseDouble(first[header.indexOf(metric)]);
            double b = Double.parseDouble(second[header.indexOf(metric)]);
            double mean = (a + b) / 2;
            double sd = Math.abs(a - b) / Math.sqrt(2);
            double half = 12.706204736174698 * sd / Math.sqrt(2); // qt(0.975, 1) in R
            assertEquals(mean, s.get("mean").asDouble(), 1e-12 * Math.abs(mean), metric);
            assertEquals(sd, s.get("sd").asDouble(), 1e-12 * Math.max(sd, 1e-300), metric);
            assertEquals(mean - half, s.get("ci95_low").asDouble(), 1e-9 * Math.max(Math.abs(half), 1e-300), metric);
            assertEquals(mean + half, s.get("ci95_high").asDouble(), 1e-9 * Math.max(Math.abs(half), 1e-300), metric);
        }

        // Again into the same directory: a complete run has nothing left to do, and its results
        // stay byte for byte as they were.
        byte[] runsBefore = Files.readAllBytes(out.resolve("runs.csv"));
        byte[] seriesBefore = Files.readAllBytes(out.resolve("series_long.csv.gz"));
        byte[] summaryBefore = Files.readAllBytes(out.resolve("summary.json"));
        Result again = leadsim(args);
        assertEquals(0, again.code(), again.err());
        assertEquals("resumed " + out + ": 2 of 2 replicates were done before\n", again.err());
        assertArrayEquals(runsBefore, Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(seriesBefore, Files.readAllBytes(out.resolve("series_long.csv.gz")));
        assertArrayEquals(summaryBefore, Files.readAllBytes(out.resolve("summary.json")));

        // Another seed into the same directory is another run: refused, nothing touched.
        List<String> otherSeed = new java.util.ArrayList<>(List.of(args));
        otherSeed.addAll(List.of("--seed", "77"));
        Result refused = leadsim(otherSeed.toArray(String[]::new));
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().startsWith("error: " + out + " holds another experiment (seed "), refused.err());
        assertTrue(refused.err().contains(" there, 77 now; design_sha256 "), refused.err());
        assertTrue(refused.err().endsWith("resuming needs the same scenarios (or spec), seed, replicates, series and shard; choose another --out\n"),
                refused.err());
        assertArrayEquals(runsBefore, Files.readAllBytes(out.resolve("runs.csv")));
    }

    @Test
    void anInterruptedRunResumesToTheSameBytes() throws Exception {
        Path file = write("short.yaml", shortMm1());
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        for (Path out : List.of(whole, cut)) {
            assertEquals(0, leadsim("run", file.toString(), "--replicates", "4", "--threads", "2", "--out",
                    out.toString(), "--quiet").code());
        }
        // A crash after two rows, in the middle of writing the third: a torn last line in
        // runs.csv, a series file of a run that has no row yet, a temporary file half written,
        // and none of the files written at the end.
        List<String> rows = Files.readAllLines(cut.resolve("runs.csv"));
        Files.writeString(cut.resolve("runs.csv"), String.join("\n", rows.subList(0, 3)) + "\n"
                + rows.get(3).substring(0, rows.get(3).length() / 2));
        Files.writeString(cut.resolve("series/run-00000003.csv.gz.tmp"), "torn");
        for (String derived : List.of("summary.json", "series_long.csv.gz", "codebook.csv")) {
            Files.delete(cut.resolve(derived));
        }

        Result resumed = leadsim("run", file.toString(), "--replicates", "4", "--threads", "2", "--out", cut.toString(),
                "--quiet");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals("resumed " + cut + ": 2 of 4 replicates were done before\n", resumed.err());
        for (String name : List.of("runs.csv", "series_long.csv.gz", "summary.json", "codebook.csv",
                "series/run-00000002.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(cut.resolve(name)), name);
        }
        assertFalse(Files.exists(cut.resolve("series/run-00000003.csv.gz.tmp")));
    }

    @Test
    void overloadIsAWarningOnStderrAndInTheManifest() throws Exception {
        Path file = write("overloaded.yaml", OVERLOADED);
        String warning = "warning: " + file + OVERLOAD_WARNING + "\n";

        Result validate = leadsim("validate", file.toString());
        assertEquals(0, validate.code());
        assertEquals(warning, validate.err());

        Path out = dir.resolve("out");
        Result run = leadsim("run", file.toString(), "--replicates", "1", "--threads", "1", "--no-series",
                "--out", out.toString(), "--quiet");
        assertEquals(0, run.code(), run.err());
        assertEquals(warning, run.err());
        assertTrue(run.out().contains("of needs were still open at the end; the busiest role (decider) was busy 98%"),
                "the summary says the queue grew through the run: " + run.out());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(List.of(file + OVERLOAD_WARNING), texts(manifest.get("warnings")));
        assertFalse(Files.exists(out.resolve("series_long.csv.gz")));
        assertEquals(2, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    // --- helpers ------------------------------------------------------------------------

    private static List<String> gunzipLines(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n"));
        }
    }

    /** The shipped M/M/1 scenario over 2,000 days instead of 100,000. */
    private static String shortMm1() throws IOException {
        String text = Files.readString(MM1);
        String from = "horizon: {days: 100000, warmup_days: 1000}";
        assertTrue(text.contains(from), "mm1.yaml changed: update this test");
        return text.replace(from, "horizon: {days: 2000, warmup_days: 100}");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        assertTrue(array.isArray(), String.valueOf(array));
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
