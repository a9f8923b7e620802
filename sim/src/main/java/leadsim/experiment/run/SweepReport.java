package leadsim.experiment.run;

import java.nio.file.Path;
import leadsim.experiment.store.ResultStore;

/**
 * How one attempt at an experiment (or shard) ended.
 *
 * @param runs      runs of this shard
 * @param skipped   done by an earlier attempt (resumed)
 * @param completed finished in this attempt
 * @param failed    threw in this attempt (listed in failures.csv, retried on the next attempt)
 * @param seconds   wall time of this attempt
 * @param dir       the result directory
 */
public record SweepReport(long runs, long skipped, long completed, long failed, double seconds, Path dir) {

    /** 0 when every run of the shard is done; 1 when some failed (a crash, not bad input). */
    public int exitCode() {
        return failed > 0 ? 1 : 0;
    }

    public double runsPerSecond() {
        return seconds > 0 ? completed / seconds : 0;
    }

    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(skipped + completed).append(" of ").append(runs).append(" runs done");
        if (skipped > 0) {
            text.append(" (").append(skipped).append(" by an earlier attempt)");
        }
        text.append(String.format(" in %s, %.1f runs/s", Progress.duration(seconds), runsPerSecond()));
        if (failed > 0) {
            text.append("; ").append(failed).append(failed == 1 ? " run" : " runs").append(" failed: see ")
                    .append(dir.resolve(ResultStore.FAILURES))
                    .append("; running the same command again retries them");
        }
        return text.toString();
    }
}
