package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;
import leadsim.scenario.ScenarioMapper;

/**
 * The result directory of {@code leadsim compare} or {@code leadsim sweep}, as read back:
 *
 * <pre>
 * manifest.json   "kind": "compare" or "sweep"; "factor_columns"; for a comparison "scenarios"
 *                 (label, file, sha256, resolved), for a sweep "factors" and "sampling"
 * runs.csv        run_id, point, replicate, seed, the factor columns, then the metrics
 * series/         run-NNNNNNNN.csv.gz per run, when series were kept
 * </pre>
 *
 * A comparison's design point k is its k-th scenario (the first is the baseline); its factor
 * column {@code scenario} holds the label.
 *
 * @param dir          the directory
 * @param manifest     manifest.json
 * @param runs         runs.csv
 * @param factors      the factor columns of runs.csv, in order
 */
record ExperimentDir(Path dir, JsonNode manifest, Table runs, List<String> factors) {

    static final List<String> RUN_COLUMNS = List.of("run_id", "point", "replicate", "seed");

    /** Reads the directory if its manifest is of {@code kind} and runs.csv has the run columns. */
    static ExperimentDir read(Path dir, JsonNode manifest) throws ReportInputException {
        Path runsFile = dir.resolve("runs.csv");
        String kind = manifest.path("kind").asText();
        if (!Files.isRegularFile(runsFile)) {
            throw new ReportInputException(dir + " is a " + kind + " directory without runs.csv: no run has finished yet");
        }
        Table runs;
        try {
            runs = Table.readCsv(runsFile);
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportInputException("cannot read " + runsFile + ": " + e.getMessage());
        }
        for (String column : RUN_COLUMNS) {
            if (!runs.hasColumn(column)) {
                throw new ReportInputException(runsFile + " has no '" + column + "' column; it was not written by"
                        + " `leadsim " + kind + "`");
            }
        }
        if (runs.rowCount() == 0) {
            throw new ReportInputException(runsFile + " has no finished run yet");
        }
        List<String> factors = new ArrayList<>();
        manifest.path("factor_columns").forEach(f -> factors.add(f.asText()));
        if (factors.isEmpty() && kind.equals("compare")) {
            factors.add("scenario");
        }
        for (String factor : factors) {
            if (!runs.hasColumn(factor)) {
                throw new ReportInputException(runsFile + " has no column for the factor '" + factor + "'");
            }
        }
        return new ExperimentDir(dir, manifest, runs, factors);
    }

    String kind() {
        return manifest.path("kind").asText();
    }

    /** A comparison's scenarios as run directories would hold them, baseline first. */
    List<RunData> scenarios() throws ReportInputException {
        Map<String, Table> byPoint = runs.groupBy("point");
        List<String> points = new ArrayList<>(byPoint.keySet());
        points.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        JsonNode described = manifest.path("scenarios");
        List<RunData> out = new ArrayList<>();
        for (String point : points) {
            Table table = byPoint.get(point);
            int p = Integer.parseInt(point);
            JsonNode scenario = described.path(p);
            String label = scenario.path("label").asText(table.hasColumn("scenario") ? table.get(0, "scenario")
                    : "scenario " + point);
            ObjectNode m = ScenarioMapper.json().createObjectNode();
            m.put("kind", "run");
            m.put("scenario_name", label);
            m.put("scenario_file", scenario.path("file").asText(""));
            m.put("scenario_sha256", scenario.path("sha256").asText(""));
            for (String key : List.of("master_seed", "leadsim_version", "git_commit", "mason_version", "jvm", "started",
                    "finished", "command_line", "seed_rule")) {
                if (manifest.has(key)) {
                    m.set(key, manifest.get(key));
                }
            }
            m.put("replicates_completed", table.rowCount());
            ArrayNode seeds = m.putArray("seeds");
            table.strings("seed").forEach(seeds::add);
            if (scenario.has("resolved")) {
                m.set("scenario", scenario.get("resolved"));
            }
            out.add(new RunData(dir, m, table, series(table)));
        }
        return out;
    }

    /** The kept daily series of these runs, with replicate and seed in front; null when none were kept. */
    private Table series(Table runsOfPoint) throws ReportInputException {
        Path seriesDir = dir.resolve("series");
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < runsOfPoint.rowCount(); r++) {
            Path file = seriesDir.resolve(String.format("run-%08d.csv.gz", Long.parseLong(runsOfPoint.get(r, "run_id"))));
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                List<String> columns = Arrays.asList(in.readLine().split(",", -1));
                if (header == null) {
                    header = new ArrayList<>(List.of("replicate", "seed"));
                    header.addAll(columns);
                } else if (!header.subList(2, header.size()).equals(columns)) {
                    return null; // runs kept different columns: nothing to average day by day
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    List<String> row = new ArrayList<>(List.of(runsOfPoint.get(r, "replicate"), runsOfPoint.get(r, "seed")));
                    row.addAll(Arrays.asList(line.split(",", -1)));
                    rows.add(row);
                }
            } catch (IOException | RuntimeException e) {
                throw new ReportInputException("cannot read the series " + file + ": " + e.getMessage());
            }
        }
        if (header == null || !header.contains("day")) {
            return null;
        }
        try {
            return Table.fromRows(header, rows);
        } catch (IllegalArgumentException e) {
            throw new ReportInputException("the series in " + seriesDir + " are malformed: " + e.getMessage());
        }
    }
}
