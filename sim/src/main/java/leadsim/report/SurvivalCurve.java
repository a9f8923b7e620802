package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.chart.SurvivalChart;
import leadsim.analysis.survival.KaplanMeier;
import leadsim.analysis.survival.SurvivalStep;

/** A Kaplan-Meier estimate drawn as one group of a survival chart, in school years. */
final class SurvivalCurve {
    private SurvivalCurve() {}

    /** The curve's steps (where reforms ended) and its censoring ticks, times in days over {@code daysPerYear}. */
    static void addTo(SurvivalChart.Builder chart, String name, KaplanMeier km, double daysPerYear) {
        List<Double> stepT = new ArrayList<>();
        List<Double> stepS = new ArrayList<>();
        for (SurvivalStep step : km.steps()) {
            if (step.events() > 0) {
                stepT.add(step.time() / daysPerYear);
                stepS.add(step.survival());
            }
        }
        double[] censorTimes = km.censorTimes();
        double[] censorS = new double[censorTimes.length];
        double[] censorYears = new double[censorTimes.length];
        for (int k = 0; k < censorTimes.length; k++) {
            censorS[k] = km.survivalAt(censorTimes[k]);
            censorYears[k] = censorTimes[k] / daysPerYear;
        }
        chart.group(name, stepT.stream().mapToDouble(Double::doubleValue).toArray(),
                stepS.stream().mapToDouble(Double::doubleValue).toArray(), censorYears, censorS);
    }
}
