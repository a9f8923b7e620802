package leadsim.experiment.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import leadsim.experiment.run.RunTask;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;

/**
 * The needs log of {@code leadsim run --needs}: each worker writes its run's rows, gzipped, to
 * {@code needs/run-N.csv.gz} (through a {@code .tmp} file moved into place only when the run is
 * complete, so a crash leaves no half log); when every run is done they are joined into
 * {@code needs.csv.gz} by copying bytes after a gzip member holding the header, in run id order.
 * One row per need raised after the warm-up: {@code run_id} and the columns of {@link NeedsCsv}.
 */
public final class NeedsFiles {
    private NeedsFiles() {}

    /** Runs the model with its needs log going to the task's file. */
    public static RunResult run(RunTask task) throws IOException {
        Path file = task.needsFile();
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        RunResult result;
        try (Writer out = new OutputStreamWriter(new SeriesFiles.FastGzip(new BufferedOutputStream(
                Files.newOutputStream(temp), 1 << 16)), StandardCharsets.UTF_8)) {
            SchoolSim sim = task.simulation();
            sim.logNeeds(NeedsCsv.rowsOfRun(out, task.runId()));
            result = sim.run();
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }

    /** Joins the runs' parts into needs.csv.gz. @param runIds the runs, ascending */
    static void join(Path dir, long[] runIds) throws IOException {
        GzipParts.join(dir.resolve(Layout.NEEDS), "run_id," + String.join(",", NeedsCsv.COLUMNS) + "\n",
                dir.resolve(Layout.NEEDS_DIR), Layout::runPart, runIds);
    }
}
