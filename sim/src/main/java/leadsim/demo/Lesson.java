package leadsim.demo;

import java.util.List;
import java.util.Map;

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
        List<Cue> cues) {

    /**
     * One cue. {@code target} picks the run it acts on when comparing ({@code a}, {@code b} or
     * {@code both}, the default); captions always go to the runs acted on.
     */
    public record Cue(Double day, String caption, String event, Map<String, Double> set, Boolean pause, String target) {}
}
