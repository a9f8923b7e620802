package leadsim.cli;

import java.io.PrintWriter;
import leadsim.experiment.run.CheckedExperiment;
import leadsim.experiment.run.ParallelMemory;
import picocli.CommandLine.Option;

/**
 * The --threads option every command that runs replicates shares: all cores by default, as many
 * as the heap holds at once ({@link ParallelMemory}). Fewer than the default are used with a note,
 * because the user asked for nothing in particular; a count the user gave that does not fit is
 * refused, because running it slower or out of memory are both surprises.
 */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all cores, as many as the Java heap holds at once).")
    Integer threads;

    int workers() throws InputException {
        return Threads.resolve(threads);
    }

    /**
     * The threads to run {@code runs} runs of a checked experiment with, before anything is written.
     *
     * @param err where the note goes when fewer threads than the default are used
     */
    int workers(CheckedExperiment checked, long runs, PrintWriter err) throws InputException {
        return workers(ParallelMemory.of(checked), runs, err);
    }

    int workers(ParallelMemory memory, long runs, PrintWriter err) throws InputException {
        int workers = workers();
        if (memory.fits(workers, runs)) {
            return workers;
        }
        if (threads != null) {
            throw new InputException(memory.refusal(workers, runs));
        }
        err.println("note: " + memory.note(workers, runs));
        return memory.mostThreads();
    }
}
