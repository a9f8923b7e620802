package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import leadsim.experiment.design.Seeds;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.SchoolSim;
import org.junit.jupiter.api.Test;

/** Runs in a demo move together, on one seed, and watching them never changes their history. */
class LockstepTest {
    @Test
    void twoCopiesOfOneScenarioStayIdentical() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("hierarchical.yaml"), Scenarios.file("hierarchical.yaml"), null);
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(20);
        DemoRun a = clock.runs().get(0);
        DemoRun b = clock.runs().get(1);
        assertEquals("A hierarchical", a.label());
        assertEquals(20, a.series().days());
        assertArrayEquals(a.series().latencyByDay(), b.series().latencyByDay());
        assertEquals(a.now(), b.now(), 0.1, "both runs reach the same day");
    }

    @Test
    void theDemoShowsTheHistoryOfAPlainRunWithTheSameSeed() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("distributed.yaml"), null, null);
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(15);
        DemoRun shown = clock.runs().get(0);

        long seed = Seeds.runSeed(shown.loaded().scenario().seed(), 0, 0);
        SchoolSim plain = new SchoolSim(seed, shown.loaded().scenario(), false);
        plain.start();
        while (plain.schedule.getTime() < shown.sim().schedule.getTime() && plain.stepOnce()) {
            // same events, same order
        }
        assertEquals(shown.sim().schedule.getTime(), plain.schedule.getTime(), 0.0);
        for (Level level : plain.organisation().levels()) {
            assertEquals(plain.recorder().queued(level), shown.sim().recorder().queued(level), level.name());
        }
        for (Person p : plain.organisation().people()) {
            Person q = shown.sim().organisation().people().get(p.id());
            assertEquals(plain.decisionFlow().queued(p), shown.sim().decisionFlow().queued(q), p.toString());
            assertEquals(p.expertise(0), q.expertise(0), 0.0, p.toString());
        }
    }

    @Test
    void aRestartReplaysTheSameHistory() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("hierarchical.yaml"), null, null);
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(10);
        double[] first = clock.runs().get(0).series().latencyByDay();
        clock.start();
        clock.runUntil(10);
        assertArrayEquals(first, clock.runs().get(0).series().latencyByDay());
    }
}
