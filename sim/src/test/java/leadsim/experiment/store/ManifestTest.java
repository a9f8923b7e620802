package leadsim.experiment.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.scenario.ScenarioMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * manifest.json is written from {@link Manifest} and read into it: reading a manifest of every
 * kind and writing it again gives the same bytes, and each kind has its own keys in one order.
 */
class ManifestTest {
    private static final List<String> OPENING = List.of("kind", "leadsim_version", "git_commit", "mason_version", "jvm",
            "command_line", "started", "name", "design_sha256", "points", "replicates", "runs");
    private static final List<String> SHARD = List.of("shard", "shards", "shard_runs", "threads", "master_seed",
            "seed_rule", "run_id_rule", "factor_columns", "metric_columns", "series_columns", "warnings");
    private static final List<String> ENDING = List.of("finished", "runs_done", "runs_failed", "seconds", "peak_rss_mb");

    @TempDir
    Path tmp;

    private static String text(Path dir) throws Exception {
        return Files.readString(dir.resolve(Layout.MANIFEST), StandardCharsets.UTF_8);
    }

    private static List<String> keys(Path dir) throws Exception {
        JsonNode tree = ScenarioMapper.json().readTree(text(dir));
        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> keys(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static void assertReadAndWrittenAlike(Path dir) throws Exception {
        assertEquals(text(dir), Manifest.read(dir.resolve(Layout.MANIFEST)).json(), dir.toString());
    }

    @Test
    void everyKindIsReadIntoTheTypeItIsWrittenFromWithItsOwnKeys() throws Exception {
        Path scenario = tmp.resolve("queue.yaml");
        Files.writeString(scenario, Fixtures.QUEUE);
        Path run = tmp.resolve("run");
        Fixtures.cli("run", scenario.toString(), "--replicates", "2", "--out", run.toString(), "--quiet", "--needs");
        Fixtures.cli("run", scenario.toString(), "--replicates", "2", "--out", run.toString(), "--quiet", "--needs");
        assertEquals(keys(OPENING, SHARD, List.of("scenario_file", "scenario_name", "scenario_sha256", "seeds", "series",
                "needs_log", "scenarios", "resumed"), ENDING), keys(run));
        assertReadAndWrittenAlike(run);

        Files.writeString(tmp.resolve("b.yaml"), Fixtures.QUEUE.replace("name: queue", "name: faster"));
        Path compared = tmp.resolve("compared");
        Fixtures.cli("compare", scenario.toString(), tmp.resolve("b.yaml").toString(), "--replicates", "2", "--out",
                compared.toString(), "--quiet");
        assertEquals(keys(OPENING, SHARD, List.of("series", "baseline", "scenarios"), ENDING), keys(compared));
        assertReadAndWrittenAlike(compared);

        Path spec = Fixtures.spec(tmp, """
                scenario: queue.yaml
                replicates: 2
                sampling: {method: saltelli, base_samples: 2}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1.0, to: 2.0}
                """);
        List<Path> shards = List.of(tmp.resolve("shard0"), tmp.resolve("shard1"));
        for (int i = 0; i < 2; i++) {
            Fixtures.cli("sweep", spec.toString(), "--shard", "" + i, "--shards", "2", "--out", shards.get(i).toString(),
                    "--quiet");
        }
        assertEquals(keys(OPENING, SHARD, List.of("spec_file", "spec_sha256", "spec", "scenario_file", "factors",
                "sampling", "scenarios"), ENDING), keys(shards.get(0)));
        assertReadAndWrittenAlike(shards.get(0));

        Path merged = tmp.resolve("merged");
        assertEquals(0, Fixtures.cli("merge", shards.get(0).toString(), shards.get(1).toString(), "--out",
                merged.toString()).exit());
        // what belonged to one shard's attempt is left out of the merge
        assertEquals(keys(OPENING.subList(0, 5), OPENING.subList(7, OPENING.size()), List.of("shards"),
                SHARD.subList(4, SHARD.size()), List.of("spec_file", "spec_sha256", "spec", "scenario_file", "factors",
                        "sampling", "scenarios", "merged_kind", "merged_at", "merged_from")), keys(merged));
        assertReadAndWrittenAlike(merged);
        assertEquals("sweep", Manifest.read(merged.resolve(Layout.MANIFEST)).experimentKind());
    }
}
