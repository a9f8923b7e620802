package leadsim.experiment.run;

/**
 * A finished run as the store needs it: the complete runs.csv line when it succeeded, or the
 * error when it failed. The line is formatted by the worker, so the writer only appends.
 */
public record RunOutcome(long runId, long point, int replicate, long seed, String row, String error) {

    public boolean failed() {
        return error != null;
    }
}
