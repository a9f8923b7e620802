/**
 * A sweep's YAML spec: its keys as the file writes them, read and checked for meaning (the factors'
 * levels, the sampled design), every problem reported at once with its place in the file.
 */
package leadsim.experiment.spec;
