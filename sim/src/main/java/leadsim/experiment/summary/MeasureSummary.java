package leadsim.experiment.summary;

import java.util.Map;
import java.util.TreeMap;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.survival.CensoredSummary;
import leadsim.analysis.table.Table;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Kind;
import leadsim.metrics.Measure;

/**
 * One measure over the replicates of one design point, summarised as its kind asks: numbers by
 * {@link ReplicateSummary} (mean, sd, 95% t interval, quartiles), a category by counting its
 * values, a censored time by Kaplan-Meier ({@link CensoredSummary}). Exactly one part is set.
 * summary.json and the terminal both print these.
 *
 * @param column   the runs.csv column
 * @param measure  what the catalogue says of it (null for a column it does not know)
 * @param numbers  for numbers
 * @param counts   for a category: value to how many replicates had it
 * @param censored for a censored time
 */
public record MeasureSummary(String column, Measure measure, ReplicateSummary numbers, Map<String, Integer> counts,
                             CensoredSummary censored) {

    public static MeasureSummary of(Table runs, String column) {
        Measure m = Catalogue.run(column).orElse(null);
        Kind kind = m == null ? guess(runs, column) : m.kind();
        if (kind == Kind.CATEGORY) {
            Map<String, Integer> counts = new TreeMap<>();
            runs.strings(column).stream().filter(v -> !v.isEmpty()).forEach(v -> counts.merge(v, 1, Integer::sum));
            return new MeasureSummary(column, m, null, counts, null);
        }
        if (kind == Kind.CENSORED_TIME && runs.hasColumn(m.censoredBy())) {
            return new MeasureSummary(column, m, null, null,
                    CensoredSummary.of(runs.numbers(column), runs.numbers(m.censoredBy())));
        }
        return new MeasureSummary(column, m, ReplicateSummary.of(runs.numbers(column)), null, null);
    }

    /** A column the catalogue does not know: numbers if every non-empty cell is one. */
    private static Kind guess(Table runs, String column) {
        for (String cell : runs.strings(column)) {
            if (!cell.isEmpty()) {
                try {
                    Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    return Kind.CATEGORY;
                }
            }
        }
        return Kind.NUMBER;
    }

    /** Whether any replicate measured it (not every value NaN or empty). */
    public boolean measured() {
        if (numbers != null) {
            return numbers.n() > 0;
        }
        if (counts != null) {
            return !counts.isEmpty();
        }
        return censored.n() > 0;
    }

    /** The most frequent value of a category (the first in order among equals), or "". */
    public String mostFrequent() {
        if (counts == null || counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
