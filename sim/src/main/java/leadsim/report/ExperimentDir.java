package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.analysis.table.Table;
import leadsim.experiment.store.Manifest;
import leadsim.experiment.store.ResultDir;
import leadsim.experiment.store.StoreException;

/**
 * A result directory ({@code leadsim run}, {@code compare}, {@code sweep} or a merge) as a report
 * reads it, through the one reader {@link ResultDir} (the layout is docs/result-directory.md).
 * A comparison's design point k is its k-th scenario (the first is the baseline); a run has one.
 *
 * @param dir      the directory
 * @param manifest manifest.json as a tree
 * @param runs     runs.csv
 * @param factors  the factor columns of runs.csv, in order
 * @param results  the directory as read
 */
record ExperimentDir(Path dir, JsonNode manifest, Table runs, List<String> factors, ResultDir results) {

    static ExperimentDir read(Path dir) throws ReportInputException {
        ResultDir results;
        try {
            results = ResultDir.read(dir);
        } catch (StoreException e) {
            throw new ReportInputException(e.getMessage());
        }
        if (results.runs().rowCount() == 0) {
            throw new ReportInputException(dir.resolve("runs.csv") + " has no finished run yet");
        }
        return new ExperimentDir(dir, results.manifest().tree(), results.runs(), results.manifest().factorColumns(),
                results);
    }

    String kind() {
        return results.kind();
    }

    /** Each design point's replicates as a report reads a scenario, baseline (point 0) first. */
    List<RunData> scenarios() throws ReportInputException {
        Manifest manifest = results.manifest();
        List<RunData> out = new ArrayList<>();
        for (Map.Entry<Long, Table> e : results.byPoint().entrySet()) {
            long point = e.getKey();
            Table table = e.getValue();
            Manifest.Scenario scenario = manifest.scenarioOf(point);
            ObjectNode m = manifest.tree().deepCopy();
            m.put("scenario_name", results.label(point));
            if (scenario != null) {
                m.put("scenario_file", scenario.file());
                m.put("scenario_sha256", scenario.sha256());
                m.set("scenario", scenario.resolved());
            }
            m.remove("scenarios");
            m.put("replicates_completed", table.rowCount());
            ArrayNode seeds = m.putArray("seeds");
            table.strings("seed").forEach(seeds::add);
            Table series;
            try {
                series = results.series(table);
            } catch (StoreException ex) {
                throw new ReportInputException(ex.getMessage());
            }
            out.add(new RunData(dir, m, table, series));
        }
        return out;
    }

}
