package leadsim.analysis.survival;

/**
 * Remission times (weeks) of acute leukaemia patients in the 6-MP trial of Freireich et al.
 * (1963), as analysed by Gehan (1965) and in most survival textbooks; in R it is
 * {@code MASS::gehan} (and {@code survival::leukemia} is a different data set).
 */
final class Leukaemia {

    /** 6-MP arm: 9 relapses, 12 censored (the censored times marked + in the literature). */
    static final double[] DRUG_TIMES = {6, 6, 6, 7, 10, 13, 16, 22, 23,
            6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
    static final boolean[] DRUG_EVENTS = {true, true, true, true, true, true, true, true, true,
            false, false, false, false, false, false, false, false, false, false, false, false};

    /** Placebo arm: 21 relapses, none censored. */
    static final double[] PLACEBO_TIMES = {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12,
            15, 17, 22, 23};
    static final boolean[] PLACEBO_EVENTS = allTrue(21);

    private Leukaemia() {
    }

    private static boolean[] allTrue(int n) {
        boolean[] out = new boolean[n];
        java.util.Arrays.fill(out, true);
        return out;
    }
}
