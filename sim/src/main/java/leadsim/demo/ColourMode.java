package leadsim.demo;

import java.awt.Color;
import leadsim.model.Body;
import leadsim.model.Person;

/**
 * What the colour of people and bodies shows. Modes for adoption and commitment are placeholders
 * now; when the innovation and reform models arrive, each becomes a real mode (same id) that
 * reads them, and the menu and lessons need no change.
 */
interface ColourMode {
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

    /** The legend: title, scale and the words at its two ends. */
    Legend legend();

    record Legend(String title, ColourRamp ramp, String low, String high) {}
}
