package leadsim.experiment.store;

import leadsim.analysis.table.Csv;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import leadsim.experiment.design.Cells;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.RunOutcome;
import leadsim.experiment.run.Shard;

/**
 * The result directory of a sweep or comparison (or one shard of it):
 * <pre>
 * manifest.json   how it was made (written whole, atomically)
 * runs.csv        one complete line per finished run, in completion order
 * failures.csv    runs that threw in the latest attempt: run id, point, replicate, seed, error
 * series/         per run, run-NNNNNNNN.csv.gz (when series are kept)
 * .lock           held while a process writes here
 * </pre>
 *
 * <p>Crash safety: a run's series file is renamed into place before its row is appended, and
 * a row is one unbuffered write of a whole line, so after a kill (even -9) the only damage
 * possible is a torn last line, which {@link #open} cuts off before resuming. Opening a
 * directory that already holds the same experiment (same design hash, same shard) resumes
 * it: completed run ids are skipped, failed ones retried.
 *
 * <p>Memory: one bit per run of the experiment for "done", nothing per row.
 */
public final class ResultStore implements Closeable {
    public static final String RUNS = Layout.RUNS;
    public static final String FAILURES = Layout.FAILURES;
    public static final String MANIFEST = Layout.MANIFEST;
    static final String LOCK = Layout.LOCK;
    static final List<String> FAILURE_HEADER = Layout.FAILURE_HEADER;

    private final Path dir;
    private Manifest manifest;
    private final BitSet done;
    private final long resumed;
    private final FileChannel lockFile;
    private final FileLock lock;
    private OutputStream runs;
    private OutputStream failures;

    private ResultStore(Path dir, Manifest manifest, BitSet done, long resumed, FileChannel lockFile,
                        FileLock lock, OutputStream runs, OutputStream failures) {
        this.dir = dir;
        this.manifest = manifest;
        this.done = done;
        this.resumed = resumed;
        this.lockFile = lockFile;
        this.lock = lock;
        this.runs = runs;
        this.failures = failures;
    }

