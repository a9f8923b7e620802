package leadsim.demo.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import leadsim.demo.DemoException;
import leadsim.demo.DemoSetup;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.event.DemoEvents;
import leadsim.scenario.ScenarioMapper;

/**
 * Reads a lesson file and checks what can be checked before any scenario is loaded: the cues are
 * in day order, name known events and colour modes, and target a run that exists. Knob names
 * are checked later against the scenario's roles ({@link DemoSetup}).
 */
public final class LessonLoader {
    private LessonLoader() {}

    /** True when the YAML file is a lesson (it has a {@code cues:} list) rather than a scenario. */
    public static boolean isLesson(Path file) {
        try {
            JsonNode tree = ScenarioMapper.yaml().readTree(Files.readString(file));
            return tree != null && tree.isObject() && tree.has("cues");
        } catch (IOException e) {
            return false; // not readable as YAML here: let the scenario loader report it properly
        }
    }

    public static Lesson load(Path file) throws DemoException {
        ObjectMapper yaml = ScenarioMapper.yaml();
        Lesson lesson;
        try {
            lesson = yaml.readValue(Files.readString(file), Lesson.class);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new DemoException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DemoException(file + ": cannot read lesson: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        if (lesson.scenario() == null) {
            problems.add("scenario: missing; the scenario file this lesson plays (relative to the lesson)");
        }
        if (lesson.colour() != null && ColourModes.byId(lesson.colour()) == null) {
            problems.add("colour: unknown `" + lesson.colour() + "`; allowed: " + String.join(", ", ColourModes.ids()));
        }
        if (lesson.names() != null && lesson.names().b() != null && lesson.compare() == null) {
            problems.add("names.b: the lesson compares nothing (add compare:)");
        }
        if (lesson.daysPerSecond() != null && lesson.daysPerSecond() <= 0) {
            problems.add("days_per_second: must be > 0");
        }
        if (lesson.cues() == null || lesson.cues().isEmpty()) {
            problems.add("cues: missing; a list of {day, caption, event, set, pause, target, expect}");
        } else {
            double last = -1;
            for (int i = 0; i < lesson.cues().size(); i++) {
                Lesson.Cue cue = lesson.cues().get(i);
                String at = "cues[" + i + "]";
                if (cue.day() == null || cue.day() < 0) {
                    problems.add(at + ".day: missing or negative");
                } else if (cue.day() < last) {
                    problems.add(at + ".day: " + cue.day() + " comes before the previous cue's day " + last + "; keep cues in day order");
                } else {
                    last = cue.day();
                }
                if (cue.event() != null && DemoEvents.byId(cue.event()) == null) {
                    problems.add(at + ".event: unknown `" + cue.event() + "`; allowed: " + String.join(", ", DemoEvents.ids()));
                }
                if (cue.target() != null && !Set.of("a", "b", "both").contains(cue.target())) {
                    problems.add(at + ".target: unknown `" + cue.target() + "`; allowed: a, b, both");
                }
                if ("b".equals(cue.target()) && lesson.compare() == null) {
                    problems.add(at + ".target: b, but the lesson compares nothing (add compare:)");
                }
            }
            problems.addAll(LessonClaims.problems(lesson));
        }
        if (!problems.isEmpty()) {
            throw new DemoException(file + ": " + String.join("\n" + file + ": ", problems));
        }
        return lesson;
    }

    /** A path in a lesson, relative to the lesson file's folder. */
    public static Path resolve(Path lessonFile, String path) {
        Path dir = lessonFile.toAbsolutePath().getParent();
        return dir.resolve(path).normalize();
    }
}
