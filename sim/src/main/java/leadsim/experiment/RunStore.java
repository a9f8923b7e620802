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
    private final List<ReplicateRun> completed = new ArrayList<>();

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
        // The series first, then the row: a replicate counts as done only once its row is
        // complete, and by then its days are on disk.
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
        List<Object> row = new ArrayList<>(List.of(run.replicate(), run.seed()));
        for (String column : metricColumns) {
            row.add(result.metrics().get(column));
        }
        runs.write(Csv.row(row));
        runs.flush();
    }

    /**
     * Reopens the files of an interrupted run: keeps the complete rows of runs.csv (a torn last
     * line is cut), keeps in series.csv only the days of those replicates, and appends from
     * there. {@link #completed()} gives the replicates already done.
     */
    public static RunStore resume(Path dir, Map<String, Object> manifest) throws IOException {
        RunStore store = new RunStore(dir, manifest);
        Path runsFile = dir.resolve("runs.csv");
        List<String> lines = completeLines(runsFile);
        if (lines.isEmpty()) {
            Files.deleteIfExists(runsFile);
            Files.deleteIfExists(dir.resolve("series.csv"));
            store.writeManifest();
            return store;
        }
        List<String> header = CsvLine.split(lines.get(0));
        store.metricColumns = new ArrayList<>(header.subList(2, header.size()));
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CsvLine.split(line);
            done.add(cells.get(0));
            Map<String, Object> metrics = new LinkedHashMap<>();
            for (int c = 2; c < cells.size(); c++) {
                metrics.put(header.get(c), parsed(cells.get(c)));
            }
            store.completed.add(new ReplicateRun(Integer.parseInt(cells.get(0)), Long.parseLong(cells.get(1)),
                    new RunResult(metrics, List.of(), new double[0][], 0)));
        }
        AtomicFiles.write(runsFile, String.join("\n", lines) + "\n");
        store.runs = Files.newBufferedWriter(runsFile, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path seriesFile = dir.resolve("series.csv");
        if (Files.exists(seriesFile)) {
            List<String> days = completeLines(seriesFile);
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < days.size(); i++) {
                String line = days.get(i);
                if (i == 0 || done.contains(line.substring(0, Math.max(0, line.indexOf(','))))) {
                    kept.append(line).append('\n');
                }
            }
            AtomicFiles.write(seriesFile, kept.toString());
            store.series = Files.newBufferedWriter(seriesFile, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
        store.writeManifest();
        return store;
    }

    /** Replicates found complete when the store was resumed, in replicate order. */
    public List<ReplicateRun> completed() {
        return List.copyOf(completed);
    }

    private static List<String> completeLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return new ArrayList<>(List.of(text.substring(0, end).split("\n", -1)));
    }

    /** A cell as the model reported it: a number (NaN included) or text such as a role's name. */
    private static Object parsed(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return cell;
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
