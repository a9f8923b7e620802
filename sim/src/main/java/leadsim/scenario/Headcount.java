package leadsim.scenario;

import java.util.Map;
import leadsim.scenario.Scenario.Role;

/** How many people and teams a school template gives: shared by validation and the model. */
public final class Headcount {
    private Headcount() {}

    /** Teams in one school: the team-forming role's count divided by its team size, rounded up. */
    public static int teams(Map<String, Role> schoolRoles) {
        for (Role role : schoolRoles.values()) {
            if (role.teamSize() != null && role.teamSize() > 0) {
                int count = role.count() == null ? 0 : role.count();
                return (count + role.teamSize() - 1) / role.teamSize();
            }
        }
        return 0;
    }

    /** People of a role in one school (or in the office, for an office role). */
    public static int people(Role role, int teams) {
        if (role.perTeam() != null) {
            return role.perTeam() * teams;
        }
        return role.count() == null ? 0 : role.count();
    }

    /** Students of a school entry, falling back to the scenario's default. */
    public static int students(Scenario scenario, Scenario.SchoolSpec school) {
        if (school.students() != null) {
            return school.students();
        }
        return scenario.students() == null ? 0 : scenario.students();
    }

    public static int schoolCount(Scenario scenario) {
        return scenario.schools().stream().mapToInt(Scenario.SchoolSpec::copies).sum();
    }
}
