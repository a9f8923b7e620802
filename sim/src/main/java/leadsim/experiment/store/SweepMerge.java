package leadsim.experiment.store;

import leadsim.analysis.table.Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import leadsim.experiment.run.Shard;

/**
 * Puts the shards of an experiment back together: checks that the directories belong to one
 * experiment, that every run id is present exactly once, and only then writes one result
 * directory with runs.csv sorted by run id. When runs are missing it names them and the shard
 * (and command) to re-run, and writes nothing.
 *
 * <p>Memory: ten bytes per run (where each row is), not the rows themselves. The shards are
 * only read, so a merge can be repeated at will.
 */
public final class SweepMerge {
    /** Kinds of result directories a merge takes. */
    private static final List<String> MERGEABLE = List.of("sweep", "compare");
    private static final int SHOWN_IDS = 10;

    private SweepMerge() {}

    /**
     * @param complete whether every run was present exactly once (and the merge was written)
     * @param problems what is missing or wrong, with what to re-run
     * @param runs     runs of the experiment
     */
    public record Result(boolean complete, List<String> problems, long runs, Path out) {
        public int exitCode() {
            return complete ? 0 : 1;
        }
    }

    /** One input directory: its shard and where its files are. */
    private record Input(Path dir, Manifest manifest, Shard shard, String header) {}

