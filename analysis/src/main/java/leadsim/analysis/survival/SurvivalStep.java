package leadsim.analysis.survival;

/**
 * The Kaplan-Meier curve at one distinct observed time (event or censoring).
 *
 * @param time      the time
 * @param atRisk    subjects still under observation just before {@code time}
 * @param events    events at {@code time}
 * @param censored  subjects censored at {@code time} (still counted at risk at this time, as
 *                  censoring is taken to happen just after any event at the same time)
 * @param survival  the estimate S(time), constant until the next step
 * @param ciLow     lower end of the pointwise confidence interval for S(time)
 * @param ciHigh    upper end
 */
public record SurvivalStep(double time, int atRisk, int events, int censored, double survival,
        double ciLow, double ciHigh) {
}
