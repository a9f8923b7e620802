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
    void durationsReadLikeAClock() {
        assertEquals("59s", Progress.duration(59.4));
        assertEquals("3m07s", Progress.duration(187));
        assertEquals("2h05m", Progress.duration(7500));
    }
}
