package leadsim.cli;

import leadsim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Bad input gets its message and exit code 2; anything else is a crash: exit 1, with a trace. */
final class CrashHandler implements IExecutionExceptionHandler {
    static final int INPUT_ERROR = 2;
    static final int CRASH = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof ScenarioException bad) {
            bad.problems().forEach(p -> cli.getErr().println("error: " + p));
            cli.getErr().flush();
            return INPUT_ERROR;
        }
        if (e instanceof InputException bad) {
            cli.getErr().println("error: " + bad.getMessage());
            cli.getErr().flush();
            return INPUT_ERROR;
        }
        cli.getErr().println("leadsim crashed: " + e);
        e.printStackTrace(cli.getErr());
        cli.getErr().flush();
        return CRASH;
    }
}
