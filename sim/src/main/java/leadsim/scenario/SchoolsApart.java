package leadsim.scenario;

/**
 * Whether the schools of a district never touch one another: no office (no shared desks or
 * meetings), no district-scope needs, no scripted events, and none of the mechanisms that
 * reach across a district (innovation and contagion, reform, turnover). Such a district is the
 * sum of its schools, and is run as one independent lane per school.
 */
public final class SchoolsApart {
    private SchoolsApart() {}

    public static boolean of(Scenario s) {
        if (s.garbageCan() != null || s.schools() == null || Headcount.schoolCount(s) < 2) {
            return false;
        }
        boolean officeBodies = s.office() != null && s.office().bodies() != null && !s.office().bodies().isEmpty();
        boolean events = s.events() != null && !s.events().isEmpty();
        return !s.hasOfficeStaff() && !officeBodies && !s.raisesDistrictScopeNeeds() && !events
                && !s.innovationEnabled() && !s.contagionSeeded() && !s.reformEnabled() && !s.turnoverEnabled();
    }
}
