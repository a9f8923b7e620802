package leadsim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import leadsim.analysis.report.PlainLanguage;
import leadsim.experiment.store.ResultDir;
import leadsim.experiment.summary.MeasureSummary;
import leadsim.experiment.summary.SummaryFile;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Kind;
import leadsim.metrics.Measure;

/**
 * The table a run prints: the headline measures the run measured and the decisions' shares by
 * role, over replicates, with units and 95% intervals; counts as whole numbers, categories in
 * words. The figures are summary.json's ({@link SummaryFile}), so terminal and file agree.
 */
final class SummaryTable {
    private SummaryTable() {}

    static void print(PrintWriter out, ResultDir results) {
        for (SummaryFile.Point point : SummaryFile.of(results)) {
            print(out, point);
        }
        out.flush();
    }

    static void print(PrintWriter out, SummaryFile.Point point) {
        out.printf("%s: %d replicate%s%n", point.label(), point.replicates(), point.replicates() == 1 ? "" : "s");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"measure", "unit", "mean", "sd", "95% CI"});
        List<String> words = new ArrayList<>();
        // headline measures in the catalogue's order, then decisions by role, categories, censored times
        List<MeasureSummary> ordered = new ArrayList<>(point.measures());
        List<String> headline = Catalogue.headline().stream().map(Measure::name).toList();
        ordered.sort(java.util.Comparator.comparingInt(m -> {
            int at = headline.indexOf(m.column());
            return at >= 0 ? at : headline.size();
        }));
        for (MeasureSummary m : ordered) {
            Measure measure = m.measure();
            boolean decidedShare = m.column().startsWith("decided_share_");
            if (!m.measured() || measure == null || !(measure.headline() || decidedShare
                    || measure.kind() == Kind.CATEGORY || measure.kind() == Kind.CENSORED_TIME)) {
                continue;
            }
            if (m.counts() != null) {
                if (m.column().matches("top_wait_desk_[2-9]")) {
                    continue; // the terminal names the first desk; runs.csv has the next ones
                }
                String label = measure.label().replace("(rank k)", "(rank " + m.column().replaceAll("\\D", "") + ")");
                words.add(String.format("  %s: %s", label, counts(m.counts(), point.replicates())));
            } else if (m.censored() != null) {
                var c = m.censored();
                rows.add(new String[] {m.column() + " (Kaplan-Meier median)", measure.unit(), number(Kind.TIME, c.median()),
                        "", Double.isNaN(c.ciLow()) ? "" : number(Kind.TIME, c.ciLow()) + " .. "
                        + (Double.isNaN(c.ciHigh()) ? "not reached" : number(Kind.TIME, c.ciHigh()))});
            } else {
                var s = m.numbers();
                Kind kind = measure.kind();
                String[] r = withInterval(kind, s.mean(), s.ciLow(), s.ciHigh());
                rows.add(new String[] {m.column(), unit(measure), r[0], number(kind, s.sd()),
                        Double.isNaN(s.ciLow()) ? "" : r[1] + " .. " + r[2]});
            }
        }
        int[] width = new int[5];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            out.printf("  %-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %" + width[3] + "s  %"
                    + width[4] + "s%n", (Object[]) row);
        }
        words.forEach(out::println);
        note(out, point);
    }

    /** Latency counts decided needs only: many still open at the end means a queue growing without bound. */
    private static void note(PrintWriter out, SummaryFile.Point point) {
        MeasureSummary open = find(point, "open_share");
        MeasureSummary busiest = find(point, "utilization_max");
        MeasureSummary role = find(point, "utilization_max_role");
        if (open != null && open.numbers() != null && open.numbers().mean() > 0.05 && busiest != null
                && busiest.numbers() != null) {
            out.printf("note: %.0f%% of needs were still open at the end; the busiest role (%s) was busy %.0f%% of its"
                    + " hours for decisions and meetings: its queue grows through the run, so latency depends on the"
                    + " horizon%n",
                    100 * open.numbers().mean(), role == null ? "?" : role.mostFrequent(),
                    100 * busiest.numbers().mean());
        }
    }

    private static MeasureSummary find(SummaryFile.Point point, String column) {
        return point.measures().stream().filter(m -> m.column().equals(column) && m.measured()).findFirst().orElse(null);
    }

    private static String unit(Measure m) {
        return m.kind() == Kind.SHARE ? "%" : m.unit();
    }

    /**
     * A statistic over replicates as the terminal prints it: shares as percentages with one decimal;
     * a count's mean, sd or interval with one decimal too (a mean of counts is not a count, so
     * 28.0 and 28.3 print alike); others to four significant figures.
     */
    static String number(Kind kind, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return switch (kind) {
            case SHARE -> String.format(Locale.ROOT, "%.1f", 100 * v);
            case COUNT -> String.format(Locale.ROOT, "%.1f", v);
            default -> String.format(Locale.ROOT, "%.4g", v);
        };
    }

    /**
     * A mean (or difference) and its 95% interval as the terminal prints them, {value, low, high}:
     * {@link #number}, widened by the one interval rule ({@link PlainLanguage#withInterval}) when
     * two distinct bounds would print alike. Shares as percentages (percentage points).
     */
    static String[] withInterval(Kind kind, double value, double low, double high) {
        double scale = kind == Kind.SHARE ? 100 : 1;
        Kind printed = kind == Kind.SHARE ? Kind.NUMBER : kind;
        java.util.function.DoubleFunction<String> text = kind == Kind.SHARE
                ? v -> Double.isNaN(v) ? "" : unsignedZero(String.format(Locale.ROOT, "%.1f", v))
                : v -> unsignedZero(number(printed, v));
        return PlainLanguage.withInterval(value * scale, low * scale, high * scale, text);
    }

    /** "-0.0" is 0.0: a sign on a rounded zero would make two equal bounds look distinct. */
    private static String unsignedZero(String number) {
        return number.matches("-0(\\.0*)?") ? number.substring(1) : number;
    }

    /** "teacher in 8 of 10 replicates, principal in 2". */
    private static String counts(Map<String, Integer> counts, int replicates) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            var e = sorted.get(i);
            String name = e.getKey().replace('_', ' ');
            parts.add(i == 0 ? name + " in " + e.getValue() + " of " + replicates + " replicate"
                    + (replicates == 1 ? "" : "s") : name + " in " + e.getValue());
        }
        return String.join(", ", parts);
    }
}
