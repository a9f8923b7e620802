package leadsim.demo.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import leadsim.demo.DemoException;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LiveSession;
import leadsim.demo.event.ChampionLeavesEvent;
import leadsim.demo.feed.SchoolDays;
import leadsim.model.Level;
import leadsim.model.RunResult;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioMapper;

/**
 * The histories a lesson can show, played in advance for an offline replay: the lesson as
 * scripted, and the "what ifs" its content suggests: without its interventions (its cues'
 * events and knob changes), and, when a champion leaves by the scenarios' own events or a cue,
 * with the champion staying. Every branch runs the same runs on the same seed; each keeps the
 * model's own daily series, the ones {@code leadsim run} writes, so the replay's numbers are
 * the model's, not the demo's.
 */
public final class LessonBranches {
    /**
     * One history.
     *
     * @param scripted whether the lesson's cues (captions, events, knobs, pauses) play in it;
     *     the other branches show their description instead of the lesson's captions, which
     *     would not be true of them
     * @param changes what differs from the scenario files, one line each (empty: the files as they are)
     */
    public record Branch(String id, String label, String description, boolean scripted, List<String> changes,
            LiveSession session, List<Double> pauses) {}

    private LessonBranches() {}

    /** The branches of the lesson {@code file}; {@code seed} overrides the lesson's master seed when not null. */
    public static List<Branch> of(Path file, Long seed) throws ScenarioException, DemoException {
        if (!LessonLoader.isLesson(file)) {
            throw new DemoException(file + ": not a lesson (a lesson has `cues:`); --export replays a lesson, see docs/demo.md");
        }
        DemoSetup setup = DemoSetup.of(file, null, seed);
        Lesson lesson = setup.lesson();
        List<DemoRun> template = setup.runs();
        List<Branch> branches = new ArrayList<>();
        List<Double> pauses = new ArrayList<>();
        List<String> interventions = new ArrayList<>();
        for (Lesson.Cue cue : lesson.cues()) {
            if (Boolean.TRUE.equals(cue.pause())) {
                pauses.add(cue.day());
            }
            String on = cue.target() == null || cue.target().equals("both") ? "" : " (school " + cue.target() + ")";
            if (cue.event() != null) {
                interventions.add(String.format("%s on day %.0f%s", cue.event(), cue.day(), on));
            }
            if (cue.set() != null) {
                cue.set().forEach((k, v) -> interventions.add(String.format("%s = %s on day %.0f%s", k, v, cue.day(), on)));
            }
        }
        List<String> scriptedChanges = new ArrayList<>(interventions.stream().map(s -> "the lesson's cue: " + s).toList());
        branches.add(new Branch("scripted", "As the lesson plays it", lesson.description() == null ? lesson.title() : lesson.description(),
                true, scriptedChanges, session(template, null, new LessonScript(lesson), setup), pauses));
        if (!interventions.isEmpty()) {
            branches.add(new Branch("no-interventions", "Without the lesson's interventions",
                    "What if nobody intervened: " + String.join("; ", interventions) + " do not happen. The scenario files as they are.",
                    false, List.of(), session(template, null, null, setup), List.of()));
        }
        Map<Integer, LoadedScenario> stays = new LinkedHashMap<>();
        List<String> departures = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            LoadedScenario loaded = template.get(i).loaded();
            LoadedScenario without = withoutChampionDeparture(loaded, departures, template.get(i).label());
            if (without != null) {
                stays.put(i, without);
            }
        }
        boolean cueDeparture = lesson.cues().stream().anyMatch(c -> ChampionLeavesEvent.ID.equals(c.event()));
        if (!stays.isEmpty() || cueDeparture) {
            if (cueDeparture) {
                departures.add("the lesson's champion_leaves cue");
            }
            boolean others = interventions.stream().anyMatch(i -> !i.startsWith(ChampionLeavesEvent.ID + " "));
            String also = others ? " The lesson's other interventions do not happen either." : "";
            branches.add(new Branch("champion-stays", "The champion stays",
                    "What if the champion stayed: without " + String.join(", and without ", departures) + "." + also,
                    false, departures.stream().map(d -> "removed: " + d).toList(),
                    session(template, stays, null, setup), List.of()));
        }
        return branches;
    }

    private static LiveSession session(List<DemoRun> template, Map<Integer, LoadedScenario> replaced,
            LessonScript script, DemoSetup setup) {
        long seed = setup.seed();
        List<DemoRun> runs = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            LoadedScenario loaded = replaced != null && replaced.containsKey(i) ? replaced.get(i) : template.get(i).loaded();
            runs.add(new DemoRun(template.get(i).label(), loaded, seed, true));
        }
        return LiveSession.of(runs, seed, script, setup);
    }

    /**
     * The scenario without its {@code leader_departs} events of the reform's champion role, or
     * null when it has none (or no reform). Reads the resolved scenario again, so the loader
     * checks the result as it checks any file.
     */
    static LoadedScenario withoutChampionDeparture(LoadedScenario loaded, List<String> said, String label)
            throws ScenarioException {
        var s = loaded.scenario();
        if (!s.reform().enabled() || s.events() == null) {
            return null;
        }
        String role = s.reform().championRole();
        ObjectMapper yaml = ScenarioMapper.yaml();
        try {
            ObjectNode tree = (ObjectNode) yaml.readTree(loaded.resolvedYaml());
            JsonNode events = tree.get("events");
            if (!(events instanceof ArrayNode list)) {
                return null;
            }
            ArrayNode kept = yaml.createArrayNode();
            TreeSet<String> days = new TreeSet<>();
            for (JsonNode e : list) {
                boolean departs = "leader_departs".equals(e.path("type").asText()) && role.equals(e.path("role").asText());
                if (departs) {
                    days.add(String.format("%.0f", e.path("at_day").asDouble()));
                } else {
                    kept.add(e);
                }
            }
            if (days.isEmpty()) {
                return null;
            }
            tree.set("events", kept);
            said.add(String.format("the %s's departure on day %s in %s (its leader_departs event)", role.replace('_', ' '),
                    String.join(", ", days), label));
            return ScenarioLoader.parse(yaml.writeValueAsString(tree), loaded.file() + " without the champion's departure",
                    s.name());
        } catch (IOException e) {
            throw new IllegalStateException("a resolved scenario must read back", e);
        }
    }

    /**
     * The model's daily series of a branch's run, as {@code leadsim run} writes them to
     * series.csv (column -> value at the end of day 1, 2, ...), for the days played so far.
     * Call once, after the last day: it closes the run's measurement.
     */
    public static Map<String, double[]> series(LiveSession session, int run, int days) {
        var sim = session.demoRuns().get(run).sim();
        RunResult result = sim.recorder().result(leadsim.model.Steps.NONE);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int c = 0; c < result.seriesColumns().size(); c++) {
            double[] values = new double[days];
            for (int d = 0; d < days; d++) {
                values[d] = result.series()[d][c];
            }
            out.put(result.seriesColumns().get(c), values);
        }
        var slow = sim.slowSeries();
        for (int c = 0; c < slow.names().size(); c++) {
            double[] values = new double[days];
            for (int d = 0; d < days; d++) {
                values[d] = d < slow.days() ? slow.value(c, d) : Double.NaN;
            }
            out.put(slow.names().get(c), values);
        }
        DemoRun demoRun = session.demoRuns().get(run);
        if (demoRun.isDistrict()) {
            out.putAll(schoolSeries(demoRun, days));
        }
        return out;
    }

    /**
     * A district's series school by school, which series.csv does not have: the demo's own
     * reading of each school at the end of each day ({@link SchoolDays}), as the live charts by
     * school plot it. Named {@code <school>.queue_total}, {@code office.queue_total},
     * {@code <school>.implementation}.
     */
    private static Map<String, double[]> schoolSeries(DemoRun run, int days) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> names = run.schoolNames();
        for (int s = 0; s <= names.size(); s++) {
            String name = s < names.size() ? names.get(s) : OFFICE;
            out.put(name + ".queue_total", fit(run.schoolDays().queueTotalByDay(s), days));
        }
        for (int s = 0; s < names.size(); s++) {
            out.put(names.get(s) + ".implementation", fit(run.schoolDays().implementationByDay(s), days));
        }
        return out;
    }

    private static final String OFFICE = "office";

    /** Day 1 .. {@code days}, NaN where the record stops short. */
    private static double[] fit(double[] values, int days) {
        double[] out = new double[days];
        for (int d = 0; d < days; d++) {
            out[d] = d < values.length ? values[d] : Double.NaN;
        }
        return out;
    }

    /** The levels (roles and bodies) of a run, for the queue chart's columns {@code queue_<level>}. */
    public static List<String> levels(LiveSession session, int run) {
        return session.demoRuns().get(run).sim().organisation().levels().stream().map(Level::name).toList();
    }

    /** What a chart of the live view plots, as columns of the model's series: chart id -> series name -> column. */
    public static Map<String, Map<String, String>> chartColumns(LiveSession session, int run) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        out.put("latency", Map.of("decided that day", "latency_mean"));
        Map<String, String> queues = new LinkedHashMap<>();
        for (String level : levels(session, run)) {
            queues.put(level.replace('_', ' '), "queue_" + level);
        }
        out.put("queues", queues);
        Map<String, String> adoption = new LinkedHashMap<>();
        adoption.put("all", "adoption");
        adoption.put("good ones", "adoption_good");
        out.put("adoption", adoption);
        Map<String, String> implementation = new LinkedHashMap<>();
        implementation.put("mean commitment", "implementation");
        implementation.put("share >= " + session.demoRuns().get(run).loaded().scenario().reform().fidelityThreshold(),
                "implementation_share");
        out.put("implementation", implementation);
        DemoRun demoRun = session.demoRuns().get(run);
        if (demoRun.isDistrict()) {
            Map<String, String> bySchool = new LinkedHashMap<>();
            Map<String, String> implementations = new LinkedHashMap<>();
            for (String school : demoRun.schoolNames()) {
                bySchool.put(school, school + ".queue_total");
                implementations.put(school, school + ".implementation");
            }
            bySchool.put("central office", OFFICE + ".queue_total");
            out.put("school-queues", bySchool);
            out.put("school-implementation", implementations);
        }
        return out;
    }
}
