package leadsim.model.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.DailySeries;
import leadsim.model.Level;
import leadsim.model.Organisation;
import leadsim.model.Person;

/**
 * Who is in post each day: staff present (slots not vacant), the share of novices (under a
 * year in post), and per role the time-averaged share with under two years' tenure (the
 * steady-state check of MODEL.md section 11: 1 - 0.81^2 = 34.4% for principals).
 */
public final class StaffMeasures implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Organisation org;
    private final Turnover turnover;
    private final double daysPerYear;
    private final double warmup;
    private final DailySeries series;
    private final int colPresent;
    private final int colNovice;
    private final int colVacant;
    private final Map<Level, double[]> underTwo = new LinkedHashMap<>();
    private int sampled;

    public StaffMeasures(Organisation org, Turnover turnover, double daysPerYear, double warmup, DailySeries series) {
        this.org = org;
        this.turnover = turnover;
        this.daysPerYear = daysPerYear;
        this.warmup = warmup;
        this.series = series;
        this.colPresent = series.column("staff_present");
        this.colNovice = series.column("staff_novice_share");
        this.colVacant = series.column("posts_vacant");
        for (Level level : org.levels()) {
            if (!level.isBody()) {
                underTwo.put(level, new double[1]);
            }
        }
    }

    public void day(double now) {
        int day = (int) Math.round(now);
        int present = 0;
        int novices = 0;
        int vacant = 0;
        boolean measure = now > warmup;
        if (measure) {
            sampled++;
        }
        for (Map.Entry<Level, double[]> entry : underTwo.entrySet()) {
            List<Person> people = org.peopleOf(entry.getKey());
            int inPost = 0;
            int young = 0;
            for (Person p : people) {
                if (turnover.post(p) == Turnover.Post.VACANT) {
                    vacant++;
                    continue;
                }
                present++;
                inPost++;
                double tenure = now - p.hiredAt();
                if (tenure < daysPerYear) {
                    novices++;
                }
                if (tenure < 2 * daysPerYear) {
                    young++;
                }
            }
            if (measure && inPost > 0) {
                entry.getValue()[0] += young / (double) inPost;
            }
        }
        series.set(colPresent, day, present);
        series.set(colNovice, day, present == 0 ? 0 : novices / (double) present);
        series.set(colVacant, day, vacant);
    }

    public void addMetrics(Map<String, Object> m) {
        m.put("departures", (double) turnover.departures());
        underTwo.forEach((level, sum) -> m.put("tenure_under_2y_share_" + level.name(),
                sampled == 0 ? Double.NaN : sum[0] / sampled));
    }
}
