package leadsim.cli;

import java.io.PrintWriter;
import leadsim.experiment.run.Progress;

/** The options experiments share: thread count (all cores by default) and the progress display. */
final class Threads {
    private Threads() {}

    static int resolve(Integer requested) throws InputException {
        int workers = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
        if (workers < 1) {
            throw new InputException("--threads must be >= 1 (got " + workers + ")");
        }
        return workers;
    }

    /** A redrawn bar on a terminal, periodic plain lines in a log or pipe. */
    static Progress progress(PrintWriter err) {
        return new Progress(err, System.console() != null, System::nanoTime);
    }
}
