package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's district section on the two Long Beach reform districts (120 days, the director
 * leaving on day 60, 3 replicates, same seed): the slowest and fastest schools it names are those
 * of schools_long.csv.gz, the small multiples of waiting needs and implementation are drawn, the
 * office's desks are rows of their own, the reform's survival is shown school by school; and in the
 * comparison, both districts' schools are ranked and counted school by school. The reports are kept
 * under {@code sim/target/district-reports/}.
 */
class DistrictReportTest {
    @TempDir
    static Path work;

    static Path distributed;
    /** The reports are kept here for a person to look at. */
    static final Path KEPT = Path.of("target", "district-reports");
    static Path hierarchical;

    @BeforeAll
    static void runBothDistricts() throws IOException {
        distributed = run("distributed");
        hierarchical = run("hierarchical");
    }

    private static Path run(String regime) throws IOException {
        String text = Files.readString(Path.of("..", "scenarios", "districts", "long-beach-reform-" + regime + ".yaml"));
        String shorter = text.replaceFirst("(?m)^(  days: )\\d+(.*)$", "$1120$2")
                .replace("{at_day: 180, type: leader_departs", "{at_day: 60, type: leader_departs");
        assertTrue(shorter.contains("days: 120") && shorter.contains("at_day: 60"), "the district file changed");
        Path scenario = work.resolve(regime + ".yaml");
        Files.writeString(scenario, shorter);
        Path dir = work.resolve(regime);
        var r = ReportCommandTest.leadsim("run", scenario.toString(), "--replicates", "3", "--threads", "2", "--seed",
                "5", "--quiet", "--out", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        return dir;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** Per school, the mean over runs of a measure, from schools_long.csv.gz. */
    static Map<String, Double> schoolMeans(Path dir, String measure) throws IOException {
        Map<String, double[]> sums = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("schools_long.csv.gz"))), StandardCharsets.UTF_8))) {
            assertEquals("run_id,school,measure,value", in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f[2].equals(measure) && !f[1].equals("office") && !f[1].equals("district")) {
                    double[] s = sums.computeIfAbsent(f[1], k -> new double[2]);
                    s[0] += Double.parseDouble(f[3]);
                    s[1]++;
                }
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((school, s) -> means.put(school, s[0] / s[1]));
        return means;
    }

    static String slowest(Map<String, Double> means) {
        return means.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static String fastest(Map<String, Double> means) {
        return means.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The school the page names as slowest and as fastest, in the sentence that starts with {@code lead}. */
    static String[] named(String html, String lead) {
        Matcher m = Pattern.compile(Pattern.quote(lead) + "</strong>Ranked by the mean time to decision counting every"
                + " need \\(restricted to a school year\\), the mean over \\d+ replicates? \\(latency_rmean\\), of \\d+"
                + " schools the slowest school was (\\S+) \\([0-9.]+ days\\).*?; the fastest was (\\S+) \\([0-9.]+"
                + " days\\)").matcher(html);
        assertTrue(m.find(), "no slowest-and-fastest sentence after " + lead);
        return new String[] {m.group(1), m.group(2)};
    }

    @Test
    void aDistrictRunNamesItsSlowestAndFastestSchoolsAndDrawsEachSchool() throws IOException {
        Path out = KEPT.resolve("district");
        var r = ReportCommandTest.leadsim("report", distributed.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>School by school</h2>"));
        Map<String, Double> latency = schoolMeans(distributed, "latency_rmean");
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson"), List.copyOf(latency.keySet()));
        String[] named = named(html, "Slowest and fastest schools");
        assertEquals(slowest(latency), named[0], "the slowest school, by schools_long.csv.gz: " + latency);
        assertEquals(fastest(latency), named[1], "the fastest school, by schools_long.csv.gz: " + latency);
        for (String figure : List.of("school-waiting", "school-implementation", "school-reform-survival")) {
            assertTrue(Files.isRegularFile(out.resolve("figures").resolve(figure + ".png")), figure);
        }
        assertTrue(html.contains("Shown: all 4 schools, slowest first"), "the panels say which schools they show");
        assertTrue(html.contains("so the differences between them come from chance and their place under the office"
                + " (which office desks serve them), not from how each school is run."), "what can make them differ");
        Table schools = Table.readCsv(out.resolve("tables").resolve("schools.csv"));
        assertEquals(List.of(named[0]), schools.filter("rank", "1").strings("school"));
        assertEquals(List.of("office"), schools.filter("rank", "").strings("school"), "the office has its own row");
        Table desks = Table.readCsv(out.resolve("tables").resolve("desks.csv"));
        assertEquals(List.of("office"), desks.filter("level", "project_director").strings("where"));
        assertEquals(List.of("schools"), desks.filter("level", "principal").strings("where"));
        assertTrue(html.contains("<td class=\"name\">project director (office)</td><td class=\"num\">1</td>"),
                "the director's desk, a row of its own");
        assertTrue(html.contains("Reform survival, school by school"), "survival per school");
        Table survival = Table.readCsv(out.resolve("tables").resolve("school-reform-survival.csv"));
        assertEquals(List.of("all 4 schools", "cabrillo", "jordan", "millikan", "wilson"),
                survival.strings("Schools"), "the schools pooled, then each on its own");
        assertEquals("12", survival.get(0, "School-replicates (champion left)"), "4 schools x 3 replicates");
    }

    @Test
    void aCompareDirectoryWithoutSeriesStillSeesEachSchool() throws IOException {
        Path dir = work.resolve("compare-dir");
        var r = ReportCommandTest.leadsim("compare", work.resolve("hierarchical.yaml").toString(),
                work.resolve("distributed.yaml").toString(), "--replicates", "2", "--threads", "2", "--seed", "5",
                "--quiet", "--no-series", "--report", "--out", dir.toString());
        assertEquals(0, r.exitCode(), () -> r.err() + read(dir.resolve("failures.csv")));
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<h2>School by school</h2>"));
        assertTrue(html.contains("(No daily series were kept (`leadsim compare --no-series` leaves them out), so the"
                + " schools&#39; queues through the year cannot be drawn; the tables above come from the runs&#39;"
                + " measures.)"), "no panels, and which option left the series out");
        assertTrue(html.contains("have no daily series (`leadsim compare --no-series` leaves them out), so queues over"
                + " time cannot be shown; the shares of waiting below can.)"), () -> "the same, for the queues: "
                + html.substring(html.indexOf("Where decisions pile up"), html.indexOf("Where decisions pile up") + 300));
        // the two scenarios' rows are one file here: point 1's runs are those of the distributed district
        Map<String, double[]> sums = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(dir.resolve("schools_long.csv.gz"))), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f[2].equals("latency_rmean") && Long.parseLong(f[0]) >= 2 && !f[1].equals("office")) {
                    double[] s = sums.computeIfAbsent(f[1], k -> new double[2]);
                    s[0] += Double.parseDouble(f[3]);
                    s[1]++;
                }
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((school, s) -> means.put(school, s[0] / s[1]));
        String[] named = named(html, "Slowest and fastest schools: long-beach-reform-distributed");
        assertEquals(slowest(means), named[0]);
        assertEquals(fastest(means), named[1]);
        assertFalse(Files.exists(dir.resolve("figures").resolve("school-waiting.png")));
    }

    @Test
    void aComparisonOfTwoDistrictsRanksBothAndCountsSchoolBySchool() throws IOException {
        Path out = KEPT.resolve("districts-compared");
        var r = ReportCommandTest.leadsim("report", "--compare", hierarchical.toString(), distributed.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        for (Path dir : List.of(hierarchical, distributed)) {
            String label = "long-beach-reform-" + dir.getFileName();
            Map<String, Double> latency = schoolMeans(dir, "latency_rmean");
            String[] named = named(html, "Slowest and fastest schools: " + label);
            assertEquals(slowest(latency), named[0], label);
            assertEquals(fastest(latency), named[1], label);
        }
        Map<String, Double> h = schoolMeans(hierarchical, "latency_rmean");
        Map<String, Double> d = schoolMeans(distributed, "latency_rmean");
        long longer = h.keySet().stream().filter(s -> d.get(s) > h.get(s)).count();
        long less = h.keySet().stream().filter(s -> d.get(s) < h.get(s)).count();
        assertTrue(html.contains("needs waited longer in the long-beach-reform-distributed scenario than in the"
                + " long-beach-reform-hierarchical scenario in " + longer + " of 4 schools, and less in " + less),
                "the school-by-school count, both directions");
        assertTrue(Files.isRegularFile(out.resolve("figures").resolve("school-waiting.png")), "one chart, both lines");
        assertFalse(Files.exists(out.resolve("figures").resolve("school-waiting-long-beach-reform-distributed.png")));
        assertTrue(html.contains("In no school did the reform end within the run: every curve stays at 1."),
                "60 days after the director left, every school still runs the reform: "
                        + schoolMeans(distributed, "reform_censored") + " " + schoolMeans(hierarchical, "reform_censored"));
        assertFalse(html.contains("Log-rank test of equal survival over schools"), "no test without an event");
        assertTrue(Files.isRegularFile(out.resolve("tables").resolve("desks-long-beach-reform-hierarchical.csv")));
    }
}
