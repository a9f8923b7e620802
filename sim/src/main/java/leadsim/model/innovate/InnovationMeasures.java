package leadsim.model.innovate;

import java.util.List;
import java.util.Map;
import leadsim.model.DailySeries;
import leadsim.model.people.Staff;

/**
 * What innovation measures (MODEL.md section 5): counts of what was invented, tried, kept,
 * spread, failed, refused, adopted and abandoned; time to half the staff; the share of
 * practice in use that is good (over practice-use days after the warm-up); the daily series.
 */
final class InnovationMeasures implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Practice> practices;
    private final Staff staff;
    private final double warmup;
    private final Innovation innovation;
    private final DailySeries series;
    private final int colAdoption;
    private final int colGood;
    private final int colQuality;
    private final int colSeeded;

    int invented;
    int adoptions;
    int abandoned;
    int declined;
    private double userDays;
    private double goodUserDays;
    private int measuredDays;

    InnovationMeasures(List<Practice> practices, Staff staff, double warmup, DailySeries series, Innovation innovation) {
        this.practices = practices;
        this.staff = staff;
        this.warmup = warmup;
        this.innovation = innovation;
        this.series = series;
        this.colAdoption = series.column("adoption");
        this.colGood = series.column("adoption_good");
        this.colQuality = series.column("practice_quality_mean");
        this.colSeeded = series.column("contagion_share");
    }

    /** The end of a school day: milestones of every practice, use days, the series. */
    void day(double now) {
        int day = (int) Math.round(now);
        int users = 0;
        int good = 0;
        for (Practice practice : practices) {
            milestones(practice, now);
            if (practice.seeded) {
                continue;
            }
            users += practice.users;
            if (practice.good) {
                good += practice.users;
            }
        }
        if (now > warmup) {
            userDays += users;
            goodUserDays += good;
            measuredDays++;
        }
        int size = Math.max(1, staff.size());
        series.set(colAdoption, day, users / (double) size);
        series.set(colGood, day, good / (double) size);
        if (innovation.enabled()) {
            series.set(colQuality, day, innovation.qualityMean());
        }
        Practice seeded = innovation.seeded();
        if (seeded != null) {
            series.set(colSeeded, day, seeded.users / (double) staff.inSchool(0));
        }
    }

    private void milestones(Practice practice, double now) {
        int size = staff.inSchool(practice.school);
        if (Double.isNaN(practice.halfDay) && practice.users >= Math.ceil(size / 2.0)) {
            practice.halfDay = now - practice.bornDay;
        }
        if (Double.isNaN(practice.fullDay) && practice.users == size) {
            practice.fullDay = now - practice.bornDay;
        }
    }

    void addMetrics(Map<String, Object> m, Trials trials, Mandates mandates, Practice seeded, boolean enabled) {
        int kept = 0;
        int spread = 0;
        double halfSum = 0;
        int halfCount = 0;
        for (Practice practice : practices) {
            if (practice.seeded) {
                continue;
            }
            if (practice.kept) {
                kept++;
            }
            if (practice.spreadBeyondTeam) {
                spread++;
            }
            if (!Double.isNaN(practice.halfDay)) {
                halfSum += practice.halfDay;
                halfCount++;
            }
        }
        m.put("innovations_invented", (double) invented);
        m.put("innovations_tried", trials == null ? 0.0 : (double) trials.inventorTrials);
        m.put("innovations_kept", (double) kept);
        m.put("innovations_spread", (double) spread);
        m.put("smart_failures", trials == null ? 0.0 : (double) trials.smartFailures);
        m.put("trials_refused", trials == null ? 0.0 : (double) trials.refused);
        m.put("trials_expired", trials == null ? 0.0 : (double) trials.expired);
        m.put("adoption_trials", trials == null ? 0.0 : (double) trials.adopterTrials);
        m.put("adoptions", (double) adoptions);
        m.put("abandonments", (double) abandoned);
        m.put("stops_refused", trials == null ? 0.0 : (double) trials.stopsRefused);
        m.put("declined_on_evidence", (double) declined);
        m.put("mandates", (double) mandates.mandates);
        m.put("mandate_lapses", (double) mandates.lapsed);
        m.put("adoption_days_to_half", halfCount == 0 ? Double.NaN : halfSum / halfCount);
        m.put("adopted_good_share", userDays == 0 ? Double.NaN : goodUserDays / userDays);
        m.put("good_practices_per_staff", measuredDays == 0 ? 0.0 : goodUserDays / measuredDays / Math.max(1, staff.size()));
        m.put("practice_quality_mean", innovation.qualityMean());
        m.put("contagion_adopters_final", seeded == null ? Double.NaN : (double) seeded.users);
        m.put("contagion_share_final", seeded == null ? Double.NaN : seeded.users / (double) staff.inSchool(0));
        m.put("contagion_days_to_full", seeded == null ? Double.NaN : seeded.fullDay);
    }
}
