package leadsim.cli;

import java.nio.file.Path;
import java.util.List;
import leadsim.bench.Ladder;
import picocli.CommandLine.Option;

/** The options of {@code leadsim bench --ladder}; they mean nothing without it. */
final class LadderOptions {
    static final List<String> NAMES = List.of("--rungs", "--threads", "--days", "--min-seconds", "--csv");

    @Option(names = "--ladder", description = {"Measure districts of copies of the --scenario school instead: for each rung,"
            + " event times, events/s, s per school-year, start-up, peak heap, flatness against the smallest rung, and"
            + " the ratio to a bare MASON schedule holding as many pending events."})
    boolean ladder;

    @Option(names = "--rungs", paramLabel = "N,N", split = ",", defaultValue = "1,10,100,1800",
            description = "Schools per rung, ascending (default: ${DEFAULT-VALUE}).")
    List<Integer> rungs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
            description = "Threads a run may use (default: ${DEFAULT-VALUE}): a district of schools apart runs its schools"
                    + " on them; a district with an office runs on one.")
    int threads;

    @Option(names = "--days", paramLabel = "D",
            description = "School days a run (default: the scenario's horizon, a school year).")
    Double days;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "3",
            description = "Model time measured per rung at least; short rungs repeat (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the rungs as CSV to FILE.")
    Path csv;

    Ladder.Plan plan(Path school, int warmupRuns) throws InputException {
        try {
            return new Ladder.Plan(school, rungs, threads, days, minSeconds, warmupRuns);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }
}
