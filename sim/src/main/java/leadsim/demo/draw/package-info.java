/**
 * Drawing a run: the organisation's layout, the MASON portrayals of people, bodies, teams, lit
 * paths and overlays, the school and district pictures the browser shares, and the titles on them.
 */
package leadsim.demo.draw;
