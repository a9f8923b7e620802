package leadsim.experiment.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Table;

/**
 * A result directory read back ({@link Layout}): the typed manifest and runs.csv as a table.
 * The one reader that {@code report}, {@code compare}'s analysis, {@code merge}'s derived files,
 * {@code rerun} and the terminal summary use. Reading never writes.
 *
 * @param dir      the directory
 * @param manifest manifest.json
 * @param runs     runs.csv, rows in file order (sorted by run id once the experiment is complete)
 */
public record ResultDir(Path dir, Manifest manifest, Table runs) {

    /** Whether {@code dir} has a manifest.json and a runs.csv. */
    public static boolean looksLike(Path dir) {
        return Files.isRegularFile(dir.resolve(Layout.MANIFEST)) && Files.isRegularFile(dir.resolve(Layout.RUNS));
    }

    /** Reads a result directory; says plainly what is missing or malformed. */
    public static ResultDir read(Path dir) throws StoreException {
        if (!looksLike(dir)) {
            throw new StoreException(dir + " is not a leadsim result directory (it needs the " + Layout.MANIFEST
                    + " and " + Layout.RUNS + " that `leadsim run`, `compare` and `sweep` write)");
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(dir.resolve(Layout.MANIFEST));
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read " + dir.resolve(Layout.MANIFEST) + ": " + e.getMessage());
        }
        Table runs;
        try {
            runs = Table.readCsv(dir.resolve(Layout.RUNS));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read " + dir.resolve(Layout.RUNS) + ": " + e.getMessage());
        }
        for (String column : Layout.RUN_COLUMNS) {
            if (!runs.hasColumn(column)) {
                throw new StoreException(dir.resolve(Layout.RUNS) + " has no '" + column + "' column; it was not"
                        + " written by this version of leadsim");
            }
        }
        for (String factor : manifest.factorColumns()) {
            if (!runs.hasColumn(factor)) {
                throw new StoreException(dir.resolve(Layout.RUNS) + " has no column for the factor '" + factor + "'");
            }
        }
        return new ResultDir(dir, manifest, runs);
    }

    public String kind() {
        return manifest.experimentKind();
    }

    /** The measure columns of runs.csv, in order. */
    public List<String> measureColumns() {
        int first = Layout.RUN_COLUMNS.size() + manifest.factorColumns().size();
        List<String> columns = runs.columns();
        return columns.size() <= first ? List.of() : columns.subList(first, columns.size());
    }

    /** The rows of each design point, by point number ascending. */
    public Map<Long, Table> byPoint() {
        Map<Long, Table> sorted = new TreeMap<>();
        runs.groupBy("point").forEach((point, table) -> sorted.put(Long.parseLong(point), table));
        return sorted;
    }

    /** A point's label: the scenario's, as the manifest records it. */
    public String label(long point) {
        Manifest.Scenario s = manifest.scenarioOf(point);
        if (manifest.points() <= 1 || kind().equals("compare")) {
            if (s != null && s.label() != null) {
                return s.label();
            }
            return manifest.name() != null ? manifest.name() : "point " + point;
        }
        return "point " + point;
    }

    /** Whether series files were kept. */
    public boolean hasSeries() {
        return !manifest.seriesColumns().isEmpty() && Files.isDirectory(dir.resolve(Layout.SERIES_DIR));
    }

    /** One run's daily series file. */
    public Path seriesFile(long runId) {
        return dir.resolve(Layout.SERIES_DIR).resolve(Layout.seriesFile(runId));
    }

    /**
     * The daily series of some runs as one table, {@code replicate} and {@code seed} in front of
     * each run's own columns; null when a run has no series file or runs kept different columns.
     */
    public Table series(Table someRuns) throws StoreException {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < someRuns.rowCount(); r++) {
            Path file = seriesFile(Long.parseLong(someRuns.get(r, "run_id")));
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Table one = readSeries(file);
            if (header == null) {
                header = new ArrayList<>(List.of("replicate", "seed"));
                header.addAll(one.columns());
            } else if (!header.subList(2, header.size()).equals(one.columns())) {
                return null; // runs kept different columns: nothing to average day by day
            }
            for (int d = 0; d < one.rowCount(); d++) {
                List<String> row = new ArrayList<>(List.of(someRuns.get(r, "replicate"), someRuns.get(r, "seed")));
                row.addAll(one.row(d));
                rows.add(row);
            }
        }
        if (header == null || !header.contains("day")) {
            return null;
        }
        return Table.fromRows(header, rows);
    }

    /** One series file, unzipped. */
    public static Table readSeries(Path file) throws StoreException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1 << 14];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return Table.parseCsv(text.toString(), file.toString());
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot read the series " + file + ": " + e.getMessage());
        }
    }
}
