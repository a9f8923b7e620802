package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Series per school in the tidy series: a district run writes, day by day after the district's
 * rows, each school's and the office's daily measures with the school's name as the unit; the
 * schools' waiting needs add up to the district's queues every day; the codebook lists them; the
 * bytes do not depend on the thread count; a single school writes none.
 */
class SchoolSeriesFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDistrictWritesEverySchoolsSeriesByName() throws IOException {
        Path scenario = dir.resolve("district.yaml");
        String text = Files.readString(Path.of("..", "scenarios", "districts", "long-beach-reform-distributed.yaml"));
        String shorter = text.replaceFirst("(?m)^(  days: )\\d+(.*)$", "$140$2")
                .replace("{at_day: 180, type: leader_departs", "{at_day: 20, type: leader_departs");
        assertTrue(shorter.contains("at_day: 20") && shorter.contains("days: 40"), "the district file changed: update this test");
        Files.writeString(scenario, shorter);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        for (var run : List.of(List.of(one.toString(), "1"), List.of(two.toString(), "2"))) {
            var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "2", "--quiet", "--threads", run.get(1),
                    "--out", run.get(0));
            assertEquals(0, r.code(), () -> r.err() + failures(Path.of(run.get(0))));
        }
        for (String file : List.of("series_long.csv.gz", "codebook.csv", "series/run-00000001.long.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
                    file + ": the same bytes with 1 and 2 threads");
        }
        // run, day -> needs waiting: at the district's desks (queue_<level>), and summed over the schools' rows
        Map<String, double[]> waiting = new TreeMap<>();
        Set<String> units = new LinkedHashSet<>();
        Set<String> measures = new LinkedHashSet<>();
        try (BufferedReader in = reader(one.resolve("series_long.csv.gz"))) {
            assertEquals("run_id,day,warmup,measure,unit,value", in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                double[] pair = waiting.computeIfAbsent(f[0] + "/" + f[1], k -> new double[2]);
                if (f[3].equals("queue")) {
                    pair[0] += Double.parseDouble(f[5]);
                } else if (f[3].equals("waiting")) {
                    pair[1] += Double.parseDouble(f[5]);
                    units.add(f[4]);
                }
                if (List.of("cabrillo", "office").contains(f[4])) {
                    measures.add(f[3] + "@" + f[4]);
                }
            }
        }
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson", "office"), List.copyOf(units));
        assertEquals(2 * 40, waiting.size(), "two runs of 40 days");
        waiting.forEach((day, pair) -> assertEquals(pair[0], pair[1], 0.0, "needs waiting, run/day " + day));
        assertTrue(waiting.values().stream().anyMatch(p -> p[1] > 0), "needs waited");
        assertEquals(List.of("waiting@cabrillo", "decisions@cabrillo", "gave_up@cabrillo", "latency_mean@cabrillo",
                "implementation@cabrillo", "reform_alive@cabrillo", "waiting@office", "decisions@office",
                "gave_up@office", "latency_mean@office"), List.copyOf(measures), "the office has no implementation");
        Table codebook = Table.readCsv(one.resolve("codebook.csv"));
        Table perSchool = codebook.filter("file", "series_long");
        assertEquals(List.of("waiting", "decisions", "gave_up", "latency_mean", "implementation", "reform_alive"),
                perSchool.strings("column"));
        assertEquals(Set.of("school"), Set.copyOf(perSchool.strings("unit_of")));
    }

    @Test
    void aSingleSchoolWritesNoSchoolSeries() throws IOException {
        Path scenario = dir.resolve("school.yaml");
        String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
        Files.writeString(scenario, text.replaceFirst("(?m)^(\\s+days:)\\s*180\\b", "$1 20"));
        Path out = dir.resolve("school");
        var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "1", "--quiet", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (BufferedReader in = reader(out.resolve("series_long.csv.gz"))) {
            assertTrue(in.lines().noneMatch(line -> line.contains(",waiting,") || line.contains(",decisions,")));
        }
        assertEquals(0, Table.readCsv(out.resolve("codebook.csv")).filter("file", "series_long").rowCount());
    }

    private static String failures(Path out) {
        try {
            return Files.readString(out.resolve("failures.csv"));
        } catch (IOException e) {
            return "";
        }
    }

    private static BufferedReader reader(Path gz) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8));
    }
}
