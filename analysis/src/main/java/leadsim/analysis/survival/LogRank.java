package leadsim.analysis.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.special.Gamma;

/**
 * The log-rank (Mantel-Haenszel) test that two or more survival curves are the same, as R's
 * {@code survdiff(Surv(time, status) ~ group)} with its default {@code rho = 0}.
 *
 * <p>At each distinct event time, the events expected in each group are its share of those at
 * risk times all events then; the statistic compares observed with expected totals using the
 * hypergeometric covariance, {@code (O - E)' V^-1 (O - E)} over all groups but one. For two
 * groups this is the familiar {@code (O1 - E1)^2 / V11}.
 */
public final class LogRank {

    private LogRank() {
    }

    /** Two-group test. */
    public static LogRankResult test(double[] t1, boolean[] e1, double[] t2, boolean[] e2) {
        return test(List.of(t1, t2), List.of(e1, e2));
    }

    /**
     * k-group test.
     *
     * @param times  per group, each subject's follow-up time
     * @param events per group, true where the time is an event
     * @throws IllegalArgumentException on mismatched lengths or non-finite times
     */
    public static LogRankResult test(List<double[]> times, List<boolean[]> events) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(events, "events");
        int k = times.size();
        if (events.size() != k) {
            throw new IllegalArgumentException(k + " groups of times but " + events.size() + " of events");
        }
        TreeSet<Double> eventTimes = new TreeSet<>();
        for (int g = 0; g < k; g++) {
            double[] t = times.get(g);
            boolean[] e = events.get(g);
            if (t.length != e.length) {
                throw new IllegalArgumentException("group " + (g + 1) + ": " + t.length
                        + " times but " + e.length + " event flags");
            }
            for (int i = 0; i < t.length; i++) {
                if (!Double.isFinite(t[i])) {
                    throw new IllegalArgumentException("group " + (g + 1) + ", time " + i
                            + " is not a finite number: " + t[i]);
                }
                if (e[i]) {
                    eventTimes.add(t[i]);
                }
            }
        }
        double[] observedMinusExpected = new double[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        double[] atRisk = new double[k];
        double[] deaths = new double[k];
        for (double t : eventTimes) {
            double n = 0;
            double d = 0;
            for (int g = 0; g < k; g++) {
                atRisk[g] = countAtRisk(times.get(g), t);
                deaths[g] = countEvents(times.get(g), events.get(g), t);
                n += atRisk[g];
                d += deaths[g];
            }
            for (int g = 0; g < k; g++) {
                double e = atRisk[g] * d / n;
                expected[g] += e;
                observedMinusExpected[g] += deaths[g] - e;
            }
            if (n > 1) {
                double factor = d * (n - d) / (n - 1);
                for (int g = 0; g < k; g++) {
                    for (int h = 0; h < k; h++) {
                        double share = (g == h ? 1 : 0) - atRisk[h] / n;
                        variance[g][h] += factor * atRisk[g] / n * share;
                    }
                }
            }
        }
        // Groups never at risk at an event time carry no information (R drops them too).
        List<Integer> used = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            if (expected[g] > 0) {
                used.add(g);
            }
        }
        int df = used.size() - 1;
        if (df < 1) {
            return new LogRankResult(Double.NaN, Math.max(df, 0), Double.NaN);
        }
        // The k covariances sum to zero, so drop the last used group to get an invertible matrix.
        double[][] v = new double[df][df];
        double[] diff = new double[df];
        for (int a = 0; a < df; a++) {
            diff[a] = observedMinusExpected[used.get(a)];
            for (int b = 0; b < df; b++) {
                v[a][b] = variance[used.get(a)][used.get(b)];
            }
        }
        RealVector u = new ArrayRealVector(diff, false);
        RealVector solved;
        try {
            solved = new LUDecomposition(new Array2DRowRealMatrix(v, false)).getSolver().solve(u);
        } catch (SingularMatrixException e) {
            // e.g. every subject at risk had the event at once: no variance to test against
            return new LogRankResult(Double.NaN, df, Double.NaN);
        }
        double chi = u.dotProduct(solved);
        // The chi-square upper tail Q(df/2, chi/2) directly, not 1 - CDF, so that tiny
        // p-values keep their digits instead of rounding to 0.
        return new LogRankResult(chi, df, Gamma.regularizedGammaQ(df / 2.0, chi / 2));
    }

    private static int countAtRisk(double[] times, double t) {
        int n = 0;
        for (double x : times) {
            if (x >= t) {
                n++;
            }
        }
        return n;
    }

    private static int countEvents(double[] times, boolean[] events, double t) {
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (events[i] && times[i] == t) {
                n++;
            }
        }
        return n;
    }
}
