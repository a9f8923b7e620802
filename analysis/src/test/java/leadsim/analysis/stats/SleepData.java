package leadsim.analysis.stats;

/**
 * R's {@code sleep} data set (Cushny and Peebles 1905, as used by Student 1908): extra hours
 * of sleep of ten patients under two drugs. {@code sleep$extra[sleep$group == 1]} and
 * {@code sleep$extra[sleep$group == 2]}, patient by patient.
 */
final class SleepData {

    static final double[] GROUP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] GROUP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    private SleepData() {
    }
}
