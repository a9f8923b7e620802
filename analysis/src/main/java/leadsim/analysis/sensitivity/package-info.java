/**
 * Global sensitivity analysis over designs in the unit hypercube: Saltelli designs with Sobol
 * first-order and total-order indices, Morris elementary-effects screening, and main effects
 * (mean output per factor level, one or two factors at a time).
 *
 * <p>Designs are produced in [0, 1]^k; mapping a unit coordinate onto a factor's real range
 * (and rounding for integer factors) is the caller's business.
 */
package leadsim.analysis.sensitivity;
