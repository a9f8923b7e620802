package leadsim.experiment.summary;

import leadsim.analysis.table.Csv;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.stats.Holm;
import leadsim.analysis.stats.PairedDifference;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.stats.SeedPairs;
import leadsim.analysis.survival.CensoredDifference;
import leadsim.analysis.table.Table;
import leadsim.experiment.store.AtomicFiles;
import leadsim.experiment.store.Layout;
import leadsim.experiment.store.ResultDir;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Kind;
import leadsim.metrics.Measure;

/**
 * The one answer to "how does each scenario differ from the baseline": the terminal, compare.csv
 * and the report all print these rows, so the same comparison never gives two answers.
 *
 * <ul>
 *   <li>Replicates are paired by seed (common random numbers), never by position.</li>
 *   <li>Every numeric measure both scenarios measured gets a row: the difference
 *       {@code scenario - baseline} of the paired means with its 95% t interval, Hedges' g_z, the
 *       paired t and Wilcoxon signed-rank p-values ({@link PairedDifference}).</li>
 *   <li>A censored time (reform survival) is compared by its Kaplan-Meier medians and the log-rank
 *       test over all replicates ({@link CensoredDifference}), never by a t test on censored values.</li>
 *   <li>The Holm family, defined here once: the catalogue's headline measures that both scenarios
 *       measured, per scenario against the baseline (holm_family "yes").</li>
 *   <li>The role-level family, apart: per role or body, the measures of {@link #ROLE_LEVEL} that
 *       have a better direction (holm_family "role"), Holm-adjusted among themselves, so what got
 *       worse where needs are decided is tested and stated as plainly as the headline. The other
 *       rows are exploratory and say so (holm_family "no").</li>
 * </ul>
 */
public final class Comparisons {
    /** The columns of compare.csv and of the report's tables/differences.csv. */
    public static final List<String> HEADER = List.of("metric", "statistic", "test", "baseline", "scenario", "pairs",
            "baseline_value", "scenario_value", "difference", "ci95_low", "ci95_high", "hedges_gz", "p", "p_wilcoxon",
            "holm_family", "p_holm");

    /**
     * The role-level family's measures, by the stem of their per-role (or per-body) columns: the
     * mean time to decision of the needs decided there, the share of them decided by the deadline,
     * the shares of all needs decided by default and lapsed after waiting there, and the mean
     * number of needs waiting there.
     */
    public static final List<String> ROLE_LEVEL = List.of("latency_mean_at_", "on_time_share_at_",
            "default_share_at_", "lapse_share_at_", "queue_mean_");

    private Comparisons() {}

    /**
     * One measure, one scenario against the baseline.
     *
     * @param metric    the runs.csv column
     * @param measure   the catalogue's entry (null for a column it does not know)
     * @param baseline  the baseline's label
     * @param scenario  the other scenario's label
     * @param base      the baseline over the paired replicates (null for a censored time)
     * @param alt       the scenario over the paired replicates (null for a censored time)
     * @param paired    the paired difference (null for a censored time)
     * @param censored  Kaplan-Meier medians and log-rank (null unless a censored time)
     * @param inFamily  whether the measure is in the Holm family
     * @param holm      Holm-adjusted p (NaN outside the family)
     */
    public record Row(String metric, Measure measure, String baseline, String scenario, ReplicateSummary base,
                      ReplicateSummary alt, PairedDifference paired, CensoredDifference censored, boolean inFamily,
                      double holm) {

        public boolean isCensored() {
            return censored != null;
        }

        public int pairs() {
            return isCensored() ? Math.min(censored.a().n(), censored.b().n()) : paired.n();
        }

        public double baselineValue() {
            return isCensored() ? censored.a().median() : base.mean();
        }

        public double scenarioValue() {
            return isCensored() ? censored.b().median() : alt.mean();
        }

        public double difference() {
            return isCensored() ? censored.medianDifference() : paired.meanDiff();
        }

        /** The test's p-value: paired t, or log-rank for a censored time. */
        public double p() {
            return isCensored() ? censored.pValue() : paired.tPValue();
        }

        /** Whether the measure is in the role-level family ({@link #ROLE_LEVEL}, with a better direction). */
        public boolean roleLevel() {
            return isRoleLevel(metric, measure);
        }

        /** Whether every pair had the same value in both scenarios (a mechanism off in both): nothing to show. */
        public boolean identical() {
            return !isCensored() && paired.meanDiff() == 0 && paired.sdDiff() == 0;
        }

        /** The cells of compare.csv, in {@link #HEADER}'s order. */
        public List<Object> cells() {
            double nan = Double.NaN;
            return List.of(metric, isCensored() ? "Kaplan-Meier median" : "mean", isCensored() ? "log-rank" : "paired t",
                    baseline, scenario, pairs(), baselineValue(), scenarioValue(), difference(),
                    isCensored() ? nan : paired.ciLow(), isCensored() ? nan : paired.ciHigh(),
                    isCensored() ? nan : paired.hedgesG(), p(), isCensored() ? nan : paired.wilcoxonPValue(),
                    inFamily ? "yes" : roleLevel() ? "role" : "no", holm);
        }
    }

