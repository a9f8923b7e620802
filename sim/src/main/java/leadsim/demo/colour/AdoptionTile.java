package leadsim.demo.colour;

import java.awt.Color;
import java.util.Locale;
import leadsim.demo.DemoRun;
import leadsim.model.Person;
import leadsim.model.innovate.Innovation;

/**
 * A school's tile by the use of the leading practice (the one with the most users in the
 * district) among its staff: the mean fidelity, 0 for staff not using it. A practice is born in
 * one school and spreads inside it (ODD 13.6), so the other schools' tiles stay pale.
 */
final class AdoptionTile implements TileMode {
    @Override
    public String id() {
        return "adoption";
    }

    @Override
    public ColourMode.Legend legend(DemoRun run) {
        return new ColourMode.Legend("Schools: use of the leading practice (mean fidelity)", ColourRamp.ADOPTION, "none", "full");
    }

    @Override
    public String unavailable(DemoRun run) {
        return new AdoptionColour().unavailable(run);
    }

    @Override
    public double value(DemoRun run, int school) {
        if (run.sim().decisionFlow() == null || unavailable(run) != null) {
            return Double.NaN;
        }
        Innovation innovation = run.sim().innovation();
        int leading = innovation.leadingPractice();
        double sum = 0;
        int n = 0;
        for (Person p : run.sim().organisation().peopleIn(school)) {
            double use = innovation.fidelity(leading, p);
            if (!Double.isNaN(use)) {
                sum += use;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public Color fill(DemoRun run, int school) {
        double v = value(run, school);
        return ColourRamp.ADOPTION.orOutside(v);
    }

    @Override
    public String words(DemoRun run, int school) {
        double v = value(run, school);
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "mean use %.2f", v);
    }
}
