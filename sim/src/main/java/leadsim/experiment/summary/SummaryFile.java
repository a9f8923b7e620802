package leadsim.experiment.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.analysis.table.Table;
import leadsim.experiment.store.AtomicFiles;
import leadsim.experiment.store.Layout;
import leadsim.experiment.store.ResultDir;
import leadsim.scenario.ScenarioMapper;

/**
 * {@code summary.json}: per design point, every measure over its replicates, as
 * {@link MeasureSummary} computes it. JSON has no NaN: an undefined figure (the sd of one run) is
 * null.
 *
 * <pre>
 * {"points": [{"point": 0, "label": "distributed", "replicates": 10,
 *              "measures": {"latency_mean": {"n": 10, "mean": ..., "sd": ..., "ci95_low": ..., ...},
 *                           "bottleneck_role": {"counts": {"teacher": 10}},
 *                           "reform_survival_days": {"n": 10, "events": 7, "km_median": ..., ...}}}]}
 * </pre>
 */
public final class SummaryFile {
    private SummaryFile() {}

    /** One design point summarised. */
    public record Point(long point, String label, int replicates, List<MeasureSummary> measures) {}

    /** Every point of the results, every measure. */
    public static List<Point> of(ResultDir results) {
        List<Point> points = new ArrayList<>();
        for (Map.Entry<Long, Table> e : results.byPoint().entrySet()) {
            List<MeasureSummary> measures = new ArrayList<>();
            for (String column : results.measureColumns()) {
                measures.add(MeasureSummary.of(e.getValue(), column));
            }
            points.add(new Point(e.getKey(), results.label(e.getKey()), e.getValue().rowCount(), measures));
        }
        return points;
    }

    public static void write(ResultDir results) throws IOException {
        ObjectNode root = ScenarioMapper.json().createObjectNode();
        ArrayNode array = root.putArray("points");
        for (Point p : of(results)) {
            ObjectNode point = array.addObject();
            point.put("point", p.point());
            point.put("label", p.label());
            point.put("replicates", p.replicates());
            ObjectNode measures = point.putObject("measures");
            for (MeasureSummary m : p.measures()) {
                ObjectNode node = measures.putObject(m.column());
                if (m.counts() != null) {
                    ObjectNode counts = node.putObject("counts");
                    m.counts().forEach(counts::put);
                } else if (m.censored() != null) {
                    node.put("n", m.censored().n());
                    node.put("events", m.censored().events());
                    put(node, "km_median", m.censored().median());
                    put(node, "km_median_ci95_low", m.censored().ciLow());
                    put(node, "km_median_ci95_high", m.censored().ciHigh());
                } else {
                    var s = m.numbers();
                    node.put("n", s.n());
                    put(node, "mean", s.mean());
                    put(node, "sd", s.sd());
                    put(node, "ci95_low", s.ciLow());
                    put(node, "ci95_high", s.ciHigh());
                    put(node, "median", s.median());
                    put(node, "q1", s.q1());
                    put(node, "q3", s.q3());
                    put(node, "min", s.min());
                    put(node, "max", s.max());
                }
            }
        }
        AtomicFiles.write(results.dir().resolve(Layout.SUMMARY),
                ScenarioMapper.json().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    private static void put(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
