/**
 * What an experiment is: replicates of one scenario, a comparison of scenarios or a sweep over
 * factors, as design points (grids, Latin hypercube, Sobol, Saltelli and Morris samples) with the seed
 * of every run, and the same experiment rebuilt from a manifest to run again.
 */
package leadsim.experiment.design;
