package leadsim.cli;

/** A usage or input problem found by a command (not by picocli): exit code 2, nothing written. */
final class InputException extends Exception {
    InputException(String message) {
        super(message);
    }
}
