/**
 * Running an experiment: every design point checked before any run starts, then the runs (or one
 * shard of them) on a pool of threads, with their progress, the memory they need and how the attempt
 * ended; also the sweep benchmark.
 */
package leadsim.experiment.run;
