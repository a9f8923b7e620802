package leadsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import leadsim.analysis.report.PlainLanguage;

/** Numbers as a report shows them: three significant figures in tables, two in sentences. */
final class Fmt {
    static final String NONE = "\u2013";

    private Fmt() {}

    /** Three significant figures, all integer digits kept ("9672", "2.55", "0.0176", "1.00"); whole numbers as such. */
    /** "1 replicate", "3 replicates". */
    static String replicates(int n) {
        return n + (n == 1 ? " replicate" : " replicates");
    }

    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return NONE;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v); // whole numbers (days, counts) without ".0"
        }
        BigDecimal d = BigDecimal.valueOf(v);
        if (Math.abs(v) >= 100) {
            return d.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return d.round(new MathContext(3, RoundingMode.HALF_UP)).toPlainString();
    }

    /** A proportion as a percentage with three significant figures at most ("67.1%", "100%"). */
    static String percent(double share) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return NONE;
        }
        return num(share * 100) + "%";
    }

    /** A value of the given metric: percentages for shares. */
    static String value(MetricCatalogue.Metric metric, double v) {
        return metric != null && metric.isShare() ? percent(v) : num(v);
    }

    /**
     * "12.3% to 45.6%": the 95% interval of a value, a share's interval clipped to 0% and 100%
     * (with few replicates the t interval's arithmetic leaves that range; a share cannot).
     */
    static String interval(MetricCatalogue.Metric metric, double low, double high) {
        String[] r = withInterval(metric, Double.NaN, low, high);
        return r[1] + " to " + r[2];
    }

    /**
     * A value of the metric and its 95% interval for a table, {value, low, high}: three significant
     * figures ({@link #value}), widened by {@link PlainLanguage#withInterval}'s one rule when two
     * distinct bounds would print alike; a share's bounds clipped as in {@link #interval}.
     */
    static String[] withInterval(MetricCatalogue.Metric metric, double value, double low, double high) {
        if (metric != null && metric.isShare()) {
            String[] r = PlainLanguage.withInterval(value * 100, clip(low) * 100, clip(high) * 100, Fmt::num);
            for (int i = 0; i < r.length; i++) {
                r[i] = r[i].equals(NONE) ? NONE : r[i] + "%";
            }
            return r;
        }
        return PlainLanguage.withInterval(value, low, high, Fmt::num);
    }

    /** A value and its interval for a sentence, {value, low, high}: {@link #words}, by the same rule. */
    static String[] wordsWithInterval(double value, double low, double high) {
        return PlainLanguage.withInterval(value, low, high, Fmt::words);
    }

    /** A share's bound clipped to [0, 1]; NaN stays NaN. */
    static double clip(double share) {
        return Double.isNaN(share) ? share : Math.max(0, Math.min(1, share));
    }

    /** Two significant figures, for sentences ("1.0", "0.58", "95"). */
    static String words(double v) {
        return PlainLanguage.significant(v);
    }

    /**
     * A proportion in a sentence: "67%". A share short of all never prints as "100%" (99.7% at two
     * significant figures would, and would read as every need): it gets one more decimal, and
     * another, until it prints below 100.
     */
    static String wordsPercent(double share) {
        String rounded = PlainLanguage.significant(share * 100);
        if (share < 1 && new BigDecimal(rounded).compareTo(HUNDRED) >= 0) {
            for (int decimals = 1; decimals <= 9; decimals++) {
                BigDecimal digits = BigDecimal.valueOf(share * 100).setScale(decimals, RoundingMode.HALF_UP);
                if (digits.compareTo(HUNDRED) < 0) {
                    return digits.toPlainString() + "%";
                }
            }
        }
        return rounded + "%";
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** p-values as journals print them: "< 0.001", else two significant figures ("0.032", "0.41"). */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return NONE;
        }
        return p < 0.001 ? "<\u00a00.001" : PlainLanguage.significant(p); // one unbreakable cell
    }
}
