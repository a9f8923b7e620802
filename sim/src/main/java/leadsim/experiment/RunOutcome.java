package leadsim.experiment;

/**
 * A finished run as the store needs it: the complete runs.csv line when it succeeded, or the
 * error when it failed. The line is formatted by the worker, so the writer only appends.
 */
record RunOutcome(long runId, long point, int replicate, long seed, String row, String error) {

    boolean failed() {
        return error != null;
    }
}
