package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import leadsim.analysis.survival.KaplanMeier;
import leadsim.analysis.survival.LogRank;
import leadsim.analysis.survival.LogRankResult;

/**
 * How long a reform outlived its champion in one scenario, as a censored measure: per replicate
 * the days from the champion's departure to the reform's end, or to the end of the run when the
 * reform was still going (censored). Means of censored times understate; a reader gets the
 * Kaplan-Meier median and, between two scenarios, the log-rank test.
 *
 * @param times  days since the departure, one per replicate whose champion left
 * @param ended  true where the reform ended within the run (an event), false where it was censored
 * @param km     the Kaplan-Meier estimate
 * @param daysPerYear school days a year, from the resolved scenario (180 unless it says otherwise)
 */
record SurvivalFacts(double[] times, boolean[] ended, KaplanMeier km, double daysPerYear) {

    static final double DEFAULT_DAYS_PER_YEAR = 180;

    /** The reform's survival in a run, when the run measured it in some replicate. */
    static Optional<SurvivalFacts> of(RunData run) {
        if (!run.hasMetric(MetricCatalogue.REFORM_SURVIVAL_DAYS) || !run.hasMetric(MetricCatalogue.REFORM_CENSORED)) {
            return Optional.empty();
        }
        double[] t = run.metric(MetricCatalogue.REFORM_SURVIVAL_DAYS);
        List<String> censored = run.runs().strings(MetricCatalogue.REFORM_CENSORED);
        List<Double> kept = new ArrayList<>();
        List<Boolean> event = new ArrayList<>();
        for (int r = 0; r < t.length; r++) {
            if (!Double.isNaN(t[r])) {
                kept.add(t[r]);
                String c = censored.get(r).strip().toLowerCase(Locale.ROOT);
                event.add(!(c.equals("1") || c.equals("true") || c.equals("1.0")));
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        double[] times = kept.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] ended = new boolean[times.length];
        for (int k = 0; k < ended.length; k++) {
            ended[k] = event.get(k);
        }
        double perYear = run.manifest().path("scenario").path("horizon").path("days_per_year")
                .asDouble(DEFAULT_DAYS_PER_YEAR);
        return Optional.of(new SurvivalFacts(times, ended, KaplanMeier.fit(times, ended), perYear > 0 ? perYear
                : DEFAULT_DAYS_PER_YEAR));
    }

    /** The median in days, or NaN when more than half of the reforms outlived the run. */
    double median() {
        return km.medianSurvival();
    }

    /** "143 days (0.8 school years)", or "not reached: most reforms outlived the run". */
    String medianText() {
        double m = median();
        if (Double.isNaN(m)) {
            return "not reached (more than half of the reforms were still running when the run ended)";
        }
        return Fmt.words(m) + " days (" + Fmt.words(m / daysPerYear) + " school years)";
    }

    /** The log-rank test of equal survival in two scenarios. */
    static LogRankResult logRank(SurvivalFacts a, SurvivalFacts b) {
        return LogRank.test(a.times, a.ended, b.times, b.ended);
    }

    /**
     * The summary's sentence on survival, {@code b} against the baseline {@code a}: "In the
     * distributed school the reform outlived its champion's departure longer: median survival 494
     * vs 143 days (2.7 vs 0.79 school years), log-rank p &lt; 0.001."
     */
    static String sentence(SurvivalFacts a, String aName, SurvivalFacts b, String bName) {
        LogRankResult test = logRank(a, b);
        boolean significant = test.pValue() < 0.05;
        double ma = a.median();
        double mb = b.median();
        String medians;
        if (Double.isNaN(ma) && Double.isNaN(mb)) {
            medians = "in both, more than half of the reforms were still running when the run ended, so neither median"
                    + " is reached";
        } else {
            medians = "median survival " + days(mb) + " vs " + days(ma) + " days since the champion left ("
                    + years(mb, b.daysPerYear) + " vs " + years(ma, a.daysPerYear) + " school years)";
        }
        String p = "log-rank p " + (test.pValue() < 0.001 ? "< 0.001" : "= " + Fmt.p(test.pValue()));
        String ended = " Reforms ended in " + b.km.events() + " of " + b.km.subjects() + " replicates against "
                + a.km.events() + " of " + a.km.subjects() + ".";
        if (!significant) {
            return "Reform survival after the champion left did not differ significantly between "
                    + ScenarioNames.the(bName) + " and " + ScenarioNames.the(aName) + " (" + medians + ", " + p
                    + "): it could be chance." + ended;
        }
        boolean longer = longer(a, b);
        return "In " + ScenarioNames.the(bName) + " the reform survived its champion's departure "
                + (longer ? "longer" : "for a shorter time") + " than in " + ScenarioNames.the(aName) + ": " + medians + ", "
                + p + ", which is " + (longer ? "better" : "worse") + "." + ended;
    }

    /** Whether b's reforms die significantly sooner than a's: a result to draw as a caution. */
    static boolean worse(SurvivalFacts a, SurvivalFacts b) {
        return logRank(a, b).pValue() < 0.05 && !longer(a, b);
    }

    /** Whether b's reforms last longer: by the medians, else by the survival at a's last time. */
    private static boolean longer(SurvivalFacts a, SurvivalFacts b) {
        double ma = a.median();
        double mb = b.median();
        if (!Double.isNaN(ma) && !Double.isNaN(mb)) {
            return mb > ma;
        }
        if (Double.isNaN(ma) != Double.isNaN(mb)) {
            return Double.isNaN(mb);
        }
        double t = Math.min(max(a.times), max(b.times));
        return b.km.survivalAt(t) > a.km.survivalAt(t);
    }

    private static double max(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static String days(double m) {
        return Double.isNaN(m) ? "not reached" : Fmt.words(m);
    }

    private static String years(double m, double perYear) {
        return Double.isNaN(m) ? "not reached" : Fmt.words(m / perYear);
    }
}
