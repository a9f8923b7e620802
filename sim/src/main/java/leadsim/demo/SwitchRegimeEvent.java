package leadsim.demo;

/**
 * Swaps the decision-rights table now, hierarchical to distributed or back, as the scenario
 * event {@code regime_change} with {@code decision_rights} does (innovation's autonomy follows).
 * The culture stays as it is: the knobs change it, through the same event.
 */
final class SwitchRegimeEvent implements DemoEvent {
    static final String ID = "switch_regime";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Switch regime now";
    }

    @Override
    public String unavailable(DemoRun run) {
        return run.regimes().opposite(run.regime()) == null
                ? "This scenario's roles and bodies do not fit the other preset's decision rights" : null;
    }

    @Override
    public String description() {
        return "Swap decision rights hierarchical <-> distributed; needs already under way keep their route";
    }

    @Override
    public String fire(DemoRun run) {
        String target = run.regimes().opposite(run.regime());
        if (target == null) {
            return null;
        }
        run.switchRegime(target);
        return String.format("Day %.0f: decision rights switched to %s.", run.now(), target);
    }
}
