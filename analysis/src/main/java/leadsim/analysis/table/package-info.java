/**
 * A small immutable, column-oriented table of strings with CSV input and output.
 *
 * <p>Cells keep the exact text they were given (so a number round-trips byte for byte) and are
 * parsed as numbers only when asked for. This is the form in which result files reach the
 * statistics in {@code leadsim.analysis.stats}, {@code survival} and {@code sensitivity}.
 */
package leadsim.analysis.table;
