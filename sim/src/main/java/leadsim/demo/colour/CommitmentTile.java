package leadsim.demo.colour;

import java.awt.Color;
import java.util.Locale;
import leadsim.demo.DemoRun;
import leadsim.model.reform.Reform;

/**
 * A school's tile by its implementation of the reform: the mean commitment of its staff (the
 * model's own level for the school, which its death rule watches), grey once the reform has
 * ended there (died, or cancelled by a new principal) while it may live on in other schools.
 */
final class CommitmentTile implements TileMode {
    @Override
    public String id() {
        return "commitment";
    }

    @Override
    public ColourMode.Legend legend(DemoRun run) {
        return new ColourMode.Legend("Schools: implementation (mean commitment; grey: ended)",
                ColourRamp.COMMITMENT, "0", "1");
    }

    @Override
    public String unavailable(DemoRun run) {
        return new CommitmentColour().unavailable(run);
    }

    private static Reform reform(DemoRun run) {
        return run.sim().decisionFlow() == null || !run.loaded().scenario().reform().enabled() ? null : run.sim().reform();
    }

    @Override
    public double value(DemoRun run, int school) {
        Reform reform = reform(run);
        if (reform == null || !reform.started()) {
            return Double.NaN;
        }
        return reform.aliveIn(school) ? reform.levelIn(school) : 0;
    }

    /** Started and ended in this school. */
    private static boolean ended(DemoRun run, int school) {
        Reform reform = reform(run);
        return reform != null && reform.started() && !reform.aliveIn(school);
    }

    @Override
    public Color fill(DemoRun run, int school) {
        double v = value(run, school);
        return ended(run, school) ? ColourRamp.OUTSIDE : ColourRamp.COMMITMENT.orOutside(v);
    }

    @Override
    public String words(DemoRun run, int school) {
        if (ended(run, school)) {
            // the day as the title counts it (day d runs from time d to d + 1)
            return String.format(Locale.ROOT, "reform ended on day %.0f", Math.floor(reform(run).deathDayIn(school)));
        }
        double v = value(run, school);
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "mean commitment %.2f", v);
    }
}
