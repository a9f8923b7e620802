package leadsim.cli;

import static leadsim.cli.CliTest.leadsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadsim bench --ladder} as users call it: tiny rungs, the table and the CSV; wrong options refused. */
class BenchLadderCommandTest {
    private static final String SCHOOL = "../scenarios/distributed.yaml";

    @TempDir
    Path dir;

    @Test
    void printsTheTableAndWritesTheCsv() throws Exception {
        Path csv = dir.resolve("ladder.csv");
        CliTest.Result r = leadsim("bench", "--ladder", "--scenario", SCHOOL, "--rungs", "1,3", "--days", "15",
                "--min-seconds", "0", "--warmup", "2", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("s/school-year") && r.out().contains("model/bare") && r.out().contains("live peak MB"), r.out());
        assertTrue(r.out().contains("flatness: s/school-year over the 1-school rung's"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("schools,school_years,threads,runs,event_times_per_run,events_per_run,events_per_second,"), lines.get(0));
        assertTrue(lines.get(2).startsWith("3,"), lines.get(2));
    }

    @Test
    void refusesWhatItCannotDo() {
        CliTest.Result threads = leadsim("bench", "--ladder", "--threads", "0", "--rungs", "1");
        assertEquals(2, threads.code());
        assertTrue(threads.err().contains("--threads must be >= 1 (got 0)"), threads.err());
        CliTest.Result down = leadsim("bench", "--ladder", "--rungs", "10,1");
        assertEquals(2, down.code());
        assertTrue(down.err().contains("--rungs must go up"), down.err());
        CliTest.Result alone = leadsim("bench", "--rungs", "1,3");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--rungs goes with --ladder"), alone.err());
        CliTest.Result mixed = leadsim("bench", "--ladder", "--runs", "5");
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--runs does not go with --ladder"), mixed.err());
        CliTest.Result noFolder = leadsim("bench", "--ladder", "--csv", dir.resolve("no/such/ladder.csv").toString());
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("there is no folder"), noFolder.err());
    }

    @Test
    void againstRefusesWhatItCannotCompare() throws Exception {
        CliTest.Result missing = leadsim("bench", "--against", dir.resolve("main.jar").toString(), "--scenario", SCHOOL);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--against " + dir.resolve("main.jar") + ": there is no such file"), missing.err());
        CliTest.Result notABuild = leadsim("bench", "--against", SCHOOL, "--scenario", SCHOOL);
        assertEquals(2, notABuild.code());
        assertTrue(notABuild.err().contains("--against " + SCHOOL + ": not a leadsim build this can run"
                + " (leadsim.scenario.Scenario is missing;"), notABuild.err());
        CliTest.Result both = leadsim("bench", "--against", SCHOOL, "--ladder");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--against does not go with --ladder"), both.err());
        CliTest.Result alone = leadsim("bench", "--blocks", "3");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("--blocks goes with --against"), alone.err());
        CliTest.Result few = leadsim("bench", "--against", SCHOOL, "--blocks", "1");
        assertEquals(2, few.code());
        assertTrue(few.err().contains("--blocks >= 2"), few.err());
        assertTrue(!missing.err().contains("Exception") && !notABuild.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aDistrictWithAnOfficeCopiesItsFirstSchoolUnderThatOffice() throws Exception {
        Path csv = dir.resolve("office.csv");
        CliTest.Result r = leadsim("bench", "--ladder", "--scenario", "../scenarios/districts/long-beach-distributed.yaml",
                "--rungs", "1,3", "--days", "12", "--min-seconds", "0", "--warmup", "0", "--threads", "2", "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("bench --ladder: districts of copies of its first school (cabrillo) under its office of"
                + " ../scenarios/districts/long-beach-distributed.yaml (long-beach-distributed)"), r.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("3,0.200,1,"), "3 schools of 12 days, on one schedule and one thread: " + lines.get(2));
    }
}
