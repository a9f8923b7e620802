package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import leadsim.demo.lesson.Lesson;
import leadsim.demo.lesson.LessonLoader;
import leadsim.demo.lesson.LessonScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ready lessons load, play to their end, and bad lessons are told what is wrong and where. */
class LessonsTest {
    @TempDir
    Path dir;

    static List<Path> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Scenarios.dir().resolve("lessons"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyLessonPlaysToItsLastCue() throws Exception {
        List<Path> lessons = lessons();
        assertTrue(lessons.size() >= 3, "ready lessons: " + lessons);
        for (Path file : lessons) {
            assertTrue(LessonLoader.isLesson(file), file.toString());
            DemoSetup setup = DemoSetup.of(file, null, null);
            Lesson lesson = setup.lesson();
            LockstepClock clock = setup.clock();
            int[] pauses = {0};
            clock.script().onPause(() -> pauses[0]++);
            clock.start();
            clock.runUntil(setup.days());
            for (DemoRun run : clock.runs()) {
                // the last caption aimed at this run (a lesson may end with a caption for each)
                Lesson.Cue last = lesson.cues().stream()
                        .filter(c -> c.caption() != null && LessonScript.targets(c, clock.runs()).contains(run))
                        .reduce((a, b) -> b).orElseThrow();
                assertEquals(last.caption().trim(), run.caption(), file + ": the last caption shows at the end");
            }
            long expected = lesson.cues().stream().filter(c -> Boolean.TRUE.equals(c.pause())).map(Lesson.Cue::day).distinct().count();
            assertEquals(expected, pauses[0], file + ": every pause cue pauses once");
        }
    }

    @Test
    void theBottleneckLessonSwitchesTheRegime() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("lessons/principal-bottleneck.yaml"), null, null);
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(34);
        assertEquals("hierarchical", clock.runs().get(0).regime());
        clock.runUntil(36);
        assertEquals("distributed", clock.runs().get(0).regime());
    }

    @Test
    void aBadLessonNamesTheKeyAndWhatIsAllowed() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.copy(Scenarios.file("hierarchical.yaml"), dir.resolve("hierarchical.yaml"));
        Files.writeString(bad, """
                scenario: hierarchical.yaml
                cues:
                  - {day: 5, event: fire_the_principal}
                  - {day: 2, caption: too early}
                """);
        DemoException e = assertThrows(DemoException.class, () -> DemoSetup.of(bad, null, null));
        assertTrue(e.getMessage().contains("cues[0].event: unknown `fire_the_principal`; allowed: switch_regime"), e.getMessage());
        assertTrue(e.getMessage().contains("cues[1].day"), e.getMessage());

        Files.writeString(bad, """
                scenario: hierarchical.yaml
                cues:
                  - {day: 5, set: {happiness: 1.0}}
                """);
        e = assertThrows(DemoException.class, () -> DemoSetup.of(bad, null, null));
        assertTrue(e.getMessage().contains("cues[0].set.happiness: not a parameter"), e.getMessage());
        assertTrue(e.getMessage().contains("capacity.principal"), e.getMessage());
    }

    @Test
    void aScenarioIsNotALesson() {
        assertFalse(LessonLoader.isLesson(Scenarios.file("hierarchical.yaml")));
    }
}
