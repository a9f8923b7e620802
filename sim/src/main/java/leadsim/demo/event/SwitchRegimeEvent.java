package leadsim.demo.event;

import java.util.Locale;
import leadsim.demo.DemoRun;

/**
 * Swaps the decision-rights table now, hierarchical to distributed or back, as the scenario
 * event {@code regime_change} with {@code decision_rights} does (innovation's autonomy follows).
 * Two versions, because a class must see the difference between rights on paper and the culture
 * that decides whether people use them: {@code switch_regime} keeps the culture in force (and
 * says what it is), {@code switch_regime_and_culture} also brings the other preset's culture
 * (its psychological safety and transparency), through the same event.
 */
public final class SwitchRegimeEvent implements DemoEvent {
    static final String ID = "switch_regime";
    static final String WITH_CULTURE_ID = "switch_regime_and_culture";

    private final boolean withCulture;

    public SwitchRegimeEvent(boolean withCulture) {
        this.withCulture = withCulture;
    }

    @Override
    public String id() {
        return withCulture ? WITH_CULTURE_ID : ID;
    }

    @Override
    public String label() {
        return withCulture ? "Switch rights + culture" : "Switch rights only";
    }

    @Override
    public boolean offered(DemoRun run) {
        return run.regimes().opposite(run.regimes().initial()) != null || run.regimes().opposite("hierarchical") != null;
    }

    @Override
    public String unavailable(DemoRun run) {
        String target = run.regimes().opposite(run.regime());
        if (target == null) {
            return "This scenario's roles and bodies do not fit the other preset's decision rights";
        }
        if (withCulture && run.regimes().culture(target) == null) {
            return "The " + target + " preset's culture cannot be read for this scenario";
        }
        return null;
    }

    @Override
    public String description() {
        return withCulture
                ? "Swap decision rights hierarchical <-> distributed and take that preset's culture (psychological safety, transparency)"
                : "Swap decision rights hierarchical <-> distributed; the culture stays as it is; needs under way keep their route";
    }

    @Override
    public String fire(DemoRun run) {
        String target = run.regimes().opposite(run.regime());
        if (target == null || run.sim().decisionFlow() == null) {
            return null;
        }
        var flow = run.sim().decisionFlow();
        double safety = flow.psychologicalSafety();
        double transparency = flow.transparency();
        run.switchRegime(target);
        if (!withCulture) {
            return String.format(Locale.ROOT, "Day %.0f: decision rights switched to %s. The culture stays as it was "
                    + "(psychological safety %.2f, transparency %.2f).", run.now(), target, safety, transparency);
        }
        double[] culture = run.regimes().culture(target);
        run.sim().happen(ModelEvents.culture(culture[0], culture[1]));
        return String.format(Locale.ROOT, "Day %.0f: decision rights and culture switched to %s: psychological safety "
                + "%.2f (was %.2f), transparency %.2f (was %.2f).", run.now(), target, culture[0], safety, culture[1], transparency);
    }
}
