package leadsim.report;

/**
 * What was given to a report cannot be reported on: not a leadsim result directory, an
 * unfinished run, or runs that cannot be paired. Nothing has been written when this is thrown.
 */
public final class ReportInputException extends Exception {
    public ReportInputException(String message) {
        super(message);
    }
}
