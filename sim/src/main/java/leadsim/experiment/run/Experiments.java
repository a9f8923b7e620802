package leadsim.experiment.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import leadsim.experiment.store.DerivedFiles;
import leadsim.experiment.store.Manifest;
import leadsim.experiment.store.ResultStore;
import leadsim.experiment.store.StoreException;

/** Runs a checked experiment (or one shard of it) into a result directory, resuming what is there. */
public final class Experiments {
    private Experiments() {}

    public static SweepReport run(CheckedExperiment checked, Path dir, Shard shard, int threads, RunFunction function,
                                  Progress progress, List<String> commandLine)
            throws IOException, StoreException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Manifest manifest = ExperimentManifest.of(checked, shard, threads, commandLine, OffsetDateTime.now().toString());
        try (ResultStore store = ResultStore.open(dir, checked, shard, manifest)) {
            SweepReport report = new SweepRunner(checked, function).run(store, shard, threads, progress);
            store.finish(OffsetDateTime.now().toString(), report.skipped() + report.completed(), report.failed(),
                    Math.round(report.seconds() * 10) / 10.0, PeakMemory.megabytes());
            if (shard.count() == 1 && report.failed() == 0 && report.skipped() + report.completed() == report.runs()) {
                DerivedFiles.write(dir);
            }
            return report;
        }
    }
}
