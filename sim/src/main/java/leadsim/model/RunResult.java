package leadsim.model;

import java.util.List;
import java.util.Map;

/**
 * What one run measured: summary metrics in a fixed column order (numbers, or text such as the
 * bottleneck's name) and, when asked for, a daily series with named columns.
 */
public record RunResult(Map<String, Object> metrics, List<String> seriesColumns, double[][] series, long events) {

    public double number(String metric) {
        Object value = metrics.get(metric);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("no numeric metric " + metric + " in " + metrics.keySet());
        }
        return number.doubleValue();
    }
}
