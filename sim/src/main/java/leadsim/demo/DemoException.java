package leadsim.demo;

/** A problem with what the demo was asked to show (a lesson file, a parameter name): exit code 2. */
public final class DemoException extends Exception {
    private static final long serialVersionUID = 1L;

    public DemoException(String message) {
        super(message);
    }
}
