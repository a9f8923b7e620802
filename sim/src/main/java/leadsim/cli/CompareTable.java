package leadsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.summary.Comparisons;
import leadsim.metrics.Kind;

/**
 * The table compare prints: per comparison, each measure's values, paired difference, interval
 * and p-values, exactly as compare.csv holds them ({@link Comparisons} computes both).
 */
final class CompareTable {
    private CompareTable() {}

    static void print(PrintWriter out, List<Comparisons.Row> rows) {
        String current = null;
        int identical = 0;
        List<String[]> table = new ArrayList<>();
        for (Comparisons.Row r : rows) {
            if (!r.scenario().equals(current)) {
                flush(out, table);
                current = r.scenario();
                out.printf("%n%s vs %s: difference = %s - %s, replicates paired by seed (common random numbers);"
                        + " p (Holm) over the %d headline measures, and apart over the %d role-level measures (time"
                        + " to decision, on time, by default, lapsed and queue, at each role or body)%n", r.scenario(),
                        r.baseline(), r.scenario(), r.baseline(), Comparisons.familySize(rows, r.scenario()),
                        Comparisons.roleFamilySize(rows, r.scenario()));
                table.add(new String[] {"metric", "unit", "baseline", "scenario", "difference", "95% CI", "test", "p",
                        "p (Holm)"});
            }
            if (r.identical()) {
                identical++; // the same in every pair (a mechanism switched off in both): noise in a table
                continue;
            }
            Kind kind = r.measure() == null ? Kind.NUMBER : r.measure().kind();
            String[] d = r.isCensored() ? null : SummaryTable.withInterval(kind == Kind.COUNT ? Kind.NUMBER : kind,
                    r.difference(), r.paired().ciLow(), r.paired().ciHigh());
            String ci = r.isCensored() || Double.isNaN(r.paired().ciLow()) ? "" : d[1] + " .. " + d[2];
            String unit = r.measure() == null ? "" : kind == Kind.SHARE ? "%, pp" : r.measure().unit();
            table.add(new String[] {r.metric() + (r.isCensored() ? " (KM median)" : ""), unit,
                    num(kind, r.baselineValue()), num(kind, r.scenarioValue()),
                    r.isCensored() ? num(kind, r.difference()) : d[0], ci,
                    r.isCensored() ? "log-rank" : "t", p(r.p()), r.inFamily() || r.roleLevel() ? p(r.holm()) : ""});
        }
        flush(out, table);
        if (identical > 0) {
            out.printf("%n  (%d metric%s identical in every pair not shown; all are in compare.csv)%n", identical,
                    identical == 1 ? "" : "s");
        }
        out.flush();
    }

    private static void flush(PrintWriter out, List<String[]> table) {
        if (table.isEmpty()) {
            return;
        }
        int[] width = new int[table.get(0).length];
        for (String[] row : table) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : table) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(c <= 1 ? pad(row[c], width[c]) : " ".repeat(width[c] - row[c].length()) + row[c]);
            }
            out.println(line.toString().stripTrailing());
        }
        table.clear();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** Shares in percent (differences in percentage points), other numbers (counts too) to four significant figures. */
    private static String num(Kind kind, double v) {
        return Double.isNaN(v) ? "-" : SummaryTable.number(kind == Kind.COUNT ? Kind.NUMBER : kind, v);
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format("%.3f", p);
    }
}