    /**
     * Creates the directory's files, or resumes the same experiment found there.
     *
     * @param manifest what to record; {@code design_sha256}, {@code shard} and {@code shards} identify the experiment
     */
    public static ResultStore open(Path dir, CheckedExperiment checked, Shard shard, Manifest manifest)
            throws IOException, StoreException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a directory; choose another --out");
        }
        Files.createDirectories(dir);
        FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockFile.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockFile.close();
            throw new StoreException("another leadsim process is writing " + dir + "; wait for it or choose another --out");
        }
        try {
            return openLocked(dir, checked, shard, manifest, lockFile, lock);
        } catch (IOException | StoreException | RuntimeException e) {
            lock.release();
            lockFile.close();
            throw e;
        }
    }

    private static ResultStore openLocked(Path dir, CheckedExperiment checked, Shard shard, Manifest manifest,
                                          FileChannel lockFile, FileLock lock) throws IOException, StoreException {
        Path manifestFile = dir.resolve(MANIFEST);
        Path runsFile = dir.resolve(RUNS);
        Manifest recorded = manifest;
        if (Files.exists(manifestFile)) {
            Manifest old = Manifest.read(manifestFile);
            checkSame(dir, old, manifest);
            recorded = manifest.resuming(old);
        } else if (Files.exists(runsFile)) {
            throw new StoreException(dir + " holds runs.csv but no manifest.json, so it cannot be resumed; choose another --out");
        }
        Files.createDirectories(dir.resolve(SeriesFiles.DIR));
        removeTempFiles(dir);
        removeTempFiles(dir.resolve(SeriesFiles.DIR));
        AtomicFiles.write(manifestFile, recorded.json());

        String header = Csv.row(checked.header());
        BitSet done = new BitSet();
        long resumed = 0;
        if (Files.exists(runsFile)) {
            RunsFile.dropTornTail(runsFile);
            String first = RunsFile.firstLine(runsFile);
            if (first == null) {
                Files.write(runsFile, new byte[0]);
            } else if (!(first + "\n").equals(header)) {
                throw new StoreException(dir.resolve(RUNS) + " has other columns than this experiment;"
                        + " it was written by another leadsim version; choose another --out");
            } else {
                long total = checked.experiment().runs();
                long[] count = {0};
                RunsFile.forEachLine(runsFile, (line, offset) -> {
                    if (offset == 0) {
                        return;
                    }
                    long id = RunsFile.runId(line);
                    if (id < 0 || id >= total || !shard.owns(id) || done.get((int) id)) {
                        throw new IOException(runsFile + ": unexpected run id " + id + " (outside " + shard
                                + " of " + total + " runs, or twice); the file was changed by hand");
                    }
                    done.set((int) id);
                    count[0]++;
                });
                resumed = count[0];
            }
        }
        OutputStream runs = Files.newOutputStream(runsFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (Files.size(runsFile) == 0) {
            runs.write(header.getBytes(StandardCharsets.UTF_8));
        }
        // Failed runs are retried, so only the latest attempt's failures are listed.
        AtomicFiles.write(dir.resolve(FAILURES), Csv.row(FAILURE_HEADER));
        OutputStream failures = Files.newOutputStream(dir.resolve(FAILURES), StandardOpenOption.APPEND);
        return new ResultStore(dir, recorded, done, resumed, lockFile, lock, runs, failures);
    }

    private static void checkSame(Path dir, Manifest old, Manifest now) throws StoreException {
        Object[][] identity = {
                {"kind", old.provenance().kind(), now.provenance().kind()},
                {"design_sha256", old.setup().designSha256(), now.setup().designSha256()},
                {"shard", old.setup().shard(), now.setup().shard()},
                {"shards", old.setup().shards(), now.setup().shards()}};
        for (Object[] key : identity) {
            if (differs(key)) {
                throw new StoreException(dir + " holds another experiment (" + settingsThatDiffer(old, now) + key[0]
                        + " " + key[1] + ", now " + key[2] + "); resuming needs the same scenarios (or spec), seed,"
                        + " replicates, series and shard; choose another --out");
            }
        }
    }

    /**
     * The settings a user chose that differ, as "seed 2026 there, 7 now; ", so the refusal says
     * what to change back and not only that a hash moved; empty when none of these differ.
     */
    static String settingsThatDiffer(Manifest old, Manifest now) {
        Manifest.Details was = old.details();
        Manifest.Details is = now.details();
        Object[][] settings = {
                {"name", old.setup().name(), now.setup().name()},
                {"seed", old.setup().masterSeed(), now.setup().masterSeed()},
                {"replicates", old.setup().replicates(), now.setup().replicates()},
                {"points", old.setup().points(), now.setup().points()},
                {"series", was == null ? null : was.series(), is == null ? null : is.series()},
                {"scenario file's sha256", was == null ? null : was.scenarioSha256(),
                        is == null ? null : is.scenarioSha256()},
                {"spec file's sha256", was == null ? null : was.specSha256(), is == null ? null : is.specSha256()}};
        StringBuilder differ = new StringBuilder();
        for (Object[] setting : settings) {
            if (differs(setting)) {
                differ.append(setting[0]).append(' ').append(setting[1]).append(" there, ").append(setting[2])
                        .append(" now; ");
            }
        }
        return differ.toString();
    }

    /** Whether a {name, there, now} entry's two values differ, as the manifest writes them. */
    private static boolean differs(Object[] entry) {
        return !String.valueOf(entry[1]).equals(String.valueOf(entry[2]));
    }

    private static void removeTempFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "*.tmp")) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public Path seriesDir() {
        return dir.resolve(SeriesFiles.DIR);
    }

    /** Whether a run's row is already in runs.csv. */
    public boolean isDone(long runId) {
        return done.get((int) runId);
    }

    /** Rows found in runs.csv when the store was opened. */
    public long resumedRuns() {
        return resumed;
    }

    /** Appends the run's row, or its failure; each as one write of one whole line. */
    public void record(RunOutcome outcome) throws IOException {
        if (outcome.failed()) {
            String line = Csv.row(List.of(outcome.runId(), outcome.point(), outcome.replicate(), outcome.seed(),
                    Cells.oneLine(outcome.error())));
            failures.write(line.getBytes(StandardCharsets.UTF_8));
        } else {
            runs.write(outcome.row().getBytes(StandardCharsets.UTF_8));
            done.set((int) outcome.runId());
        }
    }

    /** Closes the files and records how the attempt ended. */
    public void finish(String finished, long runsDone, long runsFailed, double seconds, long peakRssMb) throws IOException {
        closeFiles();
        manifest = manifest.ended(finished, runsDone, runsFailed, seconds, peakRssMb);
        AtomicFiles.write(dir.resolve(MANIFEST), manifest.json());
    }

    private void closeFiles() throws IOException {
        if (runs != null) {
            runs.close();
            runs = null;
        }
        if (failures != null) {
            failures.close();
            failures = null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            closeFiles();
        } finally {
            if (lock.isValid()) {
                lock.release();
            }
            lockFile.close();
        }
    }
}
