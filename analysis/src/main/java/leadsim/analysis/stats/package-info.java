/**
 * Summaries and comparisons of replicate outputs held in plain {@code double[]} arrays.
 *
 * <p>Conventions shared by every class here: NaN marks a missing value and is dropped (for
 * paired data the whole pair is dropped); confidence intervals are two-sided; p-values are
 * two-sided; a difference is always "second argument minus first" ({@code b - a}). Results are
 * checked against R in the tests, which quote the R command that produced each value.
 */
package leadsim.analysis.stats;
