package leadsim.demo.colour;

import java.awt.Color;
import leadsim.demo.DemoRun;
import leadsim.model.Body;
import leadsim.model.Person;
import leadsim.model.reform.Reform;

/**
 * Colour by each staff member's commitment to the reform, in [0,1], white to deep blue. The
 * champion carries a "C" while in post; leaders outside the staff are grey.
 */
final class CommitmentColour implements ColourMode {
    @Override
    public String id() {
        return "commitment";
    }

    @Override
    public String label() {
        return "Commitment";
    }

    @Override
    public String unavailable(DemoRun run) {
        var spec = run.loaded().scenario().reform();
        if (!spec.enabled()) {
            return "Commitment: there is no reform in this scenario (turn it on with reform: {enabled: true})";
        }
        Reform reform = reform(run);
        if (reform != null && !reform.started()) {
            return String.format("Commitment: the reform starts on day %.0f", spec.startDay());
        }
        return null;
    }

    private static Reform reform(DemoRun run) {
        return run.sim().decisionFlow() == null ? null : run.sim().reform();
    }

    private static double commitment(DemoRun run, Person person) {
        Reform reform = reform(run);
        return reform == null ? Double.NaN : reform.commitment(person);
    }

    @Override
    public Color person(DemoRun run, Person person) {
        double c = commitment(run, person);
        return ColourRamp.COMMITMENT.orOutside(c);
    }

    @Override
    public Color body(DemoRun run, Body body) {
        double mean = MemberMean.of(body, member -> commitment(run, member));
        return ColourRamp.COMMITMENT.orOutside(mean);
    }

    @Override
    public String badge(DemoRun run, Person person) {
        Reform reform = reform(run);
        return reform != null && reform.championPresent() && reform.champion() == person ? "C" : null;
    }

    @Override
    public String note(DemoRun run) {
        Reform reform = reform(run);
        if (reform == null || !reform.started()) {
            return null;
        }
        // the day as the title counts it (day d runs from time d to d + 1), as the district's tiles say when it ended in each school
        String state = reform.alive() ? "reform alive" : String.format("reform died on day %.0f", Math.floor(reform.deathDay()));
        return champion(reform) + "  \u00b7  " + state;
    }

    /**
     * One school of a district: whether the reform lives in this school (it may have ended here,
     * died or cancelled by a new principal, while it lives on in others). Short, as it sits
     * beside the principal's disc.
     */
    @Override
    public String noteIn(DemoRun run, int school) {
        Reform reform = reform(run);
        if (reform == null || !reform.started()) {
            return null;
        }
        String here = reform.aliveIn(school) ? "reform alive here"
                : String.format("reform ended here on day %.0f", Math.floor(reform.deathDayIn(school)));
        // the champion's C is on a disc of this picture only when the champion works in this school
        Person champion = reform.champion();
        String where = champion == null || champion.school() == school ? champion(reform)
                : !reform.championPresent() ? champion(reform)
                : "champion in post (" + (champion.school() < 0 ? "office" : run.schoolNames().get(champion.school())) + ")";
        return where + "  \u00b7  " + here;
    }

    private static String champion(Reform reform) {
        return reform.championPresent() ? "champion (C) in post"
                : String.format("champion left on day %.0f", reform.championDepartureDay());
    }

    @Override
    public Legend legend() {
        return new Legend("Commitment to the reform (grey: not staff)", ColourRamp.COMMITMENT, "0", "1");
    }
}
