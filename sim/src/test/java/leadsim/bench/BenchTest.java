package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import leadsim.experiment.design.Seeds;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/** {@code leadsim bench}'s figures: the bare loads do the model's heap work, as many events at as many pending. */
class BenchTest {
    private static final Scenario SHORT = Runs.variant("distributed.yaml", null, null,
            "horizon: {days: 30, warmup_days: 5}");

    @Test
    void theBareLoadsHoldTheModelsMeanPendingAndStepItsEvents() {
        StringWriter text = new StringWriter();
        Bench.Figures f = Bench.measure(SHORT, 1, 2, 0.7, new PrintWriter(text));
        assertEquals(Bench.meanPending(SHORT, 3), f.pending(), "the probe's mean, taken once");
        assertTrue(f.pending() > 10 && f.pending() < 100, "a school holds tens of events pending: " + f.pending());
        assertTrue(f.eventsPerRun() > f.eventTimesPerRun(), "meetings share times with other events: " + f);
        assertTrue(f.ratio() > 0 && Double.isFinite(f.ratio()), f.toString());
        String printed = text.toString();
        assertTrue(printed.contains(f.eventsPerRun() + " events at " + f.eventTimesPerRun() + " event times per run"), printed);
        assertTrue(printed.contains("(same events, " + f.pending() + " pending: the model's mean)"), printed);
    }

    @Test
    void theMeanPendingIsOverEveryEventTime() {
        // by hand: one run, the pending count after each of its event times
        SchoolSim sim = new SchoolSim(Seeds.runSeed(3, 0, 0), SHORT, true);
        sim.start();
        double sum = 0;
        long times = 0;
        long most = 0;
        while (sim.stepOnce()) {
            sum += sim.pendingEvents();
            most = Math.max(most, sim.pendingEvents());
            times++;
        }
        sim.finish();
        assertEquals(Math.round(sum / times), Bench.meanPending(SHORT, 1));
        assertTrue(Bench.meanPending(SHORT, 1) < most, "a mean, not the most: " + most);
    }
}
