package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.table.Table;

/**
 * One column of series.csv summarised across replicates, day by day: the mean and its 95%
 * t interval. Days on which no replicate has a value are left out.
 *
 * @param day  the days, ascending
 * @param mean mean over replicates
 * @param low  lower end of the 95% interval (NaN with fewer than two replicates)
 * @param high upper end
 */
record Daily(double[] day, double[] mean, double[] low, double[] high) {

    static Daily of(Table series, String column) {
        return of(series.numbers("day"), series.numbers(column));
    }

    /** Summarises {@code values} grouped by the matching {@code x} (a day, or days since an event). */
    static Daily of(double[] x, double[] values) {
        TreeMap<Double, List<Double>> byDay = new TreeMap<>();
        for (int r = 0; r < x.length; r++) {
            if (!Double.isNaN(x[r])) {
                byDay.computeIfAbsent(x[r], k -> new ArrayList<>()).add(values[r]);
            }
        }
        List<double[]> rows = new ArrayList<>();
        byDay.forEach((day, vs) -> {
            ReplicateSummary s = ReplicateSummary.of(vs.stream().mapToDouble(Double::doubleValue).toArray());
            if (!Double.isNaN(s.mean())) {
                rows.add(new double[] {day, s.mean(), s.ciLow(), s.ciHigh()});
            }
        });
        double[][] cols = new double[4][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 4; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return new Daily(cols[0], cols[1], cols[2], cols[3]);
    }

    int size() {
        return day.length;
    }

    /** Whether every day has an interval (two or more replicates with a value). */
    boolean hasBand() {
        for (int i = 0; i < low.length; i++) {
            if (Double.isNaN(low[i]) || Double.isNaN(high[i])) {
                return false;
            }
        }
        return day.length > 0;
    }

    /** The band with undefined ends closed onto the mean, so it can always be drawn. */
    double[] lowOrMean() {
        double[] out = low.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(out[i]) ? mean[i] : out[i];
        }
        return out;
    }

    double[] highOrMean() {
        double[] out = high.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(out[i]) ? mean[i] : out[i];
        }
        return out;
    }
}
