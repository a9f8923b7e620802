package leadsim.model.people;

import java.util.Map;
import leadsim.model.Organisation;
import leadsim.model.Person;
import leadsim.model.Students;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import leadsim.scenario.Scenario;
import leadsim.scenario.Vocabulary;

/**
 * Student learning growth (MODEL.md section 8), in years of learning per school year: each day
 * a student grows by (per_year + quality_effect x (q - 0.5)) / days_per_year, q being the
 * practice quality of their teacher that day; each of their needs decided late costs
 * {@code late_harm}, each decision costs {@code poor_harm} x (1 - quality). Measured after the
 * warm-up and annualised; the equity gap is the growth of other students less that of
 * high-need students (the high-need share of the first student stream).
 */
public final class StudentGrowth implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Students students;
    private final double perDay;
    private final double effectPerDay;
    private final double lateHarm;
    private final double poorHarm;
    private final double warmup;
    private final double years;
    private final double highNeedShare;
    /** Sum over measured days of each slot's daily growth from practice (indexed by person id). */
    private final double[] practiceGrowth;
    private final double[] harm;

    public StudentGrowth(Scenario scenario, Organisation org) {
        Scenario.StudentGrowth g = scenario.studentGrowth();
        double dpy = scenario.horizon().daysPerYear();
        this.students = org.students();
        this.perDay = g.perYear() / dpy;
        this.effectPerDay = g.qualityEffect() / dpy;
        this.lateHarm = g.lateHarm();
        this.poorHarm = g.poorHarm();
        this.warmup = scenario.horizon().warmupDays();
        this.years = (scenario.horizon().days() - warmup) / dpy;
        this.practiceGrowth = new double[org.people().size()];
        this.harm = new double[students.count()];
        double share = Double.NaN;
        for (Scenario.ArrivalStream s : scenario.arrivals()) {
            if (Vocabulary.STUDENT_SOURCE.equals(s.from()) && s.highNeed() != null) {
                share = s.highNeed().share();
                break;
            }
        }
        this.highNeedShare = share;
    }

    /** One day of classroom growth (call once a day, after the warm-up). */
    public void day(double now, Iterable<Person> teachers, PracticeQuality quality) {
        if (now <= warmup || students.count() == 0) {
            return;
        }
        for (Person t : teachers) {
            practiceGrowth[t.id()] += perDay + effectPerDay * (quality.of(t) - 0.5);
        }
    }

    @Override
    public void decided(Need need, leadsim.model.Level level, double quality, double now) {
        int student = need.student();
        if (student < 0 || need.created() < warmup) {
            return;
        }
        if (now > need.deadline()) {
            harm[student] += lateHarm;
        }
        harm[student] += poorHarm * (1 - quality);
    }

    /**
     * A need that gave up: a workaround is a decision like any other (its lower quality does
     * the harm); a lapsed need was never met, which harms as a late decision of quality 0.
     */
    @Override
    public void gaveUp(Need need, leadsim.model.Level level, leadsim.model.decide.Outcome how, double quality, double now) {
        int student = need.student();
        if (student < 0 || need.created() < warmup) {
            return;
        }
        if (how == leadsim.model.decide.Outcome.LAPSE) {
            harm[student] += lateHarm + poorHarm;
        } else {
            decided(need, level, quality, now);
        }
    }

    public void addMetrics(Map<String, Object> m) {
        totals().addMetrics(m);
    }

    /** Growth summed over this run's students: what a district's figures are made of. */
    public Totals totals() {
        int n = students.count();
        double all = 0;
        double high = 0;
        double other = 0;
        int highCount = 0;
        for (int i = 0; i < n; i++) {
            double growth = years <= 0 ? 0 : (practiceGrowth[students.teacher(i).id()] - harm[i]) / years;
            all += growth;
            if (!Double.isNaN(highNeedShare) && students.isHighNeed(i, highNeedShare)) {
                high += growth;
                highCount++;
            } else {
                other += growth;
            }
        }
        return new Totals(n, highCount, all, high, other, years);
    }

    /**
     * Yearly growth summed over students (all, the high-need ones, the others) and their counts;
     * totals of several schools add, so a district's mean is the students' mean, not the schools'.
     */
    public record Totals(int students, int highNeed, double all, double high, double other, double years) {
        public Totals plus(Totals o) {
            return new Totals(students + o.students, highNeed + o.highNeed, all + o.all, high + o.high,
                    other + o.other, years);
        }

        public void addMetrics(Map<String, Object> m) {
            if (students == 0 || years <= 0) {
                m.put("growth_mean", Double.NaN);
                m.put("equity_gap", Double.NaN);
                return;
            }
            m.put("growth_mean", all / students);
            m.put("equity_gap", highNeed == 0 || highNeed == students ? Double.NaN
                    : other / (students - highNeed) - high / highNeed);
        }
    }
}
