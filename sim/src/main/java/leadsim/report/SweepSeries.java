package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.analysis.chart.BandChart;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.table.Table;

/**
 * The daily series a sweep kept ({@code series:} in its spec), charted: for each kept series
 * and each factor, one line per level of the factor (the mean over every run at that level,
 * so over the other factors too) with its 95% band across runs.
 */
final class SweepSeries {
    /** Above this many runs the series are not read back for charts (they stay in series/). */
    static final int MAX_RUNS = 2000;

    private SweepSeries() {}

    static void section(HtmlReport report, ExperimentDir sweep, List<String> factors, List<List<String>> levels,
                        ReportOutput out) throws IOException {
        List<String> columns = new ArrayList<>();
        sweep.manifest().path("series_columns").forEach(c -> {
            if (!c.asText().equals("day")) {
                columns.add(c.asText());
            }
        });
        if (columns.isEmpty() || factors.isEmpty()) {
            return;
        }
        ReportSection section = report.section("Through the year, by factor");
        if (sweep.runs().rowCount() > MAX_RUNS) {
            section.paragraph("(The sweep kept daily series, in series/, but with " + sweep.runs().rowCount()
                    + " runs they are not charted here.)");
            return;
        }
        List<RunData> points;
        try {
            points = sweep.scenarios();
        } catch (ReportInputException e) {
            section.paragraph("(The kept series cannot be read: " + e.getMessage() + ")");
            return;
        }
        if (points.stream().anyMatch(p -> !p.hasSeries())) {
            section.paragraph("(Some runs have no kept series file, so the series are not charted.)");
            return;
        }
        section.paragraph("The daily series this sweep kept. For each factor, one line per level: the mean over every"
                + " run at that level (so over all levels of the other factors), with its 95% confidence band across"
                + " runs.");
        // The level of each run, by run id, as the main effects use them (sampled factors binned).
        List<Map<String, String>> levelOfRun = new ArrayList<>();
        List<String> ids = sweep.runs().strings("run_id");
        for (int f = 0; f < factors.size(); f++) {
            Map<String, String> byRun = new HashMap<>();
            for (int r = 0; r < ids.size(); r++) {
                byRun.put(ids.get(r), levels.get(f).get(r));
            }
            levelOfRun.add(byRun);
        }
        List<List<String>> csv = new ArrayList<>();
        for (String column : columns) {
            for (int f = 0; f < factors.size(); f++) {
                Map<String, List<double[]>> byLevel = new LinkedHashMap<>();
                for (String level : new java.util.TreeSet<>(levels.get(f).stream().filter(java.util.Objects::nonNull)
                        .toList())) {
                    byLevel.put(level, new ArrayList<>());
                }
                if (byLevel.size() < 2 || byLevel.size() > SweepInteractions.MAX_LINES) {
                    continue;
                }
                for (RunData point : points) {
                    Table series = point.series();
                    if (!series.hasColumn(column)) {
                        continue;
                    }
                    Map<String, String> replicateToRun = new HashMap<>();
                    for (int r = 0; r < point.runs().rowCount(); r++) {
                        replicateToRun.put(point.runs().get(r, "replicate"), point.runs().get(r, "run_id"));
                    }
                    double[] day = series.numbers("day");
                    double[] v = series.numbers(column);
                    List<String> replicate = series.strings("replicate");
                    for (int k = 0; k < day.length; k++) {
                        String level = levelOfRun.get(f).get(replicateToRun.get(replicate.get(k)));
                        if (level != null && byLevel.containsKey(level)) {
                            byLevel.get(level).add(new double[] {day[k], v[k]});
                        }
                    }
                }
                List<String> sorted = sortLevels(byLevel.keySet());
                BandChart.Builder band = BandChart.builder(seriesName(column) + " by " + KeyLabels.words(factors.get(f)),
                        "Day of the school year", seriesName(column));
                boolean any = false;
                for (String level : sorted) {
                    List<double[]> pts = byLevel.get(level);
                    if (pts.isEmpty()) {
                        continue;
                    }
                    double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
                    double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
                    Daily d = Daily.of(x, y);
                    band.series(KeyLabels.words(factors.get(f)) + " " + SweepReport.cell(level), d.day(), d.mean(),
                            d.lowOrMean(), d.highOrMean());
                    for (int k = 0; k < d.size(); k++) {
                        csv.add(List.of(column, factors.get(f), level, Fmt.num(d.day()[k]), Double.toString(d.mean()[k]),
                                Double.toString(d.low()[k]), Double.toString(d.high()[k])));
                    }
                    any = true;
                }
                if (!any) {
                    continue;
                }
                var saved = out.chart(band.build(), "series-" + SchoolSections.slug(column) + "-by-"
                        + SchoolSections.slug(factors.get(f)));
                section.figure(saved.png(), saved.svg(), seriesName(column) + " day by day, one line per level of "
                                + KeyLabels.words(factors.get(f)) + " (mean over its runs, 95% band). Lines apart mean"
                                + " the factor changes this through the year; a line that keeps rising is a queue that"
                                + " keeps growing.",
                        "Line chart of " + seriesName(column).toLowerCase(java.util.Locale.ROOT) + " by day, one line"
                                + " per level of " + KeyLabels.words(factors.get(f)) + ".");
            }
        }
        if (!csv.isEmpty()) {
            out.table("series-by-level", List.of("series", "factor", "level", "day", "mean", "ci95_low", "ci95_high"),
                    csv);
        }
    }

    private static List<String> sortLevels(java.util.Set<String> levels) {
        List<String> out = new ArrayList<>(levels);
        out.sort((a, b) -> {
            try {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            } catch (NumberFormatException e) {
                return a.compareTo(b);
            }
        });
        return out;
    }

    /** A series column in words: "Needs waiting at the principal's desk". */
    static String seriesName(String column) {
        if (column.equals("latency_mean")) {
            return "Mean time to decision (days)";
        }
        if (column.startsWith(MetricCatalogue.QUEUE)) {
            String role = column.substring(MetricCatalogue.QUEUE.length());
            return "Needs waiting at " + RunReport.desk(role) + (role.equals("principal") ? " desk" : " desks (all)");
        }
        if (column.startsWith(MetricCatalogue.UTILIZATION)) {
            return "Utilisation of " + MetricCatalogue.roleAsActors(column.substring(MetricCatalogue.UTILIZATION.length()));
        }
        return Character.toUpperCase(column.charAt(0)) + KeyLabels.plain(column).substring(1);
    }
}
