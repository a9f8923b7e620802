/**
 * Lessons: loading a lesson file, playing its cues, checking its claims against the measures of
 * the runs, and playing its branches ahead for an offline replay.
 */
package leadsim.demo.lesson;
