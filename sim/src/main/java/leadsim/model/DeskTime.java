package leadsim.model;

/**
 * Where each person's decision time went inside the measured window [w, H]: deciding, sitting
 * in meetings, and (by difference from the window) idle; and how long counted needs waited at
 * each desk (a person's own queue, or a body instance's agenda or pooled queue).
 */
final class DeskTime implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double warmup;
    private final double horizon;
    final double[] deciding;
    final double[] meeting;
    final double[] waitAtPerson;
    final double[] waitAtBody;

    DeskTime(int people, int bodies, double warmup, double horizon) {
        this.warmup = warmup;
        this.horizon = horizon;
        deciding = new double[people];
        meeting = new double[people];
        waitAtPerson = new double[people];
        waitAtBody = new double[bodies];
    }

    /** The part of [start, end] inside the window, in days. */
    double clip(double start, double end) {
        double from = Math.max(start, warmup);
        double to = Math.min(end, horizon);
        return to > from ? to - from : 0;
    }

    double window() {
        return horizon - warmup;
    }
}
