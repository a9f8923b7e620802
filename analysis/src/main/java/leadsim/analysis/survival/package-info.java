/**
 * Time-to-event statistics over plain arrays of times and event flags: Kaplan-Meier curves
 * with Greenwood confidence bands and median survival, and the log-rank test. Results match
 * R's {@code survival} package ({@code survfit}, {@code survdiff}); the tests quote the
 * reference values.
 */
package leadsim.analysis.survival;
