package leadsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import leadsim.model.people.StudentGrowth;
import leadsim.scenario.Headcount;
import leadsim.scenario.Scenario;

/**
 * A district whose schools never touch one another (no office, no district-scope needs, no
 * mechanism that crosses schools) is run as independent lanes: each school is a simulation of
 * that school alone, with its own MASON schedule and its own random stream derived from the run
 * seed and the school's index, and the district's measures are the lanes' measures added up in
 * school order. So the cost per school stays that of one school (one small event heap each,
 * instead of one heap holding every school's events), the lanes can run on several threads, and
 * the history does not depend on how many threads ran it. A district with an office runs on one
 * schedule ({@link SchoolSim#run()}): its schools share the office's desks.
 */
final class SchoolLanes {
    /** Lanes submitted ahead of the one being absorbed, per thread: enough to keep every thread busy. */
    static final int LANES_AHEAD_PER_THREAD = 4;

    private SchoolLanes() {}

    /** The seed of school {@code school}'s lane: a mix of the run seed and the index, never 0 in MASON's 32 bits. */
    static long laneSeed(long runSeed, int school) {
        long z = runSeed * 0x9E3779B97F4A7C15L + (school + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        int low = (int) z;
        return low == 0 ? 1 : low & 0xFFFFFFFFL;
    }

    /** One school's run, kept until it is absorbed in school order. */
    private record Lane(SchoolSim sim, Steps steps, List<NeedRecord> needs, Map<String, Object> row) {}

    /**
     * Runs every school as a lane on {@code threads} threads and returns the district's result,
     * the same for any number of threads. {@code district} supplies the district's organisation
     * (names, headcounts) and recorder; {@code needsSink}, when not null, receives every lane's
     * needs in school order, numbered and named as in the district.
     */
    static RunResult run(SchoolSim district, int threads, Consumer<NeedRecord> needsSink) {
        Scenario scenario = district.scenario();
        List<String> names = SchoolNames.of(scenario);
        List<Scenario> schools = laneScenarios(scenario);
        Organisation org = district.organisation();
        RunRecorder recorder = district.recorder();
        boolean keepSeries = recorder.keepsSeries();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread t = new Thread(runnable, "leadsim-lane");
            t.setDaemon(true);
            return t;
        });
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        StudentGrowth.Totals growth = null;
        LaneSeries laneSeries = new LaneSeries();
        boolean overload = leadsim.metrics.Mechanism.OVERLOAD.on(scenario);
        double[][][] schoolDays = new double[schools.size()][][];
        Steps steps = Steps.NONE;
        int studentOffset = 0;
        DistrictNumbering numbering = new DistrictNumbering(org);
        try {
            // at most a window of lanes submitted and not yet absorbed, so memory holds a few schools, not all
            int window = Math.max(1, threads) * LANES_AHEAD_PER_THREAD;
            List<Future<Lane>> lanes = new ArrayList<>();
            for (int s = 0; s < schools.size(); s++) {
                lanes.add(null);
            }
            for (int s = 0; s < Math.min(window, schools.size()); s++) {
                lanes.set(s, submit(pool, district, s, schools.get(s), keepSeries, needsSink != null));
            }
            for (int s = 0; s < lanes.size(); s++) {
                Lane lane = lanes.get(s).get();
                lanes.set(s, null); // absorbed: let it go
                if (s + window < schools.size()) {
                    lanes.set(s + window, submit(pool, district, s + window, schools.get(s + window), keepSeries,
                            needsSink != null));
                }
                SchoolSim sim = lane.sim();
                Organisation own = sim.organisation();
                int[] people = numbering.people(own, s);
                int[] bodies = numbering.bodies(own, s);
                recorder.absorb(sim.recorder(), people, bodies);
                rows.put(names.get(s), lane.row());
                StudentGrowth.Totals school = sim.growth().totals();
                growth = growth == null ? school : growth.plus(school);
                if (keepSeries) {
                    laneSeries.add(sim.slowSeries());
                    schoolDays[s] = sim.recorder().schoolDays(overload);
                }
                if (needsSink != null) {
                    Map<String, String> deskNames = DistrictNumbering.deskNames(own, sim.recorder().deskNames(),
                            recorder.deskNames(), org, people, bodies);
                    for (NeedRecord need : lane.needs()) {
                        needsSink.accept(numbering.record(need, studentOffset, deskNames));
                    }
                }
                studentOffset += own.students().count();
                steps = steps.plus(lane.steps());
                if (district.progress() != null) {
                    district.progress().accept((s + 1) / (double) schools.size());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the schools of a district", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        RunResult decisions = recorder.result(steps);
        Map<String, Object> metrics = new LinkedHashMap<>(decisions.metrics());
        if (growth != null) {
            growth.addMetrics(metrics);
        }
        if (!keepSeries) {
            return new RunResult(metrics, decisions.seriesColumns(), decisions.series(), steps, rows);
        }
        DailySeries slowSeries = laneSeries.merged();
        List<String> columns = slowSeries.appendedTo(decisions.seriesColumns());
        double[][] series = slowSeries.appendedTo(decisions.series());
        List<String> schoolColumns = SchoolDays.columns(overload, false);
        return new RunResult(metrics, columns, series, steps, rows, new SchoolSeries(names, schoolColumns, schoolDays));
    }

    private static Future<Lane> submit(ExecutorService pool, SchoolSim district, int school, Scenario scenario,
                                       boolean keepSeries, boolean logNeeds) {
        long seed = laneSeed(district.seed(), school);
        return pool.submit(() -> runLane(district, seed, scenario, keepSeries, logNeeds));
    }

    private static Lane runLane(SchoolSim district, long seed, Scenario school, boolean keepSeries, boolean logNeeds) {
        SchoolSim sim = new SchoolSim(seed, school, keepSeries);
        List<NeedRecord> needs = logNeeds ? new ArrayList<>() : List.of();
        if (logNeeds) {
            sim.logNeeds(needs::add);
        }
        Steps steps;
        district.runningLanes.add(sim); // seen by the pending count while it runs
        try {
            steps = sim.runToHorizon();
        } finally {
            district.runningLanes.remove(sim);
        }
        // the school's own row is measured here, on the lane's thread, before the district absorbs it
        Map<String, Object> row = sim.recorder().schoolRow();
        sim.slowProcesses().addSchoolMetrics(row, 0);
        return new Lane(sim, steps, needs, row);
    }

    /** The district as one scenario per school: the same school with that entry's students. */
    static List<Scenario> laneScenarios(Scenario district) {
        List<Scenario> schools = new ArrayList<>();
        List<String> names = SchoolNames.of(district);
        int s = 0;
        for (Scenario.SchoolSpec spec : district.schools()) {
            Integer students = Headcount.students(district, spec);
            for (int copy = 0; copy < spec.copies(); copy++) {
                schools.add(district.withSchools(List.of(new Scenario.SchoolSpec(names.get(s), 1, students))));
                s++;
            }
        }
        return schools;
    }
}
