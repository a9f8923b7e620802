package leadsim.demo.event;

import leadsim.demo.DemoRun;
import leadsim.model.Person;
import leadsim.model.reform.Reform;

/**
 * The reform's champion (the first holder of {@code reform.champion_role}) leaves now: the
 * scenario event {@code leader_departs} for that person, so a vacancy, an interim and a
 * successor follow as after any departure, and the champion's pull stops for good.
 */
public final class ChampionLeavesEvent implements DemoEvent {
    public static final String ID = "champion_leaves";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "The champion leaves";
    }

    @Override
    public boolean offered(DemoRun run) {
        return run.loaded().scenario().reform().enabled();
    }

    @Override
    public String unavailable(DemoRun run) {
        var spec = run.loaded().scenario().reform();
        if (!spec.enabled()) {
            return "No reform in this scenario: turn it on with reform: {enabled: true} (its champion is reform.champion_role)";
        }
        Reform reform = run.sim().decisionFlow() == null ? null : run.sim().reform();
        if (reform == null || !reform.started()) {
            return String.format("The reform and its champion start on day %.0f", spec.startDay());
        }
        if (reform.champion() == null) {
            return "This reform has no champion (nobody holds " + spec.championRole() + ")";
        }
        if (!reform.championPresent()) {
            return String.format("The champion already left, on day %.0f", reform.championDepartureDay());
        }
        return null;
    }

    @Override
    public String description() {
        return "The reform's champion leaves now (leader_departs): a vacancy, an interim, then a successor";
    }

    @Override
    public String fire(DemoRun run) {
        if (unavailable(run) != null) {
            return null;
        }
        Person champion = run.sim().reform().champion();
        run.sim().happen(ModelEvents.leaderDeparts(champion.id()));
        return String.format("Day %.0f: the champion of the reform (the %s) leaves. Nobody pulls for it from the top now.",
                run.now(), champion.role().replace('_', ' '));
    }
}
