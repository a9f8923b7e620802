/**
 * The result directory: its layout and manifest, the store that appends runs.csv and resumes after a
 * kill, the files each run writes and the finished experiment derives, the one reader, and the merge
 * of shards.
 */
package leadsim.experiment.store;