    /**
     * Every scenario against the first.
     *
     * @param labels the scenarios' labels, baseline first
     * @param runs   each scenario's runs (a seed column, the measure columns)
     */
    public static List<Row> of(List<String> labels, List<Table> runs) {
        List<Row> rows = new ArrayList<>();
        for (int s = 1; s < runs.size(); s++) {
            rows.addAll(against(labels.get(0), runs.get(0), labels.get(s), runs.get(s)));
        }
        return rows;
    }

    /** The scenarios of a compare (or run) directory, point 0 the baseline. */
    public static List<Row> of(ResultDir results) {
        List<String> labels = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        results.byPoint().forEach((point, table) -> {
            labels.add(results.label(point));
            tables.add(table);
        });
        return of(labels, tables);
    }

    private static List<Row> against(String baseLabel, Table base, String altLabel, Table alt) {
        SeedPairs pairs = SeedPairs.of(base.strings("seed"), alt.strings("seed"));
        List<Row> rows = new ArrayList<>();
        for (String column : base.columns()) {
            if (Layout.RUN_COLUMNS.contains(column) || !alt.hasColumn(column)) {
                continue;
            }
            Measure m = Catalogue.run(column).orElse(null);
            if (m != null && m.kind() == Kind.CATEGORY || !numeric(base, column) || !numeric(alt, column)) {
                continue; // a category (the bottleneck's name) or a factor column
            }
            if (m != null && m.kind() == Kind.CENSORED_TIME && base.hasColumn(m.censoredBy()) && alt.hasColumn(m.censoredBy())) {
                CensoredDifference c = CensoredDifference.of(base.numbers(column), base.numbers(m.censoredBy()),
                        alt.numbers(column), alt.numbers(m.censoredBy()));
                if (c.a().n() > 0 && c.b().n() > 0) {
                    rows.add(new Row(column, m, baseLabel, altLabel, null, null, null, c, false, Double.NaN));
                }
                continue;
            }
            double[] x = pairs.pickA(base.numbers(column));
            double[] y = pairs.pickB(alt.numbers(column));
            PairedDifference d = PairedDifference.of(x, y);
            if (d.n() == 0) {
                continue; // not measured in one of the two
            }
            // the means over the pairs the difference uses (both sides present), so the columns add up
            double[] keptX = new double[d.n()];
            double[] keptY = new double[d.n()];
            for (int i = 0, k = 0; i < x.length; i++) {
                if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                    keptX[k] = x[i];
                    keptY[k++] = y[i];
                }
            }
            boolean family = m != null && m.headline();
            rows.add(new Row(column, m, baseLabel, altLabel, ReplicateSummary.of(keptX), ReplicateSummary.of(keptY), d,
                    null, family, Double.NaN));
        }
        double[] p = new double[rows.size()];
        double[] pRole = new double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            Row r = rows.get(i);
            p[i] = r.inFamily() ? r.p() : Double.NaN;
            // a measure the same in every pair tests nothing: it is left out of the family
            pRole[i] = r.roleLevel() && !r.identical() ? r.p() : Double.NaN;
        }
        double[] adjusted = Holm.adjust(p);
        double[] adjustedRole = Holm.adjust(pRole);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new Row(r.metric(), r.measure(), r.baseline(), r.scenario(), r.base(), r.alt(), r.paired(),
                    r.censored(), r.inFamily(), r.inFamily() ? adjusted[i] : adjustedRole[i]));
        }
        return out;
    }

    private static boolean isRoleLevel(String metric, Measure measure) {
        return measure != null && measure.isFamily() && measure.better() != leadsim.metrics.Better.NEITHER
                && ROLE_LEVEL.contains(measure.stem());
    }

    /** How many measures the role-level family of each comparison holds (those not the same in every pair). */
    public static int roleFamilySize(List<Row> rows, String scenario) {
        return (int) rows.stream().filter(r -> r.scenario().equals(scenario) && r.roleLevel() && !r.identical())
                .count();
    }

    /** How many measures the Holm family of each comparison holds. */
    public static int familySize(List<Row> rows, String scenario) {
        return (int) rows.stream().filter(r -> r.scenario().equals(scenario) && r.inFamily()).count();
    }

    private static boolean numeric(Table t, String column) {
        for (String cell : t.strings(column)) {
            if (!cell.isEmpty() && !cell.equals("NaN")) {
                try {
                    Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** compare.csv, written whole. */
    public static void write(java.nio.file.Path file, List<Row> rows) throws java.io.IOException {
        StringBuilder text = new StringBuilder(Csv.row(HEADER));
        rows.forEach(r -> text.append(Csv.row(r.cells())));
        AtomicFiles.write(file, text.toString());
    }
}
