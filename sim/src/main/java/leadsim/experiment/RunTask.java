package leadsim.experiment;

import leadsim.scenario.Scenario;

/** One run to do: its id, design point, replicate and seed, the point's scenario, and whether to keep series. */
public record RunTask(long runId, long point, int replicate, long seed, Scenario scenario, boolean keepSeries) {}
