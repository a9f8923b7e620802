/**
 * What the colours of the demo show: the colour modes of people and bodies, the district tiles'
 * modes for the same choice, their ramps, and the display's fixed palette.
 */
package leadsim.demo.colour;
