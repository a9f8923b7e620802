package leadsim.demo.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LockstepClock;
import leadsim.demo.Scenarios;
import leadsim.demo.draw.RunTitle;
import leadsim.demo.event.SwitchRegimeEvent;
import org.junit.jupiter.api.Test;

/** What a room reads: titles in words, only the charts of mechanisms that are on, axes shared by compared runs. */
class RoomReadableTest {
    private static LockstepClock compared(int days) throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file("hierarchical.yaml"), Scenarios.file("distributed.yaml"), null).clock();
        clock.start();
        clock.runUntil(days);
        return clock;
    }

    @Test
    void theTitleSaysTheSchoolTheRightsAndTheCultureInWords() throws Exception {
        DemoRun run = compared(12).runs().get(0);
        assertEquals("Hierarchical, day 12", RunTitle.heading(run));
        assertEquals("Decision rights: hierarchical table. Psychological safety 0.30, transparency 0.30.", RunTitle.rights(run));
        new SwitchRegimeEvent(false).fire(run);
        assertEquals("Decision rights: distributed table since day 12 (it began with the hierarchical table). "
                + "Psychological safety 0.30, transparency 0.30.", RunTitle.rights(run));
        assertEquals("Champion leaves hierarchical", RunTitle.words("champion-leaves-hierarchical"));
    }

    @Test
    void chartsOfMechanismsThatAreOffAreNotShown() throws Exception {
        DemoRun run = compared(1).runs().get(1);
        assertEquals(List.of("latency", "queues"), ChartFeeds.of(run).stream().map(ChartFeed::id).toList());
    }

    @Test
    void comparedRunsShareEachChartsYAxis() throws Exception {
        List<DemoRun> runs = compared(30).runs();
        ChartFeed latency = new LatencyFeed();
        double top = DemoCharts.sharedTop(latency, runs);
        double highest = 0;
        for (DemoRun run : runs) {
            for (double v : run.series().latencyByDay()) {
                if (!Double.isNaN(v)) {
                    highest = Math.max(highest, v);
                }
            }
        }
        assertTrue(top >= highest && top <= 2.5 * highest, "top " + top + " for a highest value " + highest);
        assertEquals(top, DemoCharts.sharedTop(latency, List.of(runs.get(1), runs.get(0))), "the same top whichever run is first");
        assertEquals(1.0, DemoCharts.sharedTop(new ImplementationFeed(), runs), "a share keeps its own top");
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 250.0), List.of(DemoCharts.niceCeiling(0.7), DemoCharts.niceCeiling(1.3),
                DemoCharts.niceCeiling(4.1), DemoCharts.niceCeiling(9.9), DemoCharts.niceCeiling(201)));
    }

    @Test
    void aRolesLineHasOneColourInEveryChartAndSaysHowManyItAddsUp() throws Exception {
        DemoRun run = compared(2).runs().get(0);
        assertTrue(new QueueFeed().series(run).containsKey("teacher (all 40)"));
        assertTrue(new QueueFeed().series(run).containsKey("principal"));
        assertEquals(SeriesColours.of(List.of("principal")).get("principal"),
                SeriesColours.of(List.of("teacher (all 40)", "principal (all 1)")).get("principal (all 1)"));
        assertEquals("asst principals (2)", DemoCharts.shortLabel("assistant principal (all 2)"));
    }
}
