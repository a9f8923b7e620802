package leadsim.experiment.run;

import leadsim.experiment.store.NeedsFiles;
import leadsim.model.RunResult;

/**
 * What a run does. Always the model, except in tests, which pass one that fails on purpose to
 * prove that a failing run is recorded and the rest carry on.
 */
@FunctionalInterface
public interface RunFunction {
    RunFunction MODEL = task -> task.needsFile() == null
            ? task.simulation().run()
            : NeedsFiles.run(task);

    RunResult run(RunTask task) throws Exception;
}
