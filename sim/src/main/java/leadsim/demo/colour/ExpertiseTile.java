package leadsim.demo.colour;

import java.awt.Color;
import java.util.Locale;
import leadsim.demo.DemoRun;
import leadsim.model.Person;

/** A school's tile by the mean expertise of its people, on the scale the people are coloured with. */
final class ExpertiseTile implements TileMode {
    @Override
    public String id() {
        return "expertise";
    }

    @Override
    public ColourMode.Legend legend(DemoRun run) {
        return new ColourMode.Legend("Schools: mean expertise of their people", ColourRamp.SKILL,
                String.valueOf(ExpertiseColour.LOW), String.valueOf(ExpertiseColour.HIGH));
    }

    @Override
    public String unavailable(DemoRun run) {
        return null;
    }

    @Override
    public double value(DemoRun run, int school) {
        double sum = 0;
        int n = 0;
        for (Person p : run.sim().organisation().peopleIn(school)) {
            sum += ExpertiseColour.mean(p);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public Color fill(DemoRun run, int school) {
        return ExpertiseColour.colour(value(run, school));
    }

    @Override
    public String words(DemoRun run, int school) {
        return String.format(Locale.ROOT, "mean expertise %.2f", value(run, school));
    }
}
