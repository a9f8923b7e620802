package leadsim.experiment.store;

/**
 * A result directory that cannot be used as asked: it holds another experiment, another
 * process is writing it, or the inputs of a merge do not belong together. Input errors:
 * nothing is written and the command exits with 2.
 */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }
}
