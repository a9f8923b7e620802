package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;

/**
 * What the colour of people and bodies shows: queue length, expertise, adoption of the leading
 * practice (innovation), commitment to the reform. A mode reads the model; it never changes it.
 */
public interface ColourMode {
    /** The name lessons use ({@code colour: queue}). */
    String id();

    /** The menu's text. */
    String label();

    /** Why this mode shows nothing in this run (drawn on the display), or null when it can. */
    String unavailable(DemoRun run);

    Color person(DemoRun run, Person person);

    Color body(DemoRun run, Body body);

    /** A short number drawn inside a leader's disc (queue length), or null. */
    default String badge(DemoRun run, Person person) {
        return null;
    }

    /** A line under the legend about the state now (which practice leads, where the champion is), or null. */
    default String note(DemoRun run) {
        return null;
    }

    /** The same line for one school of a district drawn on its own (where the school's state differs from the district's). */
    default String noteIn(DemoRun run, int school) {
        return note(run);
    }

    /** The legend: title, scale and the words at its two ends. */
    Legend legend();

    record Legend(String title, ColourRamp ramp, String low, String high) {}
}
