package leadsim.demo.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.demo.LiveSession;

/**
 * What every viewer is sent at one moment, made on the model thread and immutable after: the
 * layout (new after each restart), the state as JSON, and each run's charts. Viewers are sent
 * only the chart points they have not had yet.
 *
 * @param number increases with every frame
 * @param layoutNumber increases with every (re)start: a viewer then gets the layout again
 */
record Frame(long number, long layoutNumber, String layoutJson, String stateJson, List<List<LiveSession.Chart>> charts) {

    /** The frame as one viewer needs it: the state, and the chart points from day {@code from[run]} on. */
    String json(int[] from) {
        List<List<Map<String, Object>>> runs = new ArrayList<>();
        for (int r = 0; r < charts.size(); r++) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (LiveSession.Chart chart : charts.get(r)) {
                out.add(chartJson(chart, from[r]));
            }
            runs.add(out);
        }
        return "{\"state\":" + stateJson + ",\"charts\":" + Json.write(runs) + "}";
    }

    /** Completed days of each run's charts in this frame. */
    int[] days() {
        int[] days = new int[charts.size()];
        for (int r = 0; r < days.length; r++) {
            for (LiveSession.Chart c : charts.get(r)) {
                for (double[] s : c.series().values()) {
                    days[r] = Math.max(days[r], s.length);
                }
            }
        }
        return days;
    }

    static Map<String, Object> chartJson(LiveSession.Chart chart, int from) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", chart.id());
        m.put("title", chart.title());
        m.put("shortTitle", chart.shortTitle());
        m.put("yLabel", chart.yLabel());
        m.put("yMax", chart.yMax());
        m.put("unavailable", chart.unavailable());
        m.put("from", from);
        Map<String, double[]> series = new LinkedHashMap<>();
        chart.series().forEach((name, values) -> {
            int start = Math.min(from, values.length);
            series.put(name, java.util.Arrays.copyOfRange(values, start, values.length));
        });
        m.put("series", series);
        m.put("colours", chart.colours());
        return m;
    }
}
