/**
 * What a result directory says: every measure of every design point summarised over its replicates
 * (summary.json), and each scenario compared with the baseline pair by pair (compare.csv), as the
 * terminal and the report print them.
 */
package leadsim.experiment.summary;
