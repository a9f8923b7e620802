package leadsim.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.draw.DistrictPicture;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.draw.SchoolPicture;
import leadsim.demo.event.DemoEvent;
import leadsim.demo.event.DemoEvents;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.ChartFeeds;
import leadsim.demo.lesson.LessonScript;

/**
 * A demo driven from outside MASON's Console (the browser view): the same runs, clock, lesson
 * script, events, knobs and colour modes as the Swing demo, behind a small public surface. Not
 * thread-safe: one thread (the server's model thread) calls everything, between ticks.
 * Requests that cannot be served (an unknown event, a knob out of range) throw
 * {@link IllegalArgumentException} with a message for the person who asked; nothing changes then.
 */
public final class LiveSession {
    /**
     * A chart: the same feed the Swing window plots, with its data now (a point per completed
     * day); {@code shortTitle} for a narrow chart and the key's headings; {@code colours} gives
     * each series its line colour, as the Console draws it ({@code SeriesColours}).
     */
    public record Chart(String id, String title, String shortTitle, String yLabel, Double yMax, String unavailable,
                        Map<String, double[]> series, Map<String, String> colours) {}

    /** A knob of one run, its range and its value now. */
    public record Knob(String key, String label, double min, double max, double value, String description) {}

    /** An event button of one run: why it cannot happen now (null when it can). */
    public record Event(String id, String label, String description, String unavailable) {}

    private final LockstepClock clock;
    private final double lastDay;
    private final double daysPerSecond;
    private String colour;
    private List<SchoolPicture> pictures = List.of();
    /** Per run, its district's overview, or null for a single school. */
    private List<DistrictPicture> overviews = List.of();
    /** The school of a district shown on its own (by name), or null for the district's overview. */
    private String focus;
    /** Per run, the picture of the school in focus (null when none is). */
    private List<SchoolPicture> focused = List.of();

    private LiveSession(LockstepClock clock, double lastDay, double daysPerSecond, String colour) {
        this.clock = clock;
        this.lastDay = lastDay;
        this.daysPerSecond = daysPerSecond;
        this.colour = colour;
    }

    /** The demo {@code leadsim demo} would show: the setup's runs, seed, lesson and first colour. */
    public static LiveSession of(DemoSetup setup) {
        return new LiveSession(setup.clock(), setup.days(), setup.daysPerSecond(), setup.initialColour().id());
    }

    /** A session over given runs (a lesson's branch); {@code script} may be null. */
    public static LiveSession of(List<DemoRun> runs, long seed, LessonScript script, DemoSetup setup) {
        return new LiveSession(new LockstepClock(seed, runs, script), setup.days(), setup.daysPerSecond(), setup.initialColour().id());
    }

    /** (Re)starts every run from day 0 on its seed; the lesson's day-0 cues show at once. */
    public void start() {
        clock.start();
        List<SchoolPicture> made = new ArrayList<>();
        List<DistrictPicture> districts = new ArrayList<>();
        for (DemoRun run : clock.runs()) {
            made.add(new SchoolPicture(run));
            districts.add(run.isDistrict() ? new DistrictPicture(run) : null);
        }
        pictures = made;
        // districts compared are drawn at one scale: a school's tile as large on both sides
        DistrictPicture.atOneScale(districts.stream().filter(java.util.Objects::nonNull).toList());
        overviews = districts;
        focusPictures();
    }

    /** One tick (a twentieth of a school day) for every run; false once all runs reached their horizon. */
    public boolean tick() {
        return clock.schedule.step(clock);
    }

    /** Ticks until {@code day} is reached (or the runs end). */
    public void runUntil(double day) {
        clock.runUntil(day);
    }

    /** The clock in school days (0 before the first tick). */
    public double day() {
        return Math.max(0, clock.schedule.getTime());
    }

    public boolean ended() {
        return clock.runs().stream().allMatch(DemoRun::ended);
    }

    /** Where the demo stops by default: the lesson's last day, else the longest horizon. */
    public double lastDay() {
        return lastDay;
    }

