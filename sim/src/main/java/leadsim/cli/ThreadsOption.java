package leadsim.cli;

import picocli.CommandLine.Option;

/** The --threads option every command that runs replicates shares: all cores by default. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores).")
    Integer threads;

    int workers() throws InputException {
        return Threads.resolve(threads);
    }
}
