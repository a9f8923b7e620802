package leadsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.report.ReportInputException;
import leadsim.report.Reports;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a report of a result directory.",
                "The report is report.html (self-contained: charts inline), with every chart as PNG and SVG under "
                        + "figures/ and every table as CSV under tables/. DIR is a run, comparison, sweep or merged directory; "
                        + "with --compare, run directories are compared, the first as the baseline, pairing replicates "
                        + "that share a seed."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "DIR", arity = "1", description = "A run, comparison, sweep or merged directory.")
        Path dir;

        @Option(names = "--compare", paramLabel = "DIR", arity = "2..*",
                description = "Compare run directories, the first as the baseline.")
        List<Path> compare;
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write (default: DIR itself; with --compare: results/reports/<a>-vs-<b>/). Never a folder "
                    + "holding another experiment's results.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Reports.Written written;
        try {
            if (input.compare != null) {
                written = Reports.compare(input.compare, out);
            } else {
                written = Reports.report(input.dir, out);
            }
        } catch (ReportInputException e) {
            throw new InputException(e.getMessage() + " (nothing was written)");
        }
        spec.commandLine().getOut().println("report: " + written.html());
        spec.commandLine().getOut().println("figures and tables: " + written.files().size() + " files beside it");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