    /** The lesson's pace, else 2 school days a second. */
    public double daysPerSecond() {
        return daysPerSecond;
    }

    /** Called (on the model thread) when a lesson cue says {@code pause: true}. */
    public void onPause(Runnable pause) {
        if (clock.script() != null) {
            clock.script().onPause(pause);
        }
    }

    public String title() {
        LessonScript script = clock.script();
        return script != null && script.lesson().title() != null ? script.lesson().title()
                : String.join(" vs ", clock.runs().stream().map(DemoRun::label).toList());
    }

    public int runs() {
        return clock.runs().size();
    }

    /**
     * The picture of a run's school: a single school's, the school in focus of a district, or
     * (no school in focus) every school of the district side by side.
     */
    public SchoolPicture picture(int run) {
        SchoolPicture inFocus = focused.isEmpty() ? null : focused.get(run);
        return inFocus != null ? inFocus : pictures.get(run);
    }

    /** The district's overview of a run, or null when the run is a single school. */
    public DistrictPicture overview(int run) {
        return overviews.get(run);
    }

    /** True when the run is a district and no school is in focus: its overview is what to show. */
    public boolean showsOverview(int run) {
        return overview(run) != null && focus == null;
    }

    /** The schools of the district(s) shown, by name; empty for single schools. */
    public List<String> schools() {
        return clock.runs().stream().filter(DemoRun::isDistrict).findFirst().map(DemoRun::schoolNames).orElse(List.of());
    }

    /** The school of a district shown on its own, or null for the overview. */
    public String focus() {
        return focus;
    }

    /**
     * Shows one school of the district on its own (its picture and its charts), in every run
     * compared; null or blank goes back to the overview. One focus for every view, like the colour.
     */
    public void focus(String school) {
        String name = school == null || school.isBlank() ? null : school.trim();
        if (name != null) {
            List<String> schools = schools();
            if (schools.isEmpty()) {
                throw new IllegalArgumentException("school `" + name + "`: this demo shows single schools, not a district");
            }
            for (DemoRun run : clock.runs()) {
                if (run.isDistrict() && !run.schoolNames().contains(name)) {
                    throw new IllegalArgumentException("unknown school `" + name + "` in " + run.label() + "; allowed: "
                            + String.join(", ", run.schoolNames()));
                }
            }
        }
        focus = name;
        focusPictures();
    }

    /** The index of the school in focus in a run, or {@link OrgLayout#WHOLE}. */
    private int focusIndex(DemoRun run) {
        return focus == null || !run.isDistrict() ? OrgLayout.WHOLE : run.schoolNames().indexOf(focus);
    }

    private void focusPictures() {
        List<SchoolPicture> made = new ArrayList<>();
        for (DemoRun run : clock.runs()) {
            int school = focusIndex(run);
            made.add(school == OrgLayout.WHOLE || run.sim().organisation() == null ? null : new SchoolPicture(run, school));
        }
        focused = made;
    }

    public String colour() {
        return colour;
    }

    /** Chooses the colour mode (one for every view, so two schools side by side are coloured alike). */
    public void colour(String id) {
        if (ColourModes.byId(id) == null) {
            throw new IllegalArgumentException("unknown colour mode `" + id + "`; allowed: " + String.join(", ", ColourModes.ids()));
        }
        colour = id;
    }

    public static List<String> colourIds() {
        return ColourModes.ids();
    }

    /**
     * The charts of a run now: a single school's; a district's overview (a line per school); or
     * the school in focus, from that school's own days.
     */
    public List<Chart> charts(int run) {
        DemoRun r = clock.runs().get(run);
        List<Chart> out = new ArrayList<>();
        for (ChartFeed feed : ChartFeeds.shown(r, focusIndex(r))) {
            // a chart whose mechanism is off in every school shown is left out, as the window does;
            // when one compared school has it, the other says in words why its chart is empty
            if (clock.runs().stream().allMatch(other -> unavailable(other, feed.id()))) {
                continue;
            }
            String missing = feed.unavailable(r);
            Map<String, double[]> series = missing == null ? feed.series(r) : Map.of();
            out.add(new Chart(feed.id(), feed.title(), feed.shortTitle(), feed.yLabel(), feed.yMax(), missing, series,
                    leadsim.demo.feed.SeriesColours.hex(series.keySet())));
        }
        return out;
    }

