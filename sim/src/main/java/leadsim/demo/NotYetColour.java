package leadsim.demo;

import java.awt.Color;
import leadsim.model.Body;
import leadsim.model.Person;

/**
 * A colour mode the model cannot feed yet: everyone grey, and the display says what is missing.
 * Replace with a real mode of the same id when the model provides the quantity.
 */
final class NotYetColour implements ColourMode {
    private static final Color GREY = new Color(0xBDBDBD);
    private final String id;
    private final String label;
    private final String menuLabel;
    private final String needs;

    NotYetColour(String id, String label, String menuLabel, String needs) {
        this.id = id;
        this.label = label;
        this.menuLabel = menuLabel;
        this.needs = needs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return menuLabel + " (not yet)"; // short: it sets the menu's width
    }

    @Override
    public String unavailable(DemoRun run) {
        return label + ": not in this model yet (needs " + needs + ")";
    }

    @Override
    public Color person(DemoRun run, Person person) {
        return GREY;
    }

    @Override
    public Color body(DemoRun run, Body body) {
        return GREY;
    }

    @Override
    public Legend legend() {
        return new Legend(label, new ColourRamp(GREY, GREY), "", "");
    }
}
