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
        description = {"Writes report.html (self-contained: charts inline), the charts as PNG and SVG under",
                "figures/ and the tables as CSV under tables/, for a run or comparison directory,",
                "or for run directories compared with --compare (the first is the baseline;",
                "replicates are paired by seed)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "DIR", arity = "1", description = "A run or comparison directory.")
        Path dir;

        @Option(names = "--compare", paramLabel = "DIR", arity = "2..*",
                description = "Compare run directories, the first as the baseline.")
        List<Path> compare;
    }

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write (default: DIR itself; with --compare: results/compare/<a>-vs-<b>/).")
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