    /** Whether the run has no chart {@code id} to show as it is seen now (the chart off, or not among its charts). */
    private boolean unavailable(DemoRun run, String id) {
        return ChartFeeds.shown(run, focusIndex(run)).stream().filter(f -> f.id().equals(id))
                .allMatch(f -> f.unavailable(run) != null);
    }

    /** Completed days of a run's charts. */
    public int chartDays(int run) {
        return clock.runs().get(run).series().days();
    }

    public List<Knob> knobs(int run) {
        DemoRun r = clock.runs().get(run);
        List<Knob> out = new ArrayList<>();
        for (LiveParameters.Knob k : r.parameters().knobs()) {
            out.add(new Knob(k.key(), k.label(), k.min(), k.max(), r.parameters().get(k.key()), k.description()));
        }
        return out;
    }

    public List<Event> events(int run) {
        DemoRun r = clock.runs().get(run);
        List<Event> out = new ArrayList<>();
        for (DemoEvent e : DemoEvents.all()) {
            out.add(new Event(e.id(), e.label(), e.description(), r.sim().decisionFlow() == null ? "not started" : e.unavailable(r)));
        }
        return out;
    }

    /**
     * Makes an event happen now in the target runs ({@code a}, {@code b} or {@code both}), as the
     * Swing buttons do: what it did becomes the run's caption. Returns, per run label, what
     * happened or why it could not; when it could happen in none of them, throws
     * {@link IllegalStateException} with the reasons.
     */
    public Map<String, String> fire(String id, String target) {
        DemoEvent event = DemoEvents.byId(id);
        if (event == null) {
            throw new IllegalArgumentException("unknown event `" + id + "`; allowed: " + String.join(", ", DemoEvents.ids()));
        }
        Map<String, String> said = new LinkedHashMap<>();
        boolean fired = false;
        for (DemoRun run : targets(target)) {
            String why = run.sim().decisionFlow() == null ? "the run has not started" : event.unavailable(run);
            if (why != null) {
                said.put(run.label(), event.label() + ": " + why);
                continue;
            }
            String done = event.fire(run);
            if (done != null) {
                run.setCaption(done);
            }
            said.put(run.label(), done);
            fired = true;
        }
        if (!fired) {
            throw new IllegalStateException(String.join("; ", said.values()));
        }
        return said;
    }

    /** Turns a knob in the target runs; a value outside the knob's range is refused, not clamped. */
    public void set(String key, double value, String target) {
        List<DemoRun> runs = targets(target);
        for (DemoRun run : runs) {
            LiveParameters.Knob knob = run.parameters().knob(key);
            if (knob == null) {
                List<String> allowed = run.parameters().knobs().stream().map(LiveParameters.Knob::key).toList();
                throw new IllegalArgumentException("unknown knob `" + key + "` for " + run.label() + "; allowed: " + String.join(", ", allowed));
            }
            if (!(value >= knob.min() && value <= knob.max())) {
                throw new IllegalArgumentException(key + ": " + value + " is out of range; allowed: " + knob.min() + " to " + knob.max());
            }
        }
        for (DemoRun run : runs) {
            run.parameters().set(key, value);
        }
    }

    private List<DemoRun> targets(String target) {
        List<DemoRun> runs = clock.runs();
        String t = target == null || target.isBlank() ? "both" : target;
        return switch (t) {
            case "both" -> runs;
            case "a" -> runs.subList(0, 1);
            case "b" -> {
                if (runs.size() < 2) {
                    throw new IllegalArgumentException("target b: there is only one school (start with --compare B.yaml)");
                }
                yield runs.subList(1, 2);
            }
            default -> throw new IllegalArgumentException("unknown target `" + target + "`; allowed: a, b, both");
        };
    }

    public List<DemoRun> demoRuns() {
        return clock.runs();
    }
}
