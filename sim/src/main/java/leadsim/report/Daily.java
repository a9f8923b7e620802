package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import leadsim.analysis.stats.ReplicateSummary;
import leadsim.analysis.table.Table;

/**
 * One column of the daily series summarised across replicates, day by day: the mean and its 95%
 * t interval. Days on which no replicate has a value are left out.
 *
 * @param day  the days, ascending
 * @param mean mean over replicates
 * @param low  lower end of the 95% interval (NaN with fewer than two replicates)
 * @param high upper end
 * @param n    how many replicates had a value on that day
 */
record Daily(double[] day, double[] mean, double[] low, double[] high, int[] n) {

    /** At most this many points are drawn across a chart; longer series are averaged in blocks of days. */
    static final int MAX_POINTS = 200;

    static Daily of(Table series, String column) {
        double[] day = series.numbers("day");
        double[] values = series.numbers(column);
        int block = blockSize(day);
        if (block == 1) {
            return of(day, values);
        }
        // Average each replicate over each block of days first, then summarise across replicates,
        // so the interval still reflects replicate-to-replicate variation (days are not independent).
        List<String> replicate = series.strings("replicate");
        java.util.Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (int r = 0; r < day.length; r++) {
            if (Double.isNaN(day[r]) || Double.isNaN(values[r])) {
                continue;
            }
            double start = Math.floor((day[r] - 1) / block) * block + 1;
            double[] acc = sums.computeIfAbsent(replicate.get(r) + "\u0000" + start, k -> new double[3]);
            acc[0] = start + (block - 1) / 2.0; // the block's middle day
            acc[1] += values[r];
            acc[2]++;
        }
        double[] x = new double[sums.size()];
        double[] y = new double[sums.size()];
        int i = 0;
        for (double[] acc : sums.values()) {
            x[i] = acc[0];
            y[i] = acc[1] / acc[2];
            i++;
        }
        return of(x, y);
    }

    /** Days per point so that a series of this length has at most {@link #MAX_POINTS} points. */
    static int blockSize(double[] day) {
        double last = 0;
        for (double d : day) {
            if (!Double.isNaN(d)) {
                last = Math.max(last, d);
            }
        }
        return (int) Math.max(1, Math.ceil(last / MAX_POINTS));
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
                rows.add(new double[] {day, s.mean(), s.ciLow(), s.ciHigh(), s.n()});
            }
        });
        double[][] cols = new double[5][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < 5; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        int[] n = new int[rows.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = (int) cols[4][i];
        }
        return new Daily(cols[0], cols[1], cols[2], cols[3], n);
    }

    /** Only the days on which at least {@code minimum} replicates have a value. */
    Daily atLeast(int minimum) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            if (n[i] >= minimum) {
                keep.add(i);
            }
        }
        double[][] cols = new double[4][keep.size()];
        int[] kept = new int[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            cols[0][k] = day[i];
            cols[1][k] = mean[i];
            cols[2][k] = low[i];
            cols[3][k] = high[i];
            kept[k] = n[i];
        }
        return new Daily(cols[0], cols[1], cols[2], cols[3], kept);
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
