package leadsim.model.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;

/**
 * Reciprocal accountability (MODEL.md section 7): a leader who gives a share of their time to
 * coaching has that much less for decisions, and each day the expertise of those who report
 * to them moves toward theirs (never down) at {@code rate_per_year} x share.
 */
public final class Coaching implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Person> coaches = new ArrayList<>();
    private final List<List<Person>> coachees = new ArrayList<>();
    private final List<Double> dailyShare = new ArrayList<>();

    public Coaching(Scenario scenario, Organisation org) {
        Map<String, Double> shares = scenario.people().coaching().shares();
        double perDay = scenario.people().coaching().ratePerYear() / scenario.horizon().daysPerYear();
        if (shares == null) {
            return;
        }
        for (Person coach : org.people()) {
            Double share = shares.get(coach.role());
            if (share == null || share <= 0) {
                continue;
            }
            List<Person> mine = new ArrayList<>();
            for (Person p : org.people()) {
                if (p.supervisor() == coach) {
                    mine.add(p);
                }
            }
            coach.setCapacityHours(coach.capacityHours() * (1 - share));
            coaches.add(coach);
            coachees.add(mine);
            dailyShare.add(1 - Math.exp(-perDay * share));
        }
    }

    public boolean active() {
        return !coaches.isEmpty();
    }

    /** One day of coaching. */
    public void day() {
        for (int c = 0; c < coaches.size(); c++) {
            Person coach = coaches.get(c);
            double share = dailyShare.get(c);
            for (Person p : coachees.get(c)) {
                for (int d = 0; d < Vocabulary.DOMAINS.size(); d++) {
                    if (coach.expertise(d) > p.expertise(d)) {
                        p.moveToward(d, coach.expertise(d), share);
                    }
                }
            }
        }
    }
}
