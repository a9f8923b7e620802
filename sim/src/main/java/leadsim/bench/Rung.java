package leadsim.bench;

import leadsim.model.Steps;

/**
 * What one rung of the ladder measured: a district of {@code schools} copies of a school, run
 * {@code runs} times (one replicate each, no series) interleaved with a bare MASON schedule
 * stepped through the same number of events holding the model's mean pending events.
 *
 * @param schools        copies of the school in the district
 * @param schoolYears    school-years one run simulates (schools x days / days a year)
 * @param threads        threads a run was given
 * @param runs           measured runs
 * @param steps          events (steppables stepped, each one heap entry) and event times (schedule
 *                       steps: several events can share one) of all measured runs
 * @param modelSeconds   wall time of all measured runs ({@code SchoolSim.run()}, its own start-up included)
 * @param startupSeconds building and starting one simulation of the district, timed alone
 * @param pendingMean    mean pending events sampled during the runs (over wall time)
 * @param pendingMax     most pending events sampled
 * @param bareEvents     events the bare schedule stepped (one at each of its event times)
 * @param bareSeconds    wall time of the bare schedule
 * @param heap           the heap of the first measured run
 */
record Rung(int schools, double schoolYears, int threads, int runs, Steps steps, double modelSeconds,
            double startupSeconds, double pendingMean, long pendingMax, long bareEvents, double bareSeconds,
            HeapWatch.Heap heap) {

    long events() {
        return steps.events();
    }

    long eventTimes() {
        return steps.eventTimes();
    }

    long eventsPerRun() {
        return Math.round(events() / (double) runs);
    }

    long eventTimesPerRun() {
        return Math.round(eventTimes() / (double) runs);
    }

    double secondsPerRun() {
        return modelSeconds / runs;
    }

    double eventsPerSecond() {
        return events() / modelSeconds;
    }

    double secondsPerSchoolYear() {
        return secondsPerRun() / schoolYears;
    }

    double bareEventsPerSecond() {
        return bareEvents / bareSeconds;
    }

    /**
     * Model events per second per thread over the bare schedule's (one thread): at most about 1.
     * A district run as lanes on several threads is judged per thread, so that threads do not
     * pass for a faster engine.
     */
    double ratioToBare() {
        return eventsPerSecond() / threads / bareEventsPerSecond();
    }

    /** Cost of a school-year here over its cost in {@code base} (the flatness: 1 is perfectly flat). */
    double flatness(Rung base) {
        return secondsPerSchoolYear() / base.secondsPerSchoolYear();
    }
}
