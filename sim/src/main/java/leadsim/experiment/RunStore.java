package leadsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.model.RunResult;
import leadsim.scenario.ScenarioMapper;

/**
 * The files of a {@code leadsim run}: {@code manifest.json} first, then one complete row per
 * finished replicate in {@code runs.csv} and its days in {@code series.csv} (flushed at once),
 * and at the end {@code summary.json}. Whole files are replaced atomically.
 */
public final class RunStore implements Closeable {
    private static final ObjectMapper JSON = ScenarioMapper.json();

    private final Path dir;
    private final Map<String, Object> manifest;
    private BufferedWriter runs;
    private BufferedWriter series;
    private List<String> metricColumns;

    private RunStore(Path dir, Map<String, Object> manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    public static RunStore create(Path dir, Map<String, Object> manifest) throws IOException {
        Files.createDirectories(dir);
        RunStore store = new RunStore(dir, manifest);
        store.writeManifest();
        return store;
    }

    public Path dir() {
        return dir;
    }

    public void append(ReplicateRun run) throws IOException {
        RunResult result = run.result();
        if (runs == null) {
            metricColumns = new ArrayList<>(result.metrics().keySet());
            runs = Files.newBufferedWriter(dir.resolve("runs.csv"), StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>(List.of("replicate", "seed"));
            header.addAll(metricColumns);
            runs.write(Csv.row(header));
            if (!result.seriesColumns().isEmpty()) {
                series = Files.newBufferedWriter(dir.resolve("series.csv"), StandardCharsets.UTF_8);
                List<String> seriesHeader = new ArrayList<>(List.of("replicate", "seed"));
                seriesHeader.addAll(result.seriesColumns());
                series.write(Csv.row(seriesHeader));
            }
        }
        List<Object> row = new ArrayList<>(List.of(run.replicate(), run.seed()));
        for (String column : metricColumns) {
            row.add(result.metrics().get(column));
        }
        runs.write(Csv.row(row));
        runs.flush();
        if (series != null) {
            StringBuilder block = new StringBuilder();
            for (double[] day : result.series()) {
                List<Object> cells = new ArrayList<>(List.of(run.replicate(), run.seed()));
                for (double v : day) {
                    cells.add(v);
                }
                block.append(Csv.row(cells));
            }
            series.write(block.toString());
            series.flush();
        }
    }

    /** Per numeric metric: n, mean, sd, 95% t-interval, median, quartiles; per text metric: counts. */
    public static Map<String, Object> summarise(List<ReplicateRun> done) {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (done.isEmpty()) {
            return summary;
        }
        for (String metric : done.get(0).result().metrics().keySet()) {
            Object first = done.get(0).result().metrics().get(metric);
            if (first instanceof Number) {
                double[] values = done.stream().mapToDouble(r -> ((Number) r.result().metrics().get(metric)).doubleValue()).toArray();
                ReplicateSummary s = ReplicateSummary.of(values);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("n", s.n());
                m.put("mean", s.mean());
                m.put("sd", s.sd());
                m.put("ci95_low", s.ciLow());
                m.put("ci95_high", s.ciHigh());
                m.put("median", s.median());
                m.put("q1", s.q1());
                m.put("q3", s.q3());
                summary.put(metric, m);
            } else {
                Map<String, Integer> counts = new TreeMap<>();
                done.forEach(r -> counts.merge(String.valueOf(r.result().metrics().get(metric)), 1, Integer::sum));
                summary.put(metric, Map.of("counts", counts));
            }
        }
        return summary;
    }

    public void finish(List<ReplicateRun> done, String endTime) throws IOException {
        close();
        AtomicFiles.write(dir.resolve("summary.json"), JSON.writeValueAsString(nanAsNull(summarise(done))));
        manifest.put("finished", endTime);
        manifest.put("replicates_completed", done.size());
        writeManifest();
    }

    private void writeManifest() throws IOException {
        AtomicFiles.write(dir.resolve("manifest.json"), JSON.writeValueAsString(manifest));
    }

    /** JSON has no NaN: an undefined statistic (sd of one run) is written as null. */
    @SuppressWarnings("unchecked")
    private static Object nanAsNull(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, nanAsNull(v)));
            return copy;
        }
        return value;
    }

    @Override
    public void close() throws IOException {
        if (runs != null) {
            runs.close();
            runs = null;
        }
        if (series != null) {
            series.close();
            series = null;
        }
    }
}
