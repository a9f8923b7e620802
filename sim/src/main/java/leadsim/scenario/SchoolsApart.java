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
        boolean office = s.office() != null
                && ((s.office().roles() != null && !s.office().roles().isEmpty())
                || (s.office().bodies() != null && !s.office().bodies().isEmpty()));
        boolean districtScope = s.arrivals() != null && s.arrivals().stream()
                .anyMatch(stream -> stream.mix().stream().anyMatch(type -> "district".equals(type.scope())));
        boolean events = s.events() != null && !s.events().isEmpty();
        boolean innovation = s.innovation() != null && Boolean.TRUE.equals(s.innovation().enabled());
        boolean contagion = s.network() != null && s.network().contagion() != null
                && s.network().contagion().seeds() != null && !s.network().contagion().seeds().isEmpty();
        boolean reform = s.reform() != null && Boolean.TRUE.equals(s.reform().enabled());
        boolean turnover = s.people() != null && s.people().turnover() != null
                && Boolean.TRUE.equals(s.people().turnover().enabled());
        return !office && !districtScope && !events && !innovation && !contagion && !reform && !turnover;
    }
}
