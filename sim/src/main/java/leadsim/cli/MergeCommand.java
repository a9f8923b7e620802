package leadsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import leadsim.experiment.store.StoreException;
import leadsim.experiment.store.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merges the shards of a sweep into one result directory.",
                "Checks first that every run is present exactly once; if not, names the missing runs and the shard "
                        + "to re-run, writes nothing and exits with 1. Sorts the merged runs.csv by run id."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result directories of the shards.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: the shards' common parent directory).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : commonParent();
        SweepMerge.Result result;
        try {
            result = SweepMerge.merge(dirs, target);
        } catch (StoreException e) {
            throw new InputException(e.getMessage());
        }
        if (!result.complete()) {
            var err = spec.commandLine().getErr();
            result.problems().forEach(p -> err.println("error: " + p));
            err.println("nothing written to " + target);
            err.flush();
            return result.exitCode();
        }
        var stdout = spec.commandLine().getOut();
        stdout.printf("merged %d runs from %d director%s into %s%n", result.runs(), dirs.size(), dirs.size() == 1 ? "y" : "ies",
                target);
        stdout.flush();
        return 0;
    }

    private Path commonParent() throws InputException {
        Path parent = dirs.get(0).toAbsolutePath().normalize().getParent();
        boolean shared = dirs.size() > 1 && parent != null
                && dirs.stream().allMatch(d -> parent.equals(d.toAbsolutePath().normalize().getParent()));
        if (!shared) {
            throw new InputException("give --out: the directories to merge do not share one parent directory");
        }
        return dirs.get(0).normalize().getParent() != null ? dirs.get(0).normalize().getParent() : parent;
    }
}
