package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;
import leadsim.scenario.Vocabulary;

/** Colour by expertise (mean over domains), which grows as people decide: who is learning. */
final class ExpertiseColour implements ColourMode {
    // Expertise starts around 0.55-0.65 and learning caps it below 1: this range shows the change.
    static final double LOW = 0.3;
    static final double HIGH = 0.9;

    @Override
    public String id() {
        return "expertise";
    }

    @Override
    public String label() {
        return "Expertise";
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public Color person(DemoRun run, Person person) {
        return colour(mean(person));
    }

    @Override
    public Color body(DemoRun run, Body body) {
        double mean = MemberMean.of(body, ExpertiseColour::mean);
        return colour(Double.isNaN(mean) ? LOW : mean);
    }

    /** The colour of an expertise (a person's, or a mean) on this mode's scale. */
    static Color colour(double expertise) {
        return ColourRamp.SKILL.at((expertise - LOW) / (HIGH - LOW));
    }

    /** A person's expertise, the mean over domains. */
    static double mean(Person person) {
        double sum = 0;
        int n = Vocabulary.DOMAINS.size();
        for (int d = 0; d < n; d++) {
            sum += person.expertise(d);
        }
        return sum / n;
    }

    @Override
    public Legend legend() {
        return new Legend("Expertise (mean of domains)", ColourRamp.SKILL, String.valueOf(LOW), String.valueOf(HIGH));
    }
}
