package leadsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.demo.Demo;
import leadsim.demo.DemoException;
import leadsim.demo.DemoSetup;
import leadsim.demo.lesson.LessonClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows a scenario live in MASON's Console, for teaching.",
                "It shows the organisation, the path of each need as it climbs, live charts, knobs and events. "
                        + "SCENARIO may also be a lesson (scenarios/lessons/*.yaml): a scenario with a script of timed "
                        + "events and captions. A district (several schools:) opens on an overview of its schools; a click "
                        + "on one shows it on its own. --web serves the same demo to browsers; --export writes a lesson's "
                        + "offline replay. See docs/demo.md for a guide."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = {"Scenario or lesson file (YAML), for example", "scenarios/hierarchical.yaml"})
    Path scenario;

    @Option(names = "--compare", paramLabel = "B.yaml", description = "A second scenario run beside the first, in lockstep on the same seed.")
    Path compare;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's); the demo shows replicate 0.")
    Long seed;

    @Option(names = "--colour", paramLabel = "MODE",
            description = "What colour shows at first: queue, expertise, adoption, commitment (default: queue, or the lesson's).")
    String colour;

    @Option(names = "--snapshot", paramLabel = "DIR", description = "Save PNGs of the display and charts at day --days into DIR, then exit.")
    Path snapshot;

    @Option(names = "--days", paramLabel = "N", description = "Day of the snapshot (with --snapshot).")
    Double days;

    @Option(names = "--web", description = "Serve the live demo to browsers instead of opening MASON's Console "
            + "(localhost only unless --bind). See docs/demo.md.")
    boolean web;

    @Option(names = "--port", paramLabel = "P", description = "With --web: the port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "With --web: the address to listen on (default 127.0.0.1; "
            + "0.0.0.0 lets other machines watch and steer the run).")
    String bind;

    @Option(names = "--export", paramLabel = "lesson.html", description = "Write a lesson as one self-contained HTML file "
            + "that replays it, with its what-if branches, in any browser without Java; then exit.")
    Path export;

    @Option(names = "--in-window", description = "With --snapshot: open the real Console and windows (needs a display, e.g. xvfb-run -a) and picture those.")
    boolean inWindow;

    @Option(names = "--check", description = "For a lesson: play it without a window and say, for every caption's claim "
            + "(expect:), whether it holds in this run; exit code 1 when one does not.")
    boolean check;

    @Override
    public Integer call() throws Exception {
        if (check && (snapshot != null || inWindow)) {
            throw new InputException("--check plays the lesson without pictures: leave out --snapshot and --in-window");
        }
        if (snapshot == null && (days != null || inWindow)) {
            throw new InputException("--days and --in-window go with --snapshot DIR");
        }
        if (snapshot != null && (days == null || days <= 0)) {
            throw new InputException("--snapshot needs --days N (N > 0): the school day to picture");
        }
        if (!web && (port != null || bind != null)) {
            throw new InputException("--port and --bind go with --web");
        }
        if ((web ? 1 : 0) + (export != null ? 1 : 0) + (snapshot != null ? 1 : 0) > 1) {
            throw new InputException("choose one of --web, --export and --snapshot");
        }
        if (export != null) {
            if (compare != null || colour != null) {
                throw new InputException("--export replays a lesson as it is: its compare and colour come from the lesson file");
            }
            return WebCommands.export(scenario, seed, export, spec.commandLine().getOut());
        }
        DemoSetup setup;
        try {
            setup = DemoSetup.of(scenario, compare, seed);
            if (colour != null) {
                setup.colour(colour);
            }
        } catch (DemoException e) {
            throw new InputException(e.getMessage());
        }
        var err = spec.commandLine().getErr();
        setup.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        var out = spec.commandLine().getOut();
        if (check) {
            if (setup.lesson() == null) {
                throw new InputException(scenario + ": --check needs a lesson (a file with cues:), not a scenario");
            }
            var verdicts = LessonClaims.check(setup);
            verdicts.forEach(out::println);
            long failed = verdicts.stream().filter(v -> !v.holds()).count();
            out.println(verdicts.size() - failed + " of " + verdicts.size() + " claims hold");
            out.flush();
            return failed == 0 ? 0 : 1;
        }
        try {
            if (snapshot != null) {
                List<Path> files = inWindow ? Demo.snapshotInWindow(setup, snapshot, days) : Demo.snapshot(setup, snapshot, days);
                files.forEach(f -> out.println("wrote " + f));
                out.flush();
                return 0;
            }
            if (web) {
                return WebCommands.serve(setup, bind, port, out);
            }
            Demo.open(setup);
            return 0;
        } catch (DemoException e) {
            throw new InputException(e.getMessage());
        }
    }
}
