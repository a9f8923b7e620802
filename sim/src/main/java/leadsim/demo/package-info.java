/**
 * Live demos of a scenario: the setup and the runs it shows, the lockstep clock, the live
 * session and its knobs, the MASON Console with its run windows, and off-screen snapshots.
 */
package leadsim.demo;
