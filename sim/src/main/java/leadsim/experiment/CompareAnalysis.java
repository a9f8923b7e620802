package leadsim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import leadsim.analysis.stats.Holm;
import leadsim.analysis.stats.PairedDifference;

/**
 * The what-if answer: per numeric metric, each scenario against the baseline (the first),
 * paired replicate by replicate (common random numbers), as {@code scenario - baseline} with a
 * 95% interval, Hedges' g_z, the paired t and Wilcoxon p-values, and Holm's adjustment of the
 * t p-values over the metrics of each comparison. The statistics are the analysis module's.
 */
public final class CompareAnalysis {
    public static final List<String> HEADER = List.of("metric", "baseline", "scenario", "n", "baseline_mean",
            "scenario_mean", "diff_mean", "ci95_low", "ci95_high", "hedges_g", "p_t", "p_wilcoxon", "p_t_holm");

    private CompareAnalysis() {}

    /** One metric, one scenario against the baseline. */
    public record Row(String metric, String baseline, String scenario, double baselineMean, double scenarioMean,
                      PairedDifference difference, double holm) {
        List<Object> cells() {
            return List.of(metric, baseline, scenario, difference.n(), baselineMean, scenarioMean, difference.meanDiff(),
                    difference.ciLow(), difference.ciHigh(), difference.hedgesG(), difference.tPValue(),
                    difference.wilcoxonPValue(), holm);
        }
    }

    /** Reads runs.csv (streamed) and compares every scenario with the first. */
    public static List<Row> of(Path runsCsv, Comparison comparison) throws IOException {
        int scenarios = (int) comparison.points();
        int replicates = comparison.replicates();
        List<String> header = CsvLine.split(RunsFile.firstLine(runsCsv));
        int firstMetric = 4 + comparison.factorColumns().size();
        List<String> metrics = header.subList(firstMetric, header.size());
        double[][][] values = new double[metrics.size()][scenarios][replicates];
        boolean[] numeric = new boolean[metrics.size()];
        Arrays.fill(numeric, true);
        for (double[][] byScenario : values) {
            for (double[] row : byScenario) {
                Arrays.fill(row, Double.NaN);
            }
        }
        RunsFile.forEachLine(runsCsv, (line, offset) -> {
            if (offset == 0) {
                return;
            }
            List<String> cells = CsvLine.split(line);
            int point = Integer.parseInt(cells.get(1));
            int replicate = Integer.parseInt(cells.get(2));
            for (int m = 0; m < metrics.size(); m++) {
                String cell = cells.get(firstMetric + m);
                if (cell.isEmpty()) {
                    continue;
                }
                try {
                    values[m][point][replicate] = Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    numeric[m] = false; // a text metric such as the bottleneck's name
                }
            }
        });
        List<Row> rows = new ArrayList<>();
        List<String> labels = comparison.labels();
        for (int s = 1; s < scenarios; s++) {
            List<Row> these = new ArrayList<>();
            for (int m = 0; m < metrics.size(); m++) {
                if (!numeric[m]) {
                    continue;
                }
                PairedDifference d = PairedDifference.of(values[m][0], values[m][s]);
                if (d.n() == 0) {
                    continue; // the metric exists in only one of the two (e.g. a body one scenario lacks)
                }
                these.add(new Row(metrics.get(m), labels.get(0), labels.get(s), pairedMean(values[m][0], values[m][s]),
                        pairedMean(values[m][s], values[m][0]), d, Double.NaN));
            }
            double[] adjusted = Holm.adjust(these.stream().mapToDouble(r -> r.difference().tPValue()).toArray());
            for (int i = 0; i < these.size(); i++) {
                Row r = these.get(i);
                rows.add(new Row(r.metric(), r.baseline(), r.scenario(), r.baselineMean(), r.scenarioMean(), r.difference(),
                        adjusted[i]));
            }
        }
        return rows;
    }

    /** compare.csv, written whole. */
    public static void write(Path file, List<Row> rows) throws IOException {
        StringBuilder text = new StringBuilder(Csv.row(HEADER));
        rows.forEach(r -> text.append(Csv.row(r.cells())));
        AtomicFiles.write(file, text.toString());
    }

    /** The mean of {@code values} over the pairs the difference uses (both sides present), so the columns add up. */
    private static double pairedMean(double[] values, double[] other) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && !Double.isNaN(other[i])) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
