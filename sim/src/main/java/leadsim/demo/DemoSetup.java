package leadsim.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.lesson.Lesson;
import leadsim.demo.lesson.LessonClaims;
import leadsim.demo.lesson.LessonLoader;
import leadsim.demo.lesson.LessonScript;
import leadsim.experiment.design.Seeds;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;

/**
 * What a demo shows: one scenario, or two in lockstep on the same seed, perhaps played by a
 * lesson. The run seed is replicate 0 of the master seed, so the demo shows the same history as
 * replicate 0 of {@code leadsim run} until someone intervenes.
 */
public final class DemoSetup {
    private final List<DemoRun> runs;
    private final Lesson lesson;
    private final long seed;
    private final List<String> warnings;
    private String colour;

    private DemoSetup(List<DemoRun> runs, Lesson lesson, long seed, List<String> warnings) {
        this.runs = runs;
        this.lesson = lesson;
        this.seed = seed;
        this.warnings = warnings;
    }

    /**
     * @param first a scenario or a lesson file
     * @param compare a second scenario to run beside it, or null (a lesson may name one)
     * @param seed the master seed, or null for the lesson's, else the (first) scenario's own
     */
    public static DemoSetup of(Path first, Path compare, Long seed) throws ScenarioException, DemoException {
        Lesson lesson = null;
        Path scenario = first;
        if (LessonLoader.isLesson(first)) {
            lesson = LessonLoader.load(first);
            scenario = LessonLoader.resolve(first, lesson.scenario());
            if (compare == null && lesson.compare() != null) {
                compare = LessonLoader.resolve(first, lesson.compare());
            }
        }
        List<LoadedScenario> loaded = new ArrayList<>();
        loaded.add(ScenarioLoader.load(scenario));
        if (compare != null) {
            loaded.add(ScenarioLoader.load(compare));
        }
        long master = seed != null ? seed
                : lesson != null && lesson.seed() != null ? lesson.seed() : loaded.get(0).scenario().seed();
        long runSeed = Seeds.runSeed(master, 0, 0);
        List<String> warnings = new ArrayList<>();
        loaded.forEach(l -> l.warnings().forEach(w -> warnings.add(w.toString())));
        List<DemoRun> runs = new ArrayList<>();
        boolean sameName = loaded.size() == 2 && loaded.get(0).scenario().name().equals(loaded.get(1).scenario().name());
        for (int i = 0; i < loaded.size(); i++) {
            String name = loaded.get(i).scenario().name();
            String label = sameName ? (i == 0 ? "A " : "B ") + name : name;
            Lesson.Names names = lesson == null ? null : lesson.names();
            String named = names == null ? null : i == 0 ? names.a() : names.b();
            if (named != null && !named.isBlank()) {
                label = named.trim();
            }
            runs.add(new DemoRun(label, loaded.get(i), runSeed));
        }
        if (lesson != null) {
            checkKnobs(first, lesson, runs);
        }
        return new DemoSetup(runs, lesson, runSeed, warnings);
    }

    /** Every {@code set:} key must be a knob of every run it may act on, every claim a measure it has. */
    private static void checkKnobs(Path file, Lesson lesson, List<DemoRun> runs) throws DemoException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lesson.cues().size(); i++) {
            Lesson.Cue cue = lesson.cues().get(i);
            if (cue.set() == null) {
                continue;
            }
            for (String key : cue.set().keySet()) {
                for (DemoRun run : runs) {
                    if (run.parameters().knob(key) == null) {
                        List<String> allowed = run.parameters().knobs().stream().map(LiveParameters.Knob::key).toList();
                        problems.add("cues[" + i + "].set." + key + ": not a parameter of " + run.label()
                                + "; allowed: " + String.join(", ", allowed));
                    }
                }
            }
        }
        problems.addAll(LessonClaims.unknownMeasures(lesson, runs));
        if (!problems.isEmpty()) {
            throw new DemoException(file + ": " + String.join("\n" + file + ": ", problems));
        }
    }

    /** A fresh clock over the runs, with the lesson's script if any. */
    public LockstepClock clock() {
        return new LockstepClock(seed, runs, lesson == null ? null : new LessonScript(lesson));
    }

    public List<DemoRun> runs() {
        return runs;
    }

    public Lesson lesson() {
        return lesson;
    }

    public long seed() {
        return seed;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Starts with this colour mode instead of the lesson's (or the default). */
    public void colour(String id) throws DemoException {
        if (ColourModes.byId(id) == null) {
            throw new DemoException("unknown colour mode `" + id + "`; allowed: " + String.join(", ", ColourModes.ids()));
        }
        this.colour = id;
    }

    /** The colour mode to start with: as asked, else the lesson's, else queue length. */
    ColourMode initialColour() {
        String id = colour != null ? colour : lesson == null ? null : lesson.colour();
        ColourMode mode = id == null ? null : ColourModes.byId(id);
        return mode == null ? ColourModes.all().get(0) : mode;
    }

    /** Pace in school days per second of wall time: the lesson's, else 2. */
    double daysPerSecond() {
        return lesson == null || lesson.daysPerSecond() == null ? 2.0 : lesson.daysPerSecond();
    }

    /** Where to stop: the lesson's last day, else the scenarios' horizon. */
    public double days() {
        if (lesson != null && lesson.days() != null) {
            return lesson.days();
        }
        return runs.stream().mapToDouble(r -> r.loaded().scenario().horizon().days()).max().orElse(180);
    }
}
