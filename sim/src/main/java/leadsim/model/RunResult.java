package leadsim.model;

import java.util.List;
import java.util.Map;

/**
 * What one run measured: summary metrics in a fixed column order (numbers, or text such as the
 * bottleneck's name), when asked for a daily series with named columns, and for a district
 * (two or more schools, or an office) the same decision metrics per school, keyed by the
 * school's name (see {@link SchoolNames}; the office's row is {@code office}), in school order,
 * and, when the series are kept, the daily series per school ({@link SchoolSeries}).
 */
public record RunResult(Map<String, Object> metrics, List<String> seriesColumns, double[][] series, Steps steps,
                        Map<String, Map<String, Object>> schools, SchoolSeries schoolSeries) {

    /** A run without per-school series. */
    public RunResult(Map<String, Object> metrics, List<String> seriesColumns, double[][] series, Steps steps,
                     Map<String, Map<String, Object>> schools) {
        this(metrics, seriesColumns, series, steps, schools, SchoolSeries.NONE);
    }

    /** A run without per-school rows (a single school). */
    public RunResult(Map<String, Object> metrics, List<String> seriesColumns, double[][] series, Steps steps) {
        this(metrics, seriesColumns, series, steps, Map.of());
    }

    /** Events stepped (see {@link Steps}). */
    public long events() {
        return steps.events();
    }

    /** Event times stepped (see {@link Steps}). */
    public long eventTimes() {
        return steps.eventTimes();
    }

    public double number(String metric) {
        Object value = metrics.get(metric);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("no numeric metric " + metric + " in " + metrics.keySet());
        }
        return number.doubleValue();
    }

    /** A numeric metric of one school's row. */
    public double number(String school, String metric) {
        Map<String, Object> row = schools.get(school);
        if (row == null) {
            throw new IllegalArgumentException("no school " + school + " in " + schools.keySet());
        }
        Object value = row.get(metric);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("no numeric metric " + metric + " for school " + school);
        }
        return number.doubleValue();
    }
}
