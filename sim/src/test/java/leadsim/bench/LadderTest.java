package leadsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import leadsim.model.SchoolSim;
import org.junit.jupiter.api.Test;

/**
 * The ladder on tiny rungs (1 and 3 copies of the shipped school, 40 days, 0.2 s of runs each):
 * every figure is there and sane. Nothing here is timed against a number: speed is only ever a ratio
 * measured in one process, by {@code leadsim bench --ladder}, never in a unit test.
 */
class LadderTest {
    private static final Path SCHOOL = Path.of("../scenarios/distributed.yaml");

    @Test
    void tinyRungsGiveEveryFigure() throws Exception {
        StringWriter text = new StringWriter();
        Ladder.Result result = Ladder.run(new Ladder.Plan(SCHOOL, List.of(1, 3), 1, 40.0, 0.2, 0), new PrintWriter(text));
        assertTrue(result.complete());
        assertNull(result.shortfallMessage());
        List<Rung> rungs = result.rungs();
        assertEquals(List.of(1, 3), rungs.stream().map(Rung::schools).toList());
        for (Rung r : rungs) {
            assertTrue(r.runs() >= 1);
            assertEquals(r.schools() * 40.0 / 180, r.schoolYears(), 1e-12);
            assertTrue(r.events() > 0 && r.modelSeconds() > 0 && r.startupSeconds() > 0, r.toString());
            assertTrue(r.pendingMean() >= 1 && r.pendingMax() >= r.pendingMean(), r.toString());
            assertEquals(r.events(), r.bareEvents(), "the bare schedule steps as many events as the model");
            assertTrue(r.events() > r.eventTimes() && r.eventTimes() > 0,
                    "the school's meetings share times with other events: more events than event times " + r);
            assertTrue(r.ratioToBare() > 0 && Double.isFinite(r.ratioToBare()), r.toString());
            assertTrue(r.heap().liveBytes() > 0 && r.heap().peakBytes() >= r.heap().liveBytes(), r.toString());
        }
        assertEquals(1.0, rungs.get(0).flatness(rungs.get(0)), 0.0);
        assertTrue(rungs.get(1).eventsPerRun() > 2 * rungs.get(0).eventsPerRun(), "three schools, about three times the events");
        // three schools apart run as lanes, each on a schedule of its own: a lane's heap holds one school's events
        assertTrue(rungs.get(1).pendingMean() < 2 * rungs.get(0).pendingMean()
                && rungs.get(1).pendingMean() > 0.5 * rungs.get(0).pendingMean(), "pending per schedule: " + rungs);

        String printed = text.toString();
        for (String column : List.of("schools", "runs", "event times", "events", "per run", "events/s", "s/run", "s/school-year",
                "start-up s", "heap peak MB", "live peak MB", "pending", "mean", "bare events/s", "model/bare", "x 1 school")) {
            assertTrue(printed.contains(column), "column " + column + " in\n" + printed);
        }
        List<String> rows = printed.lines().filter(line -> line.matches("\\s+[13]\\s+\\d+\\s.*")).toList();
        assertEquals(2, rows.size(), printed);
        for (String row : rows) {
            assertEquals(14, row.trim().split("\\s+").length, "14 figures in " + row);
        }

        List<String> csv = result.csv().lines().toList();
        assertEquals(3, csv.size());
        int columns = csv.get(0).split(",").length;
        assertEquals(17, columns, csv.get(0));
        assertTrue(csv.get(1).startsWith("1,0.222,1,"), csv.get(1));
        assertEquals(columns, csv.get(2).split(",").length);
    }

    @Test
    void twoThreadsRunTheSameEventsAndAreJudgedPerThread() throws Exception {
        Ladder.Result one = Ladder.run(new Ladder.Plan(SCHOOL, List.of(3), 1, 20.0, 0.0, 0), new PrintWriter(new StringWriter()));
        Ladder.Result two = Ladder.run(new Ladder.Plan(SCHOOL, List.of(1, 3), 2, 20.0, 0.0, 0), new PrintWriter(new StringWriter()));
        Rung a = one.rungs().get(0);
        Rung b = two.rungs().get(1);
        assertEquals(a.eventsPerRun(), b.eventsPerRun(), "lanes step the same events whatever the threads");
        assertEquals(1, two.rungs().get(0).threads(), "one school has one schedule: one thread used");
        assertEquals(2, b.threads());
        assertEquals(b.eventsPerSecond() / 2 / b.bareEventsPerSecond(), b.ratioToBare(), 1e-12);
    }

    @Test
    void aRunningSimulationHasEventsPending() throws Exception {
        SchoolSim sim = new SchoolSim(5, DistrictCopies.of(SCHOOL, 15.0).copies(2), false);
        assertEquals(0, sim.pendingEvents(), "nothing is scheduled before the start");
        sim.start();
        long atStart = sim.pendingEvents();
        assertTrue(atStart > 0);
        for (int i = 0; i < 1000; i++) {
            sim.stepOnce();
            assertTrue(sim.pendingEvents() > 0, "the end is pending until it comes");
        }
    }

    @Test
    void theHeapOfABigRungIsProjectedAboveTheBaselineFromTheRungsThatRan() {
        long mb = 1L << 20;
        Rung ten = rung(10, 120 * mb);
        Rung hundred = rung(100, 200 * mb);
        assertEquals(100 * mb + 1800 * mb, HeapShortfall.project(100 * mb, List.of(hundred), 1800), "one rung: in proportion");
        assertEquals(100 * mb + 1800 * mb, HeapShortfall.project(100 * mb, List.of(ten, hundred), 1800),
                "two rungs that grow less than in proportion: still in proportion");
        Rung squared = rung(1000, 100 * mb + 10_000 * mb); // 100 times the 100-school rung's heap above the baseline
        assertEquals(100 * mb + 10_000 * mb * 1.8 * 1.8, HeapShortfall.project(100 * mb, List.of(hundred, squared), 1800),
                1.0, "heap that grows as the square of the schools is projected so");
    }

    private static Rung rung(int schools, long liveBytes) {
        return new Rung(schools, schools, 1, 1, new leadsim.model.Steps(1, 1), 1, 1, 1, 1, 1, 1, new HeapWatch.Heap(liveBytes, liveBytes));
    }

    @Test
    void aRungTheHeapCannotHoldSaysWhatToGive() {
        long gib = 1L << 30;
        HeapShortfall notStarted = new HeapShortfall(1800, 2 * gib, 3 * gib, 100, false);
        assertEquals(5, notStarted.suggestedGigabytes());
        assertTrue(notStarted.message().contains("1,800-school rung was not started: it would keep about 3.0 GB live"
                + " (projected from the rungs up to 100 schools), more than the maximum heap of 2.0 GB"), notStarted.message());
        assertTrue(notStarted.message().contains("LEADSIM_JAVA_OPTS=-Xmx5g"), notStarted.message());
        HeapShortfall ranOut = new HeapShortfall(10, gib, 0, 0, true);
        assertTrue(ranOut.message().startsWith("the 10-school rung ran out of memory (maximum heap 1.0 GB)."), ranOut.message());
        assertTrue(ranOut.message().contains("-Xmx2g"), ranOut.message());
        HeapShortfall projectedLow = new HeapShortfall(1800, 2 * gib, gib, 100, true);
        assertEquals(4, projectedLow.suggestedGigabytes(), "after running out, twice the heap that was too small");
    }
}
