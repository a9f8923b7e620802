package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.RunFunction;
import leadsim.experiment.run.Shard;
import leadsim.experiment.run.SweepReport;
import leadsim.scenario.ScenarioMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crash safety: whatever a kill leaves is readable, and running again completes without duplicates. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    @Test
    void aTornLastLineIsCutAndTheSweepResumesWithoutDuplicates() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Fixtures.spec(tmp, Fixtures.SPEC));
        Path reference = tmp.resolve("reference");
        Fixtures.run(checked, reference, Shard.ALL, 2, RunFunction.MODEL);

        // A crash in the middle of appending row 11: ten complete rows and half a line.
        Path crashed = tmp.resolve("crashed");
        Fixtures.run(checked, crashed, Shard.ALL, 2, RunFunction.MODEL);
        Path runs = crashed.resolve(ResultStore.RUNS);
        List<String> lines = Files.readAllLines(runs);
        long cut = 0;
        for (String line : lines.subList(0, 11)) {
            cut += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        cut += lines.get(11).length() / 2;
        try (FileChannel channel = FileChannel.open(runs, StandardOpenOption.WRITE)) {
            channel.truncate(cut);
        }
        // ... with the series of unfinished runs not yet renamed into place (one half written)
        List<Long> kept = lines.subList(1, 11).stream().map(RunsFile::runId).toList();
        for (long id = 0; id < 24; id++) {
            if (!kept.contains(id)) {
                Files.delete(crashed.resolve("series").resolve(SeriesFiles.name(id)));
            }
        }
        Files.write(crashed.resolve("series").resolve(SeriesFiles.name(23) + ".tmp"), new byte[] {31, -117, 8});

        SweepReport resumed = Fixtures.run(checked, crashed, Shard.ALL, 2, RunFunction.MODEL);

        assertEquals(10, resumed.skipped());
        assertEquals(14, resumed.completed());
        List<Long> ids = Fixtures.runIds(crashed);
        assertEquals(24, ids.size());
        assertEquals(24, new HashSet<>(ids).size(), "no run id twice");
        assertEquals(Fixtures.sortedRuns(reference), Fixtures.sortedRuns(crashed));
        Fixtures.assertSameFiles(reference.resolve("series"), crashed.resolve("series"));
    }

    @Test
    void runningACompleteSweepAgainChangesNothing() throws Exception {
        CheckedExperiment checked = Fixtures.checked(Fixtures.spec(tmp, Fixtures.SPEC));
        Path dir = tmp.resolve("out");
        Fixtures.run(checked, dir, Shard.ALL, 2, RunFunction.MODEL);
        byte[] before = Files.readAllBytes(dir.resolve(ResultStore.RUNS));
        SweepReport again = Fixtures.run(checked, dir, Shard.ALL, 1, RunFunction.MODEL);
        assertEquals(24, again.skipped());
        assertEquals(0, again.completed());
        assertEquals(new String(before), Files.readString(dir.resolve(ResultStore.RUNS)));
        assertTrue(ScenarioMapper.json().readTree(dir.resolve(ResultStore.MANIFEST).toFile()).path("resumed").isArray());
    }

    @Test
    void aDirectoryHoldingAnotherExperimentIsRefused() throws Exception {
        Path spec = Fixtures.spec(tmp, Fixtures.SPEC);
        Path dir = tmp.resolve("out");
        Fixtures.run(Fixtures.checked(spec), dir, Shard.ALL, 2, RunFunction.MODEL);
        Files.writeString(spec, Fixtures.SPEC.replace("seed: 42", "seed: 43"));
        CheckedExperiment other = Fixtures.checked(spec);
        StoreException e = assertThrows(StoreException.class,
                () -> Fixtures.run(other, dir, Shard.ALL, 2, RunFunction.MODEL));
        assertTrue(e.getMessage().startsWith(dir + " holds another experiment (seed 42 there, 43 now; spec file's sha256 "),
                e.getMessage());
        assertTrue(e.getMessage().contains(" now; design_sha256 "), e.getMessage());
        // and on the command line it is bad input: exit 2
        Fixtures.Cli cli = Fixtures.cli("sweep", spec.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(2, cli.exit());
    }

    /** The real thing: a separate JVM killed with SIGKILL in the middle of a sweep. */
    @Test
    void killMinus9LeavesReadableFilesAndTheSameCommandResumes() throws Exception {
        String slowSpec = Fixtures.SPEC.replace("replicates: 4", "replicates: 40")
                .replace("name: small", "name: slow\nset: {horizon.days: 2000}");
        Path spec = Fixtures.spec(tmp, slowSpec);
        Path dir = tmp.resolve("killed");
        Process sweep = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "leadsim.cli.Main",
                "sweep", spec.toString(), "--out", dir.toString(), "--threads", "2", "--quiet")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Path runs = dir.resolve(ResultStore.RUNS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rows(runs) < 30 && sweep.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        sweep.destroyForcibly(); // SIGKILL on Linux
        sweep.waitFor();
        long done = rows(runs);
        assertTrue(done >= 30 && done < 240, "killed mid-sweep after " + done + " rows; log: "
                + Files.readString(tmp.resolve("killed.log")));

        // Every file left is readable: the manifest parses, every series file decompresses.
        ScenarioMapper.json().readTree(dir.resolve(ResultStore.MANIFEST).toFile());
        try (Stream<Path> files = Files.list(dir.resolve("series"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".tmp")).toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    in.readAllBytes();
                }
            }
        }

        Fixtures.Cli again = Fixtures.cli("sweep", spec.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
        assertEquals(0, again.exit(), again.err());
        List<Long> ids = Fixtures.runIds(dir);
        assertEquals(240, ids.size());
        assertEquals(240, new HashSet<>(ids).size(), "no run id twice");
        Path reference = tmp.resolve("reference");
        Fixtures.run(Fixtures.checked(spec), reference, Shard.ALL, 2, RunFunction.MODEL);
        assertEquals(Fixtures.sortedRuns(reference), Fixtures.sortedRuns(dir));
    }

    /** Complete rows in a runs.csv being written (0 before it exists). */
    private static long rows(Path runs) throws IOException {
        if (!Files.exists(runs)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(runs);
        long lines = 0;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        return Math.max(0, lines - 1);
    }
}
