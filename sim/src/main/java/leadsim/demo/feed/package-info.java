/**
 * A run's daily record and the live charts drawn from it: the chart feeds (whole run and per
 * school), the Swing charts and their slots.
 */
package leadsim.demo.feed;
