package leadsim.model.innovate;

import leadsim.model.Level;

import leadsim.model.Organisation;
import leadsim.model.decide.DecisionFlow;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;

/**
 * A role's autonomy: the share of the needs its holders raise (their students' needs included)
 * whose decision right they hold themselves, alone, under the current decision-rights table.
 */
final class Autonomy {
    private Autonomy() {}

    static double of(String role, Scenario scenario, Organisation org, DecisionFlow flow) {
        String teamRole = null;
        for (var e : scenario.roles().entrySet()) {
            if (e.getValue().teamSize() != null) {
                teamRole = e.getKey();
            }
        }
        double own = 0;
        double all = 0;
        int teachers = teamRole == null ? 0 : org.peopleOf(org.level(teamRole)).size();
        for (Scenario.ArrivalStream stream : scenario.arrivals()) {
            double perPerson;
            if (Vocabulary.STUDENT_SOURCE.equals(stream.from())) {
                if (!role.equals(teamRole) || teachers == 0) {
                    continue;
                }
                double factor = stream.highNeed() == null ? 1
                        : 1 - stream.highNeed().share() + stream.highNeed().share() * stream.highNeed().multiplier();
                perPerson = stream.ratePerDay() * factor * org.students().count() / teachers;
            } else if (stream.from().equals(role)) {
                perPerson = stream.ratePerDay();
            } else {
                continue;
            }
            double total = stream.mix().stream().mapToDouble(Scenario.NeedType::weight).sum();
            for (Scenario.NeedType type : stream.mix()) {
                double rate = perPerson * type.weight() / total;
                all += rate;
                Level[] holders = flow.holders(Vocabulary.DOMAINS.indexOf(type.domain()), Vocabulary.SCOPES.indexOf(type.scope()));
                if (holders != null && holders.length == 1 && holders[0].name().equals(role)) {
                    own += rate;
                }
            }
        }
        return all == 0 ? 0 : own / all;
    }
}
