package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.demo.colour.ColourChoice;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.event.DemoEvent;
import leadsim.demo.event.DemoEvents;
import leadsim.demo.event.SwitchRegimeEvent;
import leadsim.demo.feed.ChartFeeds;
import org.junit.jupiter.api.Test;

/** Knobs, regime switching, colour modes and event buttons as the Console and lessons use them. */
class LiveControlsTest {
    private static DemoRun started(String scenario) throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file(scenario), null, null).clock();
        clock.start();
        clock.runUntil(3);
        return clock.runs().get(0);
    }

    @Test
    void knobsReadAndTurnTheModel() throws Exception {
        DemoRun run = started("hierarchical.yaml");
        LiveParameters knobs = run.parameters();
        assertEquals(0.3, knobs.get(LiveParameters.SAFETY), 1e-12);
        knobs.set(LiveParameters.SAFETY, 0.9);
        assertEquals(0.9, run.sim().decisionFlow().psychologicalSafety(), 1e-12);
        knobs.set(LiveParameters.TRANSPARENCY, 2.0);
        assertEquals(1.0, run.sim().decisionFlow().transparency(), 1e-12, "clamped to the knob's range");
        knobs.set("capacity.principal", 6.5);
        var principal = run.sim().organisation().peopleOf(run.sim().organisation().level("principal")).get(0);
        assertEquals(6.5, principal.capacityHours(), 1e-12);
        assertNotNull(knobs.knob("capacity.teacher_leader"));
    }

    @Test
    void theRegimeSwitchesBothWays() throws Exception {
        // started() plays the first days, so the switch happens on day 3
        DemoRun run = started("hierarchical.yaml");
        assertEquals(List.of("hierarchical", "distributed"), run.regimes().names());
        SwitchRegimeEvent event = new SwitchRegimeEvent(false);
        assertNull(event.unavailable(run));
        String said = event.fire(run);
        assertEquals("distributed", run.regime());
        assertEquals("Day 3: decision rights switched to distributed. The culture stays as it was "
                + "(psychological safety 0.30, transparency 0.30).", said);
        assertEquals(0.3, run.sim().decisionFlow().psychologicalSafety(), 1e-12, "rights only: the culture stays");
        event.fire(run);
        assertEquals("hierarchical", run.regime());
        // and the run goes on under the new table
        run.advanceTo(10);
        assertTrue(run.series().days() >= 9);
    }

    @Test
    void theRegimeSwitchWithCultureTakesThePresetsCulture() throws Exception {
        DemoRun run = started("hierarchical.yaml");
        String said = new SwitchRegimeEvent(true).fire(run);
        assertEquals("distributed", run.regime());
        assertEquals(0.8, run.sim().decisionFlow().psychologicalSafety(), 1e-12, "the distributed preset's safety");
        assertEquals(0.8, run.sim().decisionFlow().transparency(), 1e-12, "the distributed preset's transparency");
        assertEquals("Day 3: decision rights and culture switched to distributed: psychological safety 0.80 (was 0.30), "
                + "transparency 0.80 (was 0.30).", said);
        new SwitchRegimeEvent(true).fire(run);
        assertEquals(0.3, run.sim().decisionFlow().psychologicalSafety(), 1e-12, "and back to the hierarchical preset's");
    }

    @Test
    void eventsOfMechanismsThatAreOffAreNotOffered() throws Exception {
        DemoRun run = started("distributed.yaml");
        assertEquals(List.of("switch_regime", "switch_regime_and_culture"),
                DemoEvents.offered(run).stream().map(DemoEvent::id).toList());
    }

    @Test
    void modesAndChartsOfMechanismsThatAreOffSaySo() throws Exception {
        DemoRun run = started("distributed.yaml");
        assertNull(ColourModes.byId("queue").unavailable(run));
        assertNull(ColourModes.byId("expertise").unavailable(run));
        assertTrue(ColourModes.byId("adoption").unavailable(run).contains("innovation is off"));
        assertTrue(ColourModes.byId("commitment").unavailable(run).contains("no reform"));
        long live = ChartFeeds.all().stream().filter(f -> f.unavailable(run) == null).count();
        assertEquals(2, live, "latency and queues; no innovation or reform in distributed.yaml");
    }

    @Test
    void safetyTurnsInnovationsCultureToo() throws Exception {
        DemoRun run = started("innovation.yaml");
        run.parameters().set(LiveParameters.SAFETY, 0.2);
        run.parameters().set(LiveParameters.TRANSPARENCY, 0.1);
        // both through the regime_change path: each keeps the other's value
        assertEquals(0.2, run.sim().decisionFlow().psychologicalSafety(), 1e-12);
        assertEquals(0.1, run.sim().decisionFlow().transparency(), 1e-12);
    }

    @Test
    void theInspectorListsColourRegimeAndKnobs() throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file("distributed.yaml"), null, null).clock();
        clock.start();
        ControlProperties props = new ControlProperties(clock, new ColourChoice());
        assertEquals("Colour shows", props.getName(0));
        assertEquals("Decision rights", props.getName(1));
        int safety = -1;
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getName(i).equals("Psychological safety")) {
                safety = i;
            }
        }
        props.setValue(safety, (Object) 0.25);
        assertEquals(0.25, (Double) props.getValue(safety), 1e-12);
        props.setValue(1, (Object) 1);
        assertEquals("hierarchical", clock.runs().get(0).regime());
    }
}
