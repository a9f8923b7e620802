package leadsim.experiment;

import leadsim.model.RunResult;

/** One finished replicate: which one, with which seed, and what it measured. */
public record ReplicateRun(int replicate, long seed, RunResult result) {}
