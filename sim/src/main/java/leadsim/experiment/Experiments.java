package leadsim.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a checked experiment (or one shard of it) into a result directory, resuming what is there. */
public final class Experiments {
    private Experiments() {}

    public static SweepReport run(CheckedExperiment checked, Path dir, Shard shard, int threads, RunFunction function,
                                  Progress progress, List<String> commandLine)
            throws IOException, StoreException, InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        Map<String, Object> manifest = ExperimentManifest.of(checked, shard, threads, commandLine, OffsetDateTime.now().toString());
        try (ResultStore store = ResultStore.open(dir, checked, shard, manifest)) {
            SweepReport report = new SweepRunner(checked, function).run(store, shard, threads, progress);
            Map<String, Object> ending = new LinkedHashMap<>();
            ending.put("finished", OffsetDateTime.now().toString());
            ending.put("runs_done", report.skipped() + report.completed());
            ending.put("runs_failed", report.failed());
            ending.put("seconds", Math.round(report.seconds() * 10) / 10.0);
            ending.put("peak_rss_mb", PeakMemory.megabytes());
            store.finish(ending);
            if (shard.count() == 1 && report.failed() == 0 && report.skipped() + report.completed() == report.runs()) {
                DerivedFiles.write(dir);
            }
            return report;
        }
    }
}
