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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every school seen in the result directory: a district run writes schools_long.csv.gz, one row
 * per run, school (by name, the office as `office`) and measure; the schools' needs add up to
 * the district's in runs.csv, and the bytes do not depend on the thread count.
 */
class SchoolRowsTest {
    @TempDir
    Path dir;

    @Test
    void aDistrictRunWritesEverySchoolByName() throws IOException {
        Path scenario = dir.resolve("district.yaml");
        String text = Files.readString(Path.of("..", "scenarios", "districts", "long-beach-distributed.yaml"));
        String shorter = text.replaceFirst("(?m)^(  days: )\\d+(.*)$", "$160$2");
        assertTrue(!shorter.equals(text), "the district file's horizon moved: update this test");
        Files.writeString(scenario, shorter);
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        for (var run : List.of(List.of(one.toString(), "1"), List.of(two.toString(), "2"))) {
            var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "2", "--no-series", "--quiet",
                    "--threads", run.get(1), "--out", run.get(0));
            assertEquals(0, r.code(), r.err());
        }
        assertArrayEquals(Files.readAllBytes(one.resolve("schools_long.csv.gz")),
                Files.readAllBytes(two.resolve("schools_long.csv.gz")), "the same bytes with 1 and 2 threads");
        Map<String, Double> raised = new LinkedHashMap<>();
        Map<String, Integer> schools = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(one.resolve("schools_long.csv.gz"))), StandardCharsets.UTF_8))) {
            assertEquals("run_id,school,measure,value", in.readLine());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f[2].equals("needs_raised") && !f[1].equals("district")) {
                    raised.merge(f[0], Double.parseDouble(f[3]), Double::sum);
                    schools.merge(f[0], 1, Integer::sum);
                }
            }
        }
        Table runs = Table.readCsv(one.resolve("runs.csv"));
        for (int r = 0; r < runs.rowCount(); r++) {
            String id = runs.get(r, "run_id");
            assertEquals(5, schools.get(id), "four schools and the office in run " + id);
            assertEquals(Double.parseDouble(runs.get(r, "needs_raised")), raised.get(id), 0.0, "run " + id);
        }
    }

    @Test
    void aDistrictOfSchoolsApartWritesTheSameBytesOnOneThreadAsOnTwo() throws IOException {
        Path scenario = dir.resolve("copies.yaml");
        String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
        String shorter = text.replaceFirst("(?m)^(  days: )\\d+(.*)$", "$160$2");
        assertTrue(!shorter.equals(text), "the school's horizon moved: update this test");
        Files.writeString(scenario, shorter + "\nschools:\n  - {name: north, copies: 3}\n");
        var validate = CliTest.leadsim("validate", scenario.toString());
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.out().contains("schools apart (no office, no district-scope needs, no events, innovation,"
                + " reform and turnover off): each school runs as a lane of its own, --threads of them at once"), validate.out());
        Path one = dir.resolve("lanes-one");
        Path two = dir.resolve("lanes-two");
        // one replicate: with two threads, the run's schools run as lanes on both
        for (var run : List.of(List.of(one.toString(), "1"), List.of(two.toString(), "2"))) {
            var r = CliTest.leadsim("run", scenario.toString(), "--replicates", "1", "--needs", "--quiet",
                    "--threads", run.get(1), "--out", run.get(0));
            assertEquals(0, r.code(), r.err());
        }
        for (String file : List.of("runs.csv", "schools_long.csv.gz", "series_long.csv.gz", "needs.csv.gz")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)),
                    file + ": the same bytes with 1 and 2 threads");
        }
    }
}
