package leadsim.demo.lesson;

import java.util.List;
import java.util.Map;
import leadsim.demo.feed.SchoolDays;

/**
 * A ready lesson: a scenario (perhaps compared with another), how fast to play it, and a script
 * of cues: at a day, show a caption, fire an event, turn knobs, or pause for discussion. A
 * lesson may fix the master seed (a replicate that tells its story typically); {@code --seed}
 * still overrides it.
 * Bound from YAML with the scenario language's strict rules (snake_case, unknown keys fail).
 */
public record Lesson(
        String title,
        String description,
        String scenario,
        String compare,
        Long seed,
        Double days,
        Double daysPerSecond,
        String colour,
        Names names,
        List<Cue> cues) {

    /** What to call the two schools on screen (titles, messages), instead of their scenario names. */
    public record Names(String a, String b) {}

    /**
     * One cue. {@code target} picks the run it acts on when comparing ({@code a}, {@code b} or
     * {@code both}, the default); captions always go to the runs acted on. {@code expect} lists
     * what the caption claims about the run, in a form {@link LessonClaims} checks.
     */
    public record Cue(Double day, String caption, String event, Map<String, Double> set, Boolean pause, String target,
            List<Claim> expect) {}

    /**
     * A claim a caption makes, about one {@linkplain LessonMeasures measure} over a window of
     * school days: the {@code over_days} before the cue (what the room has just watched), the
     * {@code next_days} after it (what the caption tells them to watch), or the cue's day alone.
     * Exactly one kind: {@code direction} ({@code rising} or {@code falling}: the mean of the
     * window's last quarter against its first), {@code above} or {@code below} a value (the
     * window's mean), or {@code higher_in} ({@code a} or {@code b}: the window's mean is higher
     * in that run than in the other). {@code run} picks the run ({@code a} or {@code b}); by
     * default the claim must hold in every run the cue targets. {@code school} makes it a claim
     * about one school of a district (its name in {@code schools:}), measured on that school's own
     * needs, queues and reform ({@link SchoolDays}).
     */
    public record Claim(String measure, String run, Double overDays, Double nextDays, String direction,
            Double above, Double below, String higherIn, String school) {}
}
