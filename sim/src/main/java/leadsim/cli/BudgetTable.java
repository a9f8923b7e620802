package leadsim.cli;

import java.io.PrintWriter;
import java.util.Map;
import leadsim.scenario.HoursBudget;
import leadsim.scenario.LoadEstimate;
import leadsim.scenario.Scenario;

/** What {@code validate} prints about a scenario's hours and loads, before any run. */
final class BudgetTable {
    private BudgetTable() {}

    static void print(PrintWriter out, Scenario scenario) {
        Map<String, HoursBudget.Line> lines = HoursBudget.perRole(scenario);
        out.println("staff hours per school day, per school (capacity_hours = deciding + meetings):");
        out.printf("  %-24s %7s %9s %9s %9s%n", "role", "people", "deciding", "meetings", "total");
        lines.forEach((role, line) -> row(out, role, line));
        row(out, "all roles", HoursBudget.total(lines));
        Map<String, HoursBudget.Line> office = HoursBudget.perOfficeRole(scenario);
        if (!office.isEmpty()) {
            out.println("staff hours per school day, central office:");
            out.printf("  %-24s %7s %9s %9s %9s%n", "role", "people", "deciding", "meetings", "total");
            office.forEach((role, line) -> row(out, role, line));
            row(out, "all office roles", HoursBudget.total(office));
        }
        Map<String, HoursBudget.Line> schools = HoursBudget.bySchool(scenario);
        if (schools.size() > 2) {
            out.println("staff hours per school day, by school and office:");
            out.printf("  %-24s %7s %9s %9s %9s%n", "school", "people", "deciding", "meetings", "total");
            schools.forEach((name, line) -> row(out, name, line));
        }
        Map<String, Double> before = LoadEstimate.utilisation(scenario);
        Map<String, Double> with = LoadEstimate.utilisationWithEscalation(scenario);
        out.println("expected load per desk (offered decision work / deciding hours):");
        out.printf("  %-24s %17s %17s%n", "desk", "before escalation", "with escalation");
        for (String desk : with.keySet()) {
            out.printf("  %-24s %17.2f %17.2f%n", desk, before.getOrDefault(desk, 0.0), with.get(desk));
        }
    }

    private static void row(PrintWriter out, String name, HoursBudget.Line line) {
        out.printf("  %-24s %7d %9.2f %9.2f %9.2f%n", name, line.people(), line.deciding(), line.meeting(), line.total());
    }
}
