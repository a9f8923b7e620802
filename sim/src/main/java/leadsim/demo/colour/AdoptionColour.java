package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;
import leadsim.model.innovate.Innovation;

/**
 * Colour by use of the leading practice (the one with the most users right now): the fidelity
 * of each staff member's use, from white (not using) to deep green (full fidelity); a mandate's
 * nominal use shows pale and fades as its fidelity does. Leaders outside the staff are grey.
 */
final class AdoptionColour implements ColourMode {
    @Override
    public String id() {
        return "adoption";
    }

    @Override
    public String label() {
        return "Adoption";
    }

    @Override
    public String unavailable(DemoRun run) {
        var s = run.loaded().scenario();
        if (!s.innovation().enabled() && s.network().contagion().seeds() == null) {
            return "Adoption: innovation is off in this scenario (turn it on with innovation: {enabled: true})";
        }
        return null;
    }

    private static Innovation innovation(DemoRun run) {
        return run.sim().decisionFlow() == null ? null : run.sim().innovation();
    }

    /** Fidelity of use of the leading practice; NaN outside the staff, 0 while nobody uses any. */
    private static double use(DemoRun run, Person person) {
        Innovation innovation = innovation(run);
        return innovation == null ? Double.NaN : innovation.fidelity(innovation.leadingPractice(), person);
    }

    @Override
    public Color person(DemoRun run, Person person) {
        double u = use(run, person);
        return ColourRamp.ADOPTION.orOutside(u);
    }

    @Override
    public Color body(DemoRun run, Body body) {
        double mean = MemberMean.of(body, member -> use(run, member));
        return ColourRamp.ADOPTION.orOutside(mean);
    }

    @Override
    public String note(DemoRun run) {
        Innovation innovation = innovation(run);
        if (innovation == null || unavailable(run) != null) {
            return null;
        }
        int leading = innovation.leadingPractice();
        if (leading < 0) {
            return "no practice in use yet";
        }
        return String.format("leading: practice #%d, %d users, %s%s", leading + 1, innovation.users(leading),
                innovation.good(leading) ? "good" : "bad", innovation.mandated(leading) ? ", mandated" : "");
    }

    @Override
    public Legend legend() {
        return new Legend("Use of the leading practice (grey: not staff)", ColourRamp.ADOPTION, "not using", "full fidelity");
    }
}
