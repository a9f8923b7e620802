package leadsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import leadsim.scenario.Scenario.Body;
import leadsim.scenario.Scenario.Role;

/**
 * Staff hours a school day per role, split as the model spends them: a role's
 * {@code capacity_hours} is all its decision time, and every meeting of a body it sits on
 * takes {@code meeting_hours} of it (spread over the cadence); what is left is for deciding.
 * The fairness rule of a comparison holds these totals equal.
 */
public final class HoursBudget {
    private HoursBudget() {}

    /** One role's day: people, and hours deciding, in meetings, and in all. */
    public record Line(int people, double deciding, double meeting) {
        public double total() {
            return deciding + meeting;
        }
    }

    /** Per role of one school (office roles are left out), in the scenario's order. */
    public static Map<String, Line> perRole(Scenario s) {
        int teams = Headcount.teams(s.roles());
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Map.Entry<String, Role> entry : s.roles().entrySet()) {
            Role role = entry.getValue();
            int people = Headcount.people(role, teams);
            double meeting = people * meetingHoursPerPerson(s, entry.getKey());
            lines.put(entry.getKey(), new Line(people, people * role.capacityHours() - meeting, meeting));
        }
        return lines;
    }

    /** Per role of the central office, in the scenario's order (empty without an office). */
    public static Map<String, Line> perOfficeRole(Scenario s) {
        Map<String, Line> lines = new LinkedHashMap<>();
        if (s.office() == null || s.office().roles() == null) {
            return lines;
        }
        for (Map.Entry<String, Role> entry : s.office().roles().entrySet()) {
            Role role = entry.getValue();
            int people = role.count() == null ? 0 : role.count();
            double meeting = people * meetingHoursPerPerson(s, entry.getKey());
            lines.put(entry.getKey(), new Line(people, people * role.capacityHours() - meeting, meeting));
        }
        return lines;
    }

    /**
     * Every school by name (all schools copy the same roles, so their lines are equal), then the
     * office (when it has roles) as {@code office}, then the district total as {@code district}.
     */
    public static Map<String, Line> bySchool(Scenario s) {
        Line school = total(perRole(s));
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String name : SchoolNaming.names(s)) {
            lines.put(name, school);
        }
        Map<String, Line> office = perOfficeRole(s);
        if (!office.isEmpty()) {
            lines.put("office", total(office));
        }
        lines.put("district", total(lines));
        return lines;
    }

    /** Meeting hours a day one holder of a role spends, summed over the bodies it sits on. */
    public static double meetingHoursPerPerson(Scenario s, String role) {
        double hours = 0;
        for (Map<String, Body> bodies : bodyMaps(s)) {
            for (Body body : bodies.values()) {
                if ("meeting".equals(body.mode()) && body.meetingHours() != null && body.members().contains(role)) {
                    hours += body.meetingHours() / body.cadenceDays();
                }
            }
        }
        return hours;
    }

    private static java.util.List<Map<String, Body>> bodyMaps(Scenario s) {
        java.util.List<Map<String, Body>> maps = new java.util.ArrayList<>();
        if (s.bodies() != null) {
            maps.add(s.bodies());
        }
        if (s.office() != null && s.office().bodies() != null) {
            maps.add(s.office().bodies());
        }
        return maps;
    }

    /** The sum over roles. */
    public static Line total(Map<String, Line> lines) {
        int people = 0;
        double deciding = 0;
        double meeting = 0;
        for (Line line : lines.values()) {
            people += line.people();
            deciding += line.deciding();
            meeting += line.meeting();
        }
        return new Line(people, deciding, meeting);
    }
}
