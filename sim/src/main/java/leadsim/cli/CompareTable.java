package leadsim.cli;

import java.io.PrintWriter;
import java.util.List;
import leadsim.experiment.CompareAnalysis;

/** The table compare prints: per comparison, each metric's means, paired difference, interval and p-values. */
final class CompareTable {
    private CompareTable() {}

    static void print(PrintWriter out, List<CompareAnalysis.Row> rows, int replicates) {
        int width = Math.max(6, rows.stream().mapToInt(r -> r.metric().length()).max().orElse(0));
        String current = null;
        int identical = 0;
        for (CompareAnalysis.Row r : rows) {
            if (!r.scenario().equals(current)) {
                current = r.scenario();
                out.printf("%n%s vs %s: difference = %s - %s, %d paired replicates (common random numbers)%n",
                        r.scenario(), r.baseline(), r.scenario(), r.baseline(), replicates);
                out.printf("  %-" + width + "s %11s %11s %11s %25s %9s %9s%n", "metric", "baseline", "scenario", "difference",
                        "95% CI", "p (t)", "p (Holm)");
            }
            if (r.difference().meanDiff() == 0 && r.difference().sdDiff() == 0) {
                identical++; // the same in every pair (a mechanism switched off in both): noise in a table
                continue;
            }
            var d = r.difference();
            out.printf("  %-" + width + "s %11.4g %11.4g %11.4g   [%10.4g, %10.4g] %9s %9s%n", r.metric(), r.baselineMean(),
                    r.scenarioMean(), d.meanDiff(), d.ciLow(), d.ciHigh(), p(d.tPValue()), p(r.holm()));
        }
        if (identical > 0) {
            out.printf("%n  (%d metric%s identical in every pair not shown; all are in compare.csv)%n", identical,
                    identical == 1 ? "" : "s");
        }
        out.flush();
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format("%.3f", p);
    }
}
