package leadsim.cli;

import picocli.CommandLine;

/** Entry point: picocli does the rest. Exit codes: 0 ok, 1 crash, 2 bad usage or bad input. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LeadsimCommand());
        cli.setExecutionExceptionHandler(new CrashHandler());
        return cli;
    }
}