    public static Result merge(List<Path> dirs, Path out) throws IOException, StoreException {
        List<Input> inputs = read(dirs, out);
        Input first = inputs.get(0);
        long total = first.manifest().runs();
        int shards = first.shard().count();
        long[] offsets = new long[Math.toIntExact(total)];
        short[] source = new short[offsets.length];
        Arrays.fill(offsets, -1);
        List<String> problems = new ArrayList<>();
        for (short i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            Path runs = input.dir().resolve(ResultStore.RUNS);
            if (!Files.exists(runs)) {
                continue;
            }
            short from = i;
            RunsFile.forEachLine(runs, (line, offset) -> {
                if (offset == 0) {
                    return;
                }
                long id = RunsFile.runId(line);
                if (id < 0 || id >= total || !input.shard().owns(id)) {
                    problems.add(runs + " holds run " + id + ", which is not a run of " + input.shard()
                            + " (of " + total + " runs)");
                } else if (offsets[(int) id] >= 0) {
                    problems.add("run " + id + " appears twice: in " + inputs.get(source[(int) id]).dir() + " and in "
                            + input.dir());
                } else {
                    offsets[(int) id] = offset;
                    source[(int) id] = from;
                }
            });
        }
        problems.addAll(missing(inputs, offsets, shards));
        boolean series = !first.manifest().seriesColumns().isEmpty();
        if (series) {
            for (int id = 0; id < offsets.length && problems.size() < 100; id++) {
                if (offsets[id] >= 0 && !Files.exists(seriesOf(inputs.get(source[id]).dir(), id))) {
                    problems.add("run " + id + " has a row but no series file in " + inputs.get(source[id]).dir());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(false, problems, total, out);
        }
        write(inputs, offsets, source, series, partDirs(inputs), out);
        DerivedFiles.write(out);
        return new Result(true, List.of(), total, out);
    }

    private static List<Input> read(List<Path> dirs, Path out) throws IOException, StoreException {
        if (dirs.isEmpty() || dirs.size() > Short.MAX_VALUE) {
            throw new StoreException("merge takes 1 to " + Short.MAX_VALUE + " directories, got " + dirs.size());
        }
        List<Input> inputs = new ArrayList<>();
        for (Path dir : dirs) {
            Path manifestFile = dir.resolve(ResultStore.MANIFEST);
            if (!Files.exists(manifestFile)) {
                throw new StoreException(dir + " has no manifest.json: not the result directory of a sweep or shard");
            }
            if (dir.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new StoreException("the merge would overwrite its input " + dir + "; choose another --out");
            }
            Manifest manifest = Manifest.read(manifestFile);
            String kind = manifest.kind();
            if (!MERGEABLE.contains(kind)) {
                throw new StoreException(dir + " holds a " + kind + ", not a sweep or comparison (shard)");
            }
            Path runs = dir.resolve(ResultStore.RUNS);
            String header = Files.exists(runs) ? RunsFile.firstLine(runs) : null;
            Integer shard = manifest.setup().shard();
            inputs.add(new Input(dir, manifest, new Shard(shard == null ? 0 : shard, manifest.shards()), header));
        }
        Input first = inputs.get(0);
        for (Input input : inputs) {
            Manifest m = input.manifest();
            Manifest f = first.manifest();
            Object[][] identity = {
                    {"kind", m.kind(), f.kind()},
                    {"design_sha256", m.setup().designSha256(), f.setup().designSha256()},
                    {"runs", m.runs(), f.runs()},
                    {"shards", m.shards(), f.shards()}};
            for (Object[] key : identity) {
                if (!String.valueOf(key[1]).equals(String.valueOf(key[2]))) {
                    throw new StoreException(input.dir() + " and " + first.dir() + " are not shards of one experiment ("
                            + key[0] + " " + key[1] + " vs " + key[2] + ")");
                }
            }
            if (input.header() != null && first.header() != null && !input.header().equals(first.header())) {
                throw new StoreException(input.dir() + " and " + first.dir() + " have different runs.csv columns");
            }
            for (Input other : inputs) {
                if (other != input && other.shard().equals(input.shard())) {
                    throw new StoreException(input.shard() + " is given twice: " + input.dir() + " and " + other.dir());
                }
            }
        }
        if (Files.exists(out.resolve(ResultStore.MANIFEST))) {
            String kind = Manifest.read(out.resolve(ResultStore.MANIFEST)).kind();
            if (!kind.equals("merge")) {
                throw new StoreException(out + " holds the results of a " + kind + " itself; merge into another directory");
            }
        }
        return inputs;
    }

    /** Missing run ids by shard, each with what to re-run. */
    private static List<String> missing(List<Input> inputs, long[] offsets, int shards) throws IOException {
        Map<Integer, List<Long>> byShard = new TreeMap<>();
        Map<Integer, Long> counts = new TreeMap<>();
        for (int id = 0; id < offsets.length; id++) {
            if (offsets[id] < 0) {
                int shard = id % shards;
                counts.merge(shard, 1L, Long::sum);
                List<Long> shown = byShard.computeIfAbsent(shard, s -> new ArrayList<>());
                if (shown.size() < SHOWN_IDS) {
                    shown.add((long) id);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        long totalMissing = counts.values().stream().mapToLong(Long::longValue).sum();
        if (totalMissing > 0) {
            problems.add("missing " + totalMissing + " of " + offsets.length + " runs");
        }
        Manifest anyManifest = inputs.get(0).manifest();
        for (var entry : counts.entrySet()) {
            int shard = entry.getKey();
            long count = entry.getValue();
            List<Long> ids = byShard.get(shard);
            String list = ids.toString().replaceAll("[\\[\\]]", "") + (count > ids.size() ? ", ..." : "");
            Input given = inputs.stream().filter(i -> i.shard().index() == shard).findFirst().orElse(null);
            StringBuilder text = new StringBuilder("shard " + shard + " of " + shards + ": " + count + " missing (run "
                    + list + ")");
            if (given == null) {
                text.append("; no directory of this shard was given; run it: leadsim sweep ")
                        .append(anyManifest.details().specFile() == null ? "SPEC" : anyManifest.details().specFile())
                        .append(" --shard ").append(shard)
                        .append(" --shards ").append(shards).append(" --out DIR, then merge DIR with the others");
            } else {
                long failed = failures(given.dir());
                if (failed > 0) {
                    text.append("; ").append(failed).append(" failed: see ").append(given.dir().resolve(ResultStore.FAILURES));
                }
                text.append("; re-run the shard (it resumes): leadsim ").append(commandLine(given.manifest()));
            }
            problems.add(text.toString());
        }
        return problems;
    }

    private static long failures(Path dir) throws IOException {
        Path file = dir.resolve(ResultStore.FAILURES);
        if (!Files.exists(file)) {
            return 0;
        }
        long[] rows = {0};
        RunsFile.forEachLine(file, (line, offset) -> rows[0] += offset == 0 ? 0 : 1);
        return rows[0];
    }

    private static String commandLine(Manifest manifest) {
        List<String> words = new ArrayList<>();
        List<String> given = manifest.provenance().commandLine();
        (given == null ? List.<String>of() : given).forEach(w -> words.add(w.matches("[A-Za-z0-9_./=:,+-]+") ? w
                : "'" + w.replace("'", "'\\''") + "'"));
        return String.join(" ", words);
    }

    private static Path seriesOf(Path dir, long id) {
        return dir.resolve(SeriesFiles.DIR).resolve(SeriesFiles.name(id));
    }

    /**
     * The folders of per-run parts beside the series that the shards kept: every school's rows of
     * a district, the needs logs. A merge carries them over so that it makes the same joined
     * files ({@link DerivedFiles}) as one run of the whole experiment; as there, a run without a
     * part (a single school among districts) has none.
     */
    private static List<String> partDirs(List<Input> inputs) {
        return List.of(SchoolRows.DIR, Layout.NEEDS_DIR).stream()
                .filter(dir -> inputs.stream().anyMatch(i -> Files.isDirectory(i.dir().resolve(dir)))).toList();
    }

    /** Series and other per-run parts first, then runs.csv, then the manifest: a manifest says the merge is whole. */
    private static void write(List<Input> inputs, long[] offsets, short[] source, boolean series, List<String> partDirs,
                              Path out) throws IOException {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve(ResultStore.MANIFEST));
        if (series) {
            Path seriesDir = Files.createDirectories(out.resolve(SeriesFiles.DIR));
            for (int id = 0; id < offsets.length; id++) {
                for (String name : List.of(SeriesFiles.name(id), Layout.longSeriesPart(id))) {
                    Path from = inputs.get(source[id]).dir().resolve(SeriesFiles.DIR).resolve(name);
                    if (Files.exists(from)) { // else a tidy part from before tidy series were kept
                        share(from, seriesDir, name);
                    }
                }
            }
        }
        for (String dir : partDirs) {
            Path target = Files.createDirectories(out.resolve(dir));
            for (int id = 0; id < offsets.length; id++) {
                Path from = inputs.get(source[id]).dir().resolve(dir).resolve(Layout.runPart(id));
                if (Files.isRegularFile(from)) {
                    share(from, target, Layout.runPart(id));
                }
            }
        }
        List<Path> sources = inputs.stream().map(i -> i.dir().resolve(ResultStore.RUNS)).toList();
        SortedRuns.write(sources, offsets, source, inputs.get(0).header(), out.resolve(ResultStore.RUNS));
        AtomicFiles.write(out.resolve(ResultStore.FAILURES), Csv.row(ResultStore.FAILURE_HEADER));
        List<Manifest.MergedShard> from = new ArrayList<>();
        for (Input input : inputs) {
            Manifest m = input.manifest();
            from.add(new Manifest.MergedShard(input.dir().toString(), input.shard().index(), m.provenance().started(),
                    m.attempts().finished(), m.provenance().commandLine()));
        }
        Manifest merged = inputs.get(0).manifest().merged(OffsetDateTime.now().toString(), from);
        AtomicFiles.write(out.resolve(ResultStore.MANIFEST), merged.json());
    }

    /** Puts a shard's file into the merge: shards are not changed after a merge, so the bytes are shared where they can be. */
    private static void share(Path from, Path dir, String name) throws IOException {
        Path target = dir.resolve(name);
        Path temp = dir.resolve(name + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createLink(temp, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, temp);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
