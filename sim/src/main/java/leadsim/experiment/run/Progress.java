package leadsim.experiment.run;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Tells a waiting user how far a sweep has got: runs done of the total, the rate and the time
 * left. On a terminal one line redraws itself (at most a few times a second); in a log (a
 * batch job's output, a pipe) a plain line is printed now and then, so the log stays short.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long LOG_NANOS = 10_000_000_000L;
    private static final int BAR = 24;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private long total;
    private long skipped;
    private long started;
    private long lastShown;
    private long done;
    private long failed;
    private long shownDone = -1;
    /** How far the one run in flight has got, for a lone run; 0 otherwise. */
    private double fraction;

    /** @param out where to print (stderr: stdout is for results); null for silence */
    public Progress(PrintWriter out, boolean terminal, LongSupplier nanoClock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = nanoClock;
    }

    public static Progress silent() {
        return new Progress(null, false, System::nanoTime);
    }

    /** Starts counting: {@code skipped} of {@code total} runs were done by an earlier attempt. */
    void start(long total, long skipped) {
        this.total = total;
        this.skipped = skipped;
        this.started = clock.getAsLong();
        this.lastShown = started;
        if (out != null && !terminal) {
            shownDone = 0;
            out.println(line(started));
            out.flush();
        }
    }

    /**
     * How far the one run in flight has got (0 to 1), for a lone long run: the line shows it as a
     * fraction of a run with its time left, at most a few times a second. Called from the run's
     * thread while no other run is in flight.
     */
    synchronized void partly(double fraction) {
        this.fraction = Math.max(0, Math.min(1, fraction));
        long now = clock.getAsLong();
        if (out != null && now - lastShown >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
            show(now);
        }
    }

    synchronized void finished(boolean ok) {
        fraction = 0;
        done++;
        if (!ok) {
            failed++;
        }
        long now = clock.getAsLong();
        if (out != null && now - lastShown >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
            show(now);
        }
    }

    synchronized void end() {
        if (out == null) {
            return;
        }
        if (terminal || done != shownDone) { // a log does not need the last line twice
            show(clock.getAsLong());
        }
        if (terminal) {
            out.println();
            out.flush();
        }
    }

    private void show(long now) {
        lastShown = now;
        shownDone = done;
        if (terminal) {
            out.print("\r" + line(now) + "\u001b[K"); // erase what a longer earlier line left
        } else {
            out.println(line(now));
        }
        out.flush();
    }

    /** e.g. {@code [#########...............]  412/1000 runs  8.3 runs/s  ETA 1m11s  2 failed}. */
    String line(long now) {
        long finished = skipped + done;
        double seconds = (now - started) / 1e9;
        double progressed = done + fraction;
        double rate = seconds > 0 ? progressed / seconds : 0;
        StringBuilder text = new StringBuilder();
        if (terminal) {
            int filled = total == 0 ? BAR : (int) (BAR * (finished + fraction) / total);
            text.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("]  ");
        }
        text.append(finished).append('/').append(total).append(" runs");
        if (fraction > 0 && done == 0 && total - finished == 1) {
            text.append(String.format(" (the run %.0f%% done)", 100 * fraction));
        }
        if (skipped > 0) {
            text.append(" (").append(skipped).append(" done before)");
        }
        text.append(String.format("  %.1f runs/s", rate));
        double left = total - finished - fraction;
        if (total - finished > 0) {
            text.append("  ETA ").append(rate > 0 ? duration(left / rate) : "?");
        } else {
            text.append("  ").append(duration(seconds));
        }
        if (failed > 0) {
            text.append("  ").append(failed).append(" failed");
        }
        return text.toString();
    }

    /** 45s, 3m07s, 2h05m. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
    }
}
