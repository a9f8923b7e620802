package leadsim.scenario;

import java.util.Locale;
import leadsim.scenario.Scenario.ArrivalStream;
import leadsim.scenario.Scenario.Role;

/**
 * How big one replicate of a scenario is, estimated before anything is allocated: people,
 * needs expected over the horizon, and approximate memory. A scenario beyond the limits is
 * refused by validation, so {@code run}, {@code compare} and {@code sweep} stop before they
 * create a directory, instead of running out of memory after writing a manifest.
 *
 * <p>The memory figures are per item kept by the model, measured on the distributed school
 * scaled to 60,000 students (about 130 bytes per need when every need is still open at the
 * end, as in an overloaded school). They are rounded up: the estimate is meant to be an upper
 * bound of the right order, not an exact figure.
 */
public record RunSize(double staff, double students, double needs, double days, int desks, double memoryBytes) {

    /** Work limit: at about a million needs a second, a replicate of this size takes about a minute. */
    public static final double MAX_NEEDS = 50_000_000;

    static final double BYTES_PER_NEED = 160;
    static final double BYTES_PER_STAFF = 2_048;
    static final double BYTES_PER_STUDENT = 16;
    static final double BYTES_PER_STUDENT_STREAM = 20;
    static final double BYTES_PER_DESK_DAY = 112;
    static final double BYTES_PER_DAY = 240;
    static final double BASE_BYTES = 16 * 1024 * 1024;
    /**
     * A district whose schools run as lanes keeps only each need's latency or censored age (and a
     * sorted copy of them at the end), not the need: the needs themselves live in the lanes.
     */
    static final double BYTES_PER_NEED_OF_LANES = 24;
    /** Lanes alive at once: four per thread ahead of the one being added up, for up to four threads. */
    static final int LANES_IN_MEMORY = 16;

    public double people() {
        return staff + students;
    }

    /** The estimate for a validated scenario (every field set). */
    public static RunSize of(Scenario s) {
        int teams = Headcount.teams(s.roles());
        double staffPerSchool = 0;
        for (Role role : s.roles().values()) {
            staffPerSchool += people(role, teams);
        }
        double officeStaff = 0;
        if (s.office() != null && s.office().roles() != null) {
            for (Role role : s.office().roles().values()) {
                officeStaff += people(role, 0);
            }
        }
        double schools = 0;
        double students = 0;
        for (Scenario.SchoolSpec school : s.schools()) {
            schools += school.copies();
            students += (double) Headcount.students(s, school) * school.copies();
        }
        double staff = staffPerSchool * schools + officeStaff;
        double days = s.horizon().days();
        double needsPerDay = 0;
        int studentStreams = 0;
        for (ArrivalStream stream : s.arrivals() == null ? java.util.List.<ArrivalStream>of() : s.arrivals()) {
            double sources;
            if (Vocabulary.STUDENT_SOURCE.equals(stream.from())) {
                sources = students;
                studentStreams++;
            } else if (s.roles().containsKey(stream.from())) {
                sources = people(s.roles().get(stream.from()), teams) * schools;
            } else {
                sources = people(s.office().roles().get(stream.from()), 0);
            }
            double perSource = stream.ratePerDay() * s.workloadMultiplier();
            if (stream.highNeed() != null) {
                perSource *= 1 - stream.highNeed().share() + stream.highNeed().share() * stream.highNeed().multiplier();
            }
            needsPerDay += sources * perSource;
        }
        double needs = needsPerDay * days;
        int desks = s.roles().size() + (s.bodies() == null ? 0 : s.bodies().size())
                + (s.office() == null ? 0 : (s.office().roles() == null ? 0 : s.office().roles().size())
                        + (s.office().bodies() == null ? 0 : s.office().bodies().size()));
        double organisation = staff * BYTES_PER_STAFF
                + students * (BYTES_PER_STUDENT + BYTES_PER_STUDENT_STREAM * studentStreams)
                + days * (desks * BYTES_PER_DESK_DAY + BYTES_PER_DAY);
        // schools apart run as lanes: the district keeps each need's latency, and a few whole
        // schools (their needs and staff) are alive at a time
        double memory = BASE_BYTES + organisation + (SchoolsApart.of(s)
                ? needs * BYTES_PER_NEED_OF_LANES
                        + Math.min(schools, LANES_IN_MEMORY) * (needs / schools * BYTES_PER_NEED + staffPerSchool * BYTES_PER_STAFF)
                : needs * BYTES_PER_NEED);
        return new RunSize(staff, students, needs, days, desks, memory);
    }

    /** Memory one replicate may take: half of this Java's maximum heap, leaving room for the rest. */
    public static double memoryLimit() {
        return Runtime.getRuntime().maxMemory() / 2.0;
    }

    /** Refuses a scenario beyond the limits, with the estimate and the limit in the message. */
    static void check(Scenario s, Problems problems) {
        RunSize size = of(s);
        if (!(size.needs() <= MAX_NEEDS)) {
            problems.add("", "about " + count(size.needs()) + " needs expected in one replicate ("
                    + count(size.needs() / size.days()) + " a day for " + count(size.days()) + " days), more than the limit of "
                    + count(MAX_NEEDS) + " (about a minute of work); lower students, rate_per_day or horizon.days");
        }
        double limit = memoryLimit();
        if (!(size.memoryBytes() <= limit)) {
            problems.add("", "one replicate would need about " + bytes(size.memoryBytes()) + " of memory ("
                    + count(size.people()) + " people, " + count(size.needs()) + " needs, " + count(size.days())
                    + " days), more than the limit of " + bytes(limit) + " (half of this Java's maximum heap; "
                    + "raise it with LEADSIM_JAVA_OPTS=-Xmx...)");
        }
    }

    /** The line {@code leadsim validate} prints. */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s (%s students, %s staff), %s needs expected over %s days, "
                        + "about %s of memory", count(people()), Math.round(people()) == 1 ? "person" : "people",
                count(students), count(staff), count(needs), count(days), bytes(memoryBytes));
    }

    private static double people(Role role, int teams) {
        if (role == null) {
            return 0;
        }
        if (role.perTeam() != null) {
            return (double) role.perTeam() * teams;
        }
        return role.count() == null ? 0 : role.count();
    }

    public static String count(double value) {
        if (!Double.isFinite(value)) {
            return "infinitely many";
        }
        if (value >= 1e15) {
            return String.format(Locale.ROOT, "%.1e", value);
        }
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    public static String bytes(double value) {
        if (!Double.isFinite(value)) {
            return "unbounded memory";
        }
        double mb = value / (1024 * 1024);
        if (mb < 1024) {
            return String.format(Locale.ROOT, "%,d MB", Math.max(1, Math.round(mb)));
        }
        double gb = mb / 1024;
        return gb >= 1e6 ? String.format(Locale.ROOT, "%.1e GB", gb) : String.format(Locale.ROOT, "%,.1f GB", gb);
    }
}
