package leadsim.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import leadsim.scenario.RunSize;
import leadsim.scenario.Scenario;

/** The ladder's figures: an aligned table with units, printed a rung at a time, and the same as CSV. */
final class LadderTable {
    private static final String COLUMNS = "%7s %5s %15s %15s %11s %9s %13s %10s %12s %12s %11s %13s %10s %10s%n";
    private static final String CSV_HEADER = "schools,school_years,threads,runs,event_times_per_run,events_per_run,"
            + "events_per_second,"
            + "seconds_per_run,seconds_per_school_year,startup_seconds,heap_peak_mb,live_peak_mb,pending_mean,"
            + "pending_max,bare_events_per_second,ratio_to_bare,flatness";

    private final PrintWriter out;
    private boolean headed;

    LadderTable(PrintWriter out) {
        this.out = out;
    }

    void preamble(Ladder.Plan plan, DistrictCopies district, long maxHeapBytes) {
        Scenario school = district.school();
        double years = district.schoolYears(1);
        String copied = district.fromDistrict()
                ? "its first school (" + district.copiedSchool() + ")" + (school.hasOfficeStaff() ? " under its office" : "")
                + " of " + plan.school() : plan.school().toString();
        out.printf(Locale.ROOT, "bench --ladder: districts of copies of %s (%s), %.0f school days a run (%s school-year%s"
                        + " a school), one replicate, no series; rungs %s; %d thread%s a run; at least %.1f s measured a rung%n",
                copied, school.name(), school.horizon().days(), trim(years), years == 1 ? "" : "s", plan.rungs(),
                plan.threads(), plan.threads() == 1 ? "" : "s", plan.minSeconds());
        out.printf(Locale.ROOT, "  %d cores, maximum heap %s, load average %.2f at start%n",
                Runtime.getRuntime().availableProcessors(), RunSize.bytes(maxHeapBytes), loadAverage());
        out.flush();
    }

    void row(Rung rung, Rung base) {
        if (!headed) {
            out.printf(Locale.ROOT, COLUMNS, "schools", "runs", "event times", "events", "events/s", "s/run", "s/school-year",
                    "start-up s", "heap peak MB", "live peak MB", "pending", "bare events/s", "model/bare",
                    "x " + base.schools() + (base.schools() == 1 ? " school" : " schools"));
            out.printf(Locale.ROOT, COLUMNS, "", "", "per run", "per run", "", "", "", "", "", "", "mean", "", "", "");
            headed = true;
        }
        out.printf(Locale.ROOT, "%,7d %5d %,15d %,15d %,11.0f %9.3f %13.4f %10.3f %12.0f %12.0f %,11.0f %,13.0f %10.2f %10.2f%n",
                rung.schools(), rung.runs(), rung.eventTimesPerRun(), rung.eventsPerRun(), rung.eventsPerSecond(), rung.secondsPerRun(),
                rung.secondsPerSchoolYear(), rung.startupSeconds(), rung.heap().peakMegabytes(),
                rung.heap().liveMegabytes(), rung.pendingMean(), rung.bareEventsPerSecond(), rung.ratioToBare(),
                rung.flatness(base));
        out.flush();
    }

    void footer(List<Rung> rungs) {
        if (!rungs.isEmpty()) {
            Rung base = rungs.get(0);
            double worst = rungs.stream().mapToDouble(r -> r.flatness(base)).max().orElse(1);
            out.printf(Locale.ROOT, "flatness: s/school-year over the %d-school rung's, at most %.2f (target: within 1.3)%n",
                    base.schools(), worst);
        }
        out.printf(Locale.ROOT, "model/bare: the model's events/s over a bare MASON schedule's, stepped after each run"
                + " through the same number of events holding the model's mean pending events (sampled every ms); an event is a"
                + " steppable stepped, one heap entry, and several can share an event time%n");
        out.printf(Locale.ROOT, "s/run is SchoolSim.run(), its own start-up included; start-up s is one more start timed alone;"
                + " heap of the first run: peak MB = most in use before a GC or at the end, garbage included;"
                + " live MB = most in use after a GC, or after one at the end with the run still held%n");
        out.printf(Locale.ROOT, "load average %.2f at end (timings on a loaded machine are noisy)%n", loadAverage());
        out.flush();
    }

    static String csv(List<Rung> rungs) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        if (rungs.isEmpty()) {
            return csv.toString();
        }
        Rung base = rungs.get(0);
        for (Rung r : rungs) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%d,%d,%.0f,%.6f,%.6f,%.6f,%.1f,%.1f,%.1f,%d,%.0f,%.4f,%.4f%n",
                    r.schools(), trim(r.schoolYears()), r.threads(), r.runs(), r.eventTimesPerRun(), r.eventsPerRun(),
                    r.eventsPerSecond(),
                    r.secondsPerRun(), r.secondsPerSchoolYear(), r.startupSeconds(), r.heap().peakMegabytes(),
                    r.heap().liveMegabytes(), r.pendingMean(), r.pendingMax(), r.bareEventsPerSecond(), r.ratioToBare(),
                    r.flatness(base)));
        }
        return csv.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    static double loadAverage() {
        return leadsim.experiment.run.SweepBench.loadAverage();
    }
}
