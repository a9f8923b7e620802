package leadsim.demo.draw;

import java.util.List;
import java.util.Locale;
import leadsim.demo.DemoRun;
import leadsim.model.Person;
import leadsim.model.people.Turnover;

/**
 * Where a school's leaders of the succession roles (the principal) stand, in words for its tile:
 * a vacant post, an interim, or a successor and since when. A successor may cancel the reform
 * in that school or bring a competing initiative (ODD II.6), so the room needs to see one arrive.
 */
final class LeaderPost {
    private LeaderPost() {}

    /** "interim principal", "new principal since day 307", ... or "" when every leader is the one the run began with. */
    static String words(DemoRun run, int school) {
        var sim = run.sim();
        var succession = run.loaded().scenario().people().succession();
        if (sim.decisionFlow() == null || sim.turnover() == null || succession == null || succession.roles() == null) {
            return "";
        }
        List<String> roles = succession.roles();
        StringBuilder out = new StringBuilder();
        for (Person p : sim.organisation().peopleIn(school)) {
            if (!roles.contains(p.role())) {
                continue;
            }
            String role = p.role().replace('_', ' ');
            Turnover.Post post = sim.turnover().post(p);
            String said = post == Turnover.Post.VACANT ? role + "'s post vacant"
                    : post == Turnover.Post.INTERIM ? "interim " + role
                    : p.generation() > 0 ? String.format(Locale.ROOT, "new %s since day %.0f", role, Math.floor(p.hiredAt()))
                    : "";
            if (!said.isEmpty()) {
                out.append(out.length() == 0 ? "" : "; ").append(said);
            }
        }
        return out.toString();
    }
}
