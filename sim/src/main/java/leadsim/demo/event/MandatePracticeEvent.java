package leadsim.demo.event;

import leadsim.demo.DemoRun;
import leadsim.model.innovate.Innovation;

/**
 * The school's leader mandates its most used practice (or a new one of their own when none is
 * in use): the scenario event {@code mandate}, by the reform's champion role as there. Everyone
 * uses it at once, nominally, at the mandate's low fidelity, which fades unless reinforced.
 */
final class MandatePracticeEvent implements DemoEvent {
    static final String ID = "mandate_practice";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Mandate a practice";
    }

    @Override
    public boolean offered(DemoRun run) {
        return run.loaded().scenario().innovation().enabled();
    }

    @Override
    public String unavailable(DemoRun run) {
        var s = run.loaded().scenario();
        if (!s.innovation().enabled()) {
            return "Innovation is off in this scenario: turn it on with innovation: {enabled: true}";
        }
        String role = s.reform().championRole();
        if (run.sim().organisation() != null && run.sim().organisation().level(role) == null) {
            return "Nobody holds " + role + " (reform.champion_role), who would mandate";
        }
        return null;
    }

    @Override
    public String description() {
        return "The school leader mandates the most used practice (mandate): everyone uses it at once, at low fidelity that fades";
    }

    @Override
    public String fire(DemoRun run) {
        if (unavailable(run) != null) {
            return null;
        }
        String role = run.loaded().scenario().reform().championRole();
        run.sim().happen(ModelEvents.mandate(role));
        Innovation innovation = run.sim().innovation();
        int leading = innovation.leadingPractice();
        String which = leading < 0 ? "a practice" : String.format("practice #%d (%s, now %d users)", leading + 1,
                innovation.good(leading) ? "good" : "bad", innovation.users(leading));
        return String.format("Day %.0f: the %s mandates %s. Everyone uses it, at fidelity %.1f, fading unless reinforced.",
                run.now(), role.replace('_', ' '), which, innovation.defaultMandateFidelity());
    }
}
