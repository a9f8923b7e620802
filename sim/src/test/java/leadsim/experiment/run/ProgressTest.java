package leadsim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress display: counts, rate, ETA; redrawn on a terminal, plain lines in a log. */
class ProgressTest {
    private long now;

    @Test
    void terminalLineShowsBarCountsRateAndEta() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, () -> now);
        progress.start(100, 20);
        for (int i = 0; i < 10; i++) {
            now += 500_000_000L; // a run every half second: 2 runs/s
            progress.finished(i != 3);
        }
        assertEquals("[#######.................]  30/100 runs (20 done before)  2.0 runs/s  ETA 35s  1 failed",
                progress.line(now));
        assertEquals(true, text.toString().startsWith("\r[#####"));
    }

    @Test
    void logOutputIsAPlainLineEveryTenSecondsAndAtTheEnd() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, () -> now);
        progress.start(4, 0);
        for (int i = 0; i < 4; i++) {
            now += 6_000_000_000L;
            progress.finished(true);
        }
        progress.end();
        assertEquals(String.join("\n",
                "0/4 runs  0.0 runs/s  ETA ?",
                "2/4 runs  0.2 runs/s  ETA 12s",
                "4/4 runs  0.2 runs/s  24s", ""), text.toString());
    }

    @Test
    void aLoneRunShowsHowFarItHasGotAndTheTimeLeft() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true, () -> now);
        progress.start(1, 0);
        now += 4_000_000_000L;
        progress.partly(0.4); // 40% in 4 s: 6 s left
        assertEquals("[#########...............]  0/1 runs (the run 40% done)  0.1 runs/s  ETA 6s", progress.line(now));
        now += 6_000_000_000L;
        progress.finished(true);
        assertEquals("[########################]  1/1 runs  0.1 runs/s  10s", progress.line(now));
    }

    @Test
    void aDistrictRunTellsHowFarItHasGotOnOneScheduleAndAsLanes() {
        leadsim.scenario.Scenario school = leadsim.testing.Runs.load("distributed.yaml");
        java.util.List<Double> seen = new java.util.ArrayList<>();
        leadsim.model.SchoolSim one = new leadsim.model.SchoolSim(3, school, false);
        one.onProgress(seen::add);
        one.run();
        assertEquals(true, seen.size() >= 1 && seen.get(seen.size() - 1) <= 1.0, "fractions: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(true, seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        seen.clear();
        leadsim.model.SchoolSim lanes = new leadsim.model.SchoolSim(3,
                leadsim.testing.Runs.variant("distributed.yaml", null, null,
                        "horizon: {days: 20, warmup_days: 5}\nschools:\n  - {name: s, copies: 4}\n"), false);
        lanes.runSchoolsOn(2);
        lanes.onProgress(seen::add);
        lanes.run();
        assertEquals(java.util.List.of(0.25, 0.5, 0.75, 1.0), seen, "a school added up at a time");
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("59s", Progress.duration(59.4));
        assertEquals("3m07s", Progress.duration(187));
        assertEquals("2h05m", Progress.duration(7500));
    }
}
