package leadsim.experiment.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import leadsim.analysis.table.Csv;

/**
 * Every school seen: for a district run (two or more schools, or an office), the run's decision
 * measures per school and for the office, as tidy rows {@code run_id, school, measure, value} in
 * {@code schools_long.csv.gz}, beside the district totals of runs.csv. Each worker writes its
 * run's rows, gzipped, to {@code schools/run-N.csv.gz} (moved into place only when complete); the
 * parts are joined in run id order when the experiment is done, after a header member. Schools
 * come in the model's school order and measures in the model's order, so the bytes do not depend
 * on the thread count.
 */
public final class SchoolRows {
    public static final String DIR = "schools";
    static final String FILE = "schools_long.csv.gz";

    private SchoolRows() {}

    public static void write(Path dir, long runId, Map<String, Map<String, Object>> schools) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(Layout.runPart(runId));
        Path temp = dir.resolve(Layout.runPart(runId) + ".tmp");
        try (Writer out = new OutputStreamWriter(new SeriesFiles.FastGzip(new BufferedOutputStream(
                Files.newOutputStream(temp), 1 << 16)), StandardCharsets.UTF_8)) {
            for (var school : schools.entrySet()) {
                for (var measure : school.getValue().entrySet()) {
                    Object v = measure.getValue();
                    String value = v instanceof Number n ? Double.toString(n.doubleValue()) : String.valueOf(v);
                    out.write(Csv.row(java.util.List.of(Long.toString(runId), school.getKey(), measure.getKey(), value)));
                }
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** @param runIds the runs, ascending */
    static void join(Path dir, long[] runIds) throws IOException {
        GzipParts.join(dir.resolve(FILE), Csv.row(java.util.List.of("run_id", "school", "measure", "value")),
                dir.resolve(DIR), Layout::runPart, runIds);
    }
}
