package leadsim.analysis.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan-Meier (product-limit) estimate of a survival curve from right-censored times.
 *
 * <p>At each distinct event time t with n at risk and d events, S drops by the factor
 * (1 - d/n). Censoring at the same time as events is taken to happen just after them (the
 * usual convention, and R's). Standard errors are Greenwood's: the variance of log S(t) is
 * the sum of d / (n (n - d)) over event times up to t.
 *
 * <p>Pointwise 95% intervals are built on the log-log scale by default
 * ({@link ConfidenceType#LOG_LOG}, R's {@code conf.type = "log-log"}); R's own default, the
 * log scale, is available through {@link #fit(double[], boolean[], ConfidenceType)}. The
 * median's interval is that of Brookmeyer and Crowley as R computes it: the times at which the
 * lower and the upper pointwise limits cross 0.5, so it always agrees with the band drawn
 * around the curve.
 *
 * <p>Reference: Kaplan and Meier (1958); Greenwood (1926); Brookmeyer and Crowley (1982);
 * Therneau's {@code survival} package for R.
 */
public final class KaplanMeier {

    private static final double CONFIDENCE = 0.95;

    private final ConfidenceType confidenceType;
    private final List<SurvivalStep> steps;
    private final double[] stepTimes;
    private final double[] standardErrors;
    private final double[] censorTimes;

    private KaplanMeier(ConfidenceType confidenceType, List<SurvivalStep> steps,
            double[] standardErrors, double[] censorTimes) {
        this.confidenceType = confidenceType;
        this.steps = Collections.unmodifiableList(steps);
        this.stepTimes = steps.stream().mapToDouble(SurvivalStep::time).toArray();
        this.standardErrors = standardErrors;
        this.censorTimes = censorTimes;
    }

    /** Fits the curve with log-log pointwise intervals. */
    public static KaplanMeier fit(double[] times, boolean[] observedEvent) {
        return fit(times, observedEvent, ConfidenceType.LOG_LOG);
    }

    /**
     * Fits the curve.
     *
     * @param times         follow-up time of each subject (finite, not NaN)
     * @param observedEvent true where the subject's time is an event, false where censored
     * @param type          how the pointwise intervals are built
     * @throws IllegalArgumentException on length mismatch or a non-finite time
     */
    public static KaplanMeier fit(double[] times, boolean[] observedEvent, ConfidenceType type) {
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(observedEvent, "observedEvent");
        Objects.requireNonNull(type, "type");
        if (times.length != observedEvent.length) {
            throw new IllegalArgumentException("times and observedEvent differ in length: "
                    + times.length + " and " + observedEvent.length);
        }
        for (int i = 0; i < times.length; i++) {
            if (!Double.isFinite(times[i])) {
                throw new IllegalArgumentException("time " + i + " is not a finite number: " + times[i]);
            }
        }
        Integer[] order = new Integer[times.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(times[i], times[j]));

        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        List<SurvivalStep> steps = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        List<Double> censored = new ArrayList<>();
        double survival = 1;
        double greenwood = 0; // running variance of log S
        int atRisk = times.length;
        int k = 0;
        while (k < order.length) {
            double t = times[order[k]];
            int events = 0;
            int censors = 0;
            while (k < order.length && times[order[k]] == t) {
                if (observedEvent[order[k]]) {
                    events++;
                } else {
                    censors++;
                }
                k++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwood += events < atRisk
                        ? (double) events / ((double) atRisk * (atRisk - events))
                        : Double.POSITIVE_INFINITY;
            }
            if (censors > 0) {
                censored.add(t);
            }
            double seLog = Math.sqrt(greenwood);
            double[] ci = interval(survival, seLog, z, type);
            steps.add(new SurvivalStep(t, atRisk, events, censors, survival, ci[0], ci[1]));
            errors.add(survival == 0 ? Double.NaN : survival * seLog);
            atRisk -= events + censors;
        }
        return new KaplanMeier(type, steps, errors.stream().mapToDouble(Double::doubleValue).toArray(),
                censored.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Pointwise interval for S given the standard error of log S, as R's survfit_confint. */
    private static double[] interval(double s, double seLog, double z, ConfidenceType type) {
        if (s == 0) {
            return new double[] {Double.NaN, Double.NaN}; // undefined on either scale, NA in R
        }
        if (type == ConfidenceType.LOG) {
            return new double[] {s * Math.exp(-z * seLog), Math.min(1.0, s * Math.exp(z * seLog))};
        }
        if (s == 1) {
            return new double[] {1.0, 1.0};
        }
        double logS = Math.log(s);
        double centre = Math.log(-logS);
        double shift = z * seLog / logS; // negative, since log S < 0
        return new double[] {Math.exp(-Math.exp(centre - shift)), Math.exp(-Math.exp(centre + shift))};
    }

    /** One step per distinct observed time, censor-only times included, in time order. */
    public List<SurvivalStep> steps() {
        return steps;
    }

    /** The interval type the steps were built with. */
    public ConfidenceType confidenceType() {
        return confidenceType;
    }

    /**
     * Greenwood standard error of S at each step (aligned with {@link #steps()}), as printed
     * by R's {@code summary(survfit(...))$std.err}; NaN where S = 0.
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /**
     * S(t): 1 before the first observed time, the value of the last step at or before t after
     * it. Beyond the last observed time the last value is carried forward, although the data
     * say nothing there.
     */
    public double survivalAt(double t) {
        int i = lastStepAtOrBefore(t);
        return i < 0 ? 1.0 : steps.get(i).survival();
    }

    /**
     * Median survival time as R's {@code print(survfit(...))} reports it: the first time S is
     * at or below 0.5, or, where S is exactly 0.5 and drops later, the midpoint between the two
     * times. NaN when S never falls to 0.5: the median is "not reached" (R prints NA).
     */
    public double medianSurvival() {
        return quantileOf(SurvivalStep::survival);
    }

    /**
     * 95% confidence interval of the median, {@code [low, high]}: the times at which the
     * lower and the upper pointwise limits fall to 0.5 (Brookmeyer-Crowley, as R's
     * {@code print(survfit(...))} shows it as 0.95LCL and 0.95UCL, by the same rule as the
     * median). Either end is NaN when that limit never reaches 0.5: typically the upper end
     * when few subjects had the event.
     */
    public double[] medianCi() {
        return new double[] {quantileOf(SurvivalStep::ciLow), quantileOf(SurvivalStep::ciHigh)};
    }

    /**
     * The first time the curve is at or below {@code level} (e.g. 0.1 for the 90th percentile
     * of the time to event), by the rule of {@link #medianSurvival()}; NaN when never reached.
     */
    public double timeAtSurvival(double level) {
        if (steps.isEmpty()) {
            return Double.NaN;
        }
        double[] values = steps.stream().mapToDouble(SurvivalStep::survival).toArray();
        return CurveQuantile.at(stepTimes, values, level);
    }

    /**
     * Restricted mean survival time up to {@code tau}: the area under the curve from 0 to tau
     * (R: {@code print(survfit(...), rmean = tau)}). Beyond the last observed time the last
     * value is carried forward, as {@link #survivalAt(double)} does.
     */
    public double restrictedMean(double tau) {
        double area = 0;
        double from = 0;
        double s = 1;
        for (SurvivalStep step : steps) {
            if (step.time() >= tau) {
                break;
            }
            area += s * (step.time() - from);
            from = step.time();
            s = step.survival();
        }
        return area + s * Math.max(0, tau - from);
    }

    /** Distinct times at which someone was censored, ascending: where a plot puts its tick marks. */
    public double[] censorTimes() {
        return censorTimes.clone();
    }

    /** Number of subjects. */
    public int subjects() {
        return steps.isEmpty() ? 0 : steps.get(0).atRisk();
    }

    /** Total number of events. */
    public int events() {
        return steps.stream().mapToInt(SurvivalStep::events).sum();
    }

    private double quantileOf(java.util.function.ToDoubleFunction<SurvivalStep> curve) {
        if (steps.isEmpty()) {
            return Double.NaN;
        }
        double[] values = steps.stream().mapToDouble(curve).toArray();
        return CurveQuantile.median(stepTimes, values);
    }

    private int lastStepAtOrBefore(double t) {
        int i = Arrays.binarySearch(stepTimes, t);
        return i >= 0 ? i : -i - 2;
    }
}
