package leadsim.demo.lesson;

import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.event.DemoEvent;
import leadsim.demo.event.DemoEvents;

/**
 * Plays a lesson's cues as the clock passes their days: captions, events, knob settings and
 * pauses. Runs on the model thread (inside a tick), so events change the model safely; a pause
 * is handed to whoever shows the demo (the Console) through {@link #onPause}.
 */
public final class LessonScript implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Lesson lesson;
    private int next;
    private transient Runnable onPause = () -> { };

    public LessonScript(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    public void onPause(Runnable pause) {
        this.onPause = pause;
    }

    /** Back to the first cue (the run restarted). Cues at day 0 show before the first tick. */
    public void rewind(List<DemoRun> runs) {
        next = 0;
        play(0, runs);
    }

    public void play(double day, List<DemoRun> runs) {
        boolean pause = false;
        while (next < lesson.cues().size() && lesson.cues().get(next).day() <= day + 1e-9) {
            Lesson.Cue cue = lesson.cues().get(next++);
            for (DemoRun run : targets(cue, runs)) {
                StringBuilder caption = new StringBuilder(cue.caption() == null ? "" : cue.caption().trim());
                if (cue.set() != null) {
                    cue.set().forEach((key, value) -> run.parameters().set(key, value));
                }
                if (cue.event() != null) {
                    DemoEvent event = DemoEvents.byId(cue.event());
                    String why = event.unavailable(run);
                    String said = why == null ? event.fire(run) : event.label() + ": " + why;
                    if (caption.length() == 0 && said != null) {
                        caption.append(said);
                    }
                }
                if (caption.length() > 0) {
                    run.setCaption(caption.toString());
                }
            }
            pause |= Boolean.TRUE.equals(cue.pause());
        }
        if (pause && onPause != null) {
            onPause.run();
        }
    }

    public static List<DemoRun> targets(Lesson.Cue cue, List<DemoRun> runs) {
        String target = cue.target() == null ? "both" : cue.target();
        return switch (target) {
            case "a" -> runs.subList(0, 1);
            case "b" -> runs.size() > 1 ? runs.subList(1, 2) : List.of();
            default -> runs;
        };
    }
}
