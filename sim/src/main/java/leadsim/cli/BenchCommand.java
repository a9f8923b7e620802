package leadsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.bench.Bench;
import leadsim.bench.BenchCopies;
import leadsim.bench.BuildComparison;
import leadsim.bench.Ladder;
import leadsim.experiment.store.AtomicFiles;
import leadsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the simulator's speed in one process.",
                "It measures events per second of a school year and of the six-year champion scenario against a "
                        + "bare MASON schedule driven through the same number of events, runs per second, and the "
                        + "heap per running simulation.",
                "With --ladder it measures districts of copies of the --scenario school instead"
                        + " (1, 10, 100 and 1800 by default); of a district's first school, under its office.",
                "With --against JAR it times this build's runs of the --scenario against another build's, in this"
                        + " process, block by block in turn, and says whether their measures are the same."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/distributed.yaml",
            description = {"School-year scenario (with --ladder, the school to copy, or a district whose first school"
                    + " is copied under its office); by default", "${DEFAULT-VALUE}"})
    Path scenario;

    @Option(names = "--champion", paramLabel = "FILE", defaultValue = "scenarios/champion-leaves-hierarchical.yaml",
            description = {"Six-year scenario with innovation, reform and turnover; by default", "${DEFAULT-VALUE}"})
    Path champion;

    // 500: the school-year ratio kept rising with the warm-up up to about 400 runs (0.58 after 30,
    // 0.63 after 100, 0.68 after 200, 0.70-0.75 from 400 to 1,500, the same hour): until then the
    // measured runs share the processor with the compiler still compiling the model
    @Option(names = "--warmup", defaultValue = "500",
            description = "Warm-up runs before measuring, so that the model is compiled (default: ${DEFAULT-VALUE}; "
                    + "the six-year scenario gets a tenth; with --ladder, runs of 1- and 2-school districts; with"
                    + " --against, runs of each copy of each build).")
    int warmup;

    @Option(names = "--runs", defaultValue = "100", description = "Measured school-year runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--champion-runs", defaultValue = "20",
            description = "Measured runs of the six-year scenario (default: ${DEFAULT-VALUE}).")
    int championRuns;

    @Mixin
    LadderOptions ladderOptions;

    @Option(names = "--against", paramLabel = "JAR",
            description = "Time this build against another leadsim jar, such as the build of another checkout, in one"
                    + " process: blocks of runs of --scenario taken in turn, CPU time; and compare their measures.")
    Path against;

    @Option(names = "--blocks", paramLabel = "B", defaultValue = "42",
            description = "With --against: blocks of each build, rounded up to a multiple of twice --copies so that"
                    + " each copy goes first as often as second (default: ${DEFAULT-VALUE}).")
    int blocks;

    @Option(names = "--block-runs", paramLabel = "N", defaultValue = "20",
            description = "With --against: runs in a block (default: ${DEFAULT-VALUE}).")
    int blockRuns;

    @Option(names = "--copies", paramLabel = "K",
            description = "Copies of this build (and with --against, of the other), each loaded and compiled apart,"
                    + " whose figures are combined: one copy's compiled code can be a few percent faster or slower"
                    + " than another's (default: 1; with --against, 3).")
    Integer copies;

    static final double SCHOOL_YEAR_TARGET = 0.7;
    static final double SIX_YEARS_TARGET = 0.53;

    @Override
    public Integer call() throws Exception {
        if (ladderOptions.ladder && against != null) {
            throw new InputException("--against does not go with --ladder");
        }
        if (ladderOptions.ladder) {
            return ladder();
        }
        if (against != null) {
            return against();
        }
        refuse(List.of("--blocks", "--block-runs"), " goes with --against");
        refuse(LadderOptions.NAMES, " goes with --ladder");
        int copiesOfThis = copies == null ? 1 : copies;
        if (warmup < 0 || runs < 1 || championRuns < 1 || copiesOfThis < 1) {
            throw new InputException("--warmup must be >= 0, --runs, --champion-runs and --copies >= 1");
        }
        var out = spec.commandLine().getOut();
        // the targets asked for: 0.7 for a school year; for six years, no lower than before meetings cost time
        if (copiesOfThis > 1) {
            ScenarioLoader.load(scenario); // a bad file gets this build's message (exit 2) before any copy is loaded
            ScenarioLoader.load(champion);
            BenchCopies.measure(scenario, warmup, runs, SCHOOL_YEAR_TARGET, copiesOfThis, out);
            BenchCopies.measure(champion, Math.max(1, warmup / 10), championRuns, SIX_YEARS_TARGET, copiesOfThis, out);
            return 0;
        }
        Bench.measure(ScenarioLoader.load(scenario).scenario(), warmup, runs, SCHOOL_YEAR_TARGET, out);
        Bench.measure(ScenarioLoader.load(champion).scenario(), Math.max(1, warmup / 10), championRuns, SIX_YEARS_TARGET, out);
        return 0;
    }

    private int against() throws Exception {
        refuse(List.of("--runs", "--champion", "--champion-runs"), " does not go with --against");
        refuse(LadderOptions.NAMES, " does not go with --against");
        BuildComparison.Plan plan;
        try {
            plan = new BuildComparison.Plan(against, scenario, warmup, blocks, blockRuns, copies == null ? 3 : copies);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        ScenarioLoader.load(scenario); // a bad scenario gets this build's message (exit 2) before any build is loaded
        try {
            BuildComparison.run(plan, spec.commandLine().getOut());
        } catch (IllegalArgumentException e) {
            throw new InputException("--against " + e.getMessage());
        }
        return 0;
    }

    /** Refuses the first of {@code names} given on the command line, saying why ({@code why} follows its name). */
    private void refuse(List<String> names, String why) throws InputException {
        for (String name : names) {
            if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
                throw new InputException(name + why);
            }
        }
    }

    private int ladder() throws Exception {
        refuse(List.of("--runs", "--champion", "--champion-runs", "--blocks", "--block-runs", "--copies"),
                " does not go with --ladder");
        if (warmup < 0) {
            throw new InputException("--warmup must be >= 0");
        }
        Ladder.Plan plan = ladderOptions.plan(scenario, warmup);
        Path csv = ladderOptions.csv;
        Path folder = csv == null ? null : csv.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new InputException("--csv " + csv + ": there is no folder " + folder);
        }
        var out = spec.commandLine().getOut();
        Ladder.Result result = Ladder.run(plan, out);
        if (csv != null) {
            AtomicFiles.write(csv, result.csv());
            out.println("wrote " + csv + (result.complete() ? "" : " (the rungs that ran)"));
            out.flush();
        }
        if (!result.complete()) {
            spec.commandLine().getErr().println("error: " + result.shortfallMessage());
            spec.commandLine().getErr().flush();
            return CrashHandler.CRASH;
        }
        return 0;
    }
}
