package leadsim.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import leadsim.analysis.table.Csv;
import leadsim.experiment.store.Layout;
import leadsim.model.SchoolNames;

/**
 * A district's figures school by school, for the replicates of one scenario, read from each run's
 * parts of {@code schools_long.csv.gz} ({@code schools/run-N.csv.gz}) and, when the series were
 * kept, of {@code series_long.csv.gz} ({@code series/run-N.long.csv.gz}, the rows whose unit is a
 * school or the office). docs/result-directory.md describes both.
 *
 * @param schools the schools by name, in the model's order (the office not among them)
 * @param office  whether the office has a row of its own
 * @param rows    per unit (schools, then {@code office}) and measure, one value per replicate (NaN
 *                where a replicate has none)
 * @param days    the days of the daily means (empty without series)
 * @param daily   per measure and unit, the mean over replicates of each day
 */
record SchoolData(List<String> schools, boolean office, Map<String, Map<String, double[]>> rows, double[] days,
                  Map<String, Map<String, double[]>> daily) {

    /** The directory's figures per school for these replicates, or empty when it holds no district. */
    static Optional<SchoolData> read(RunData run, Set<String> dailyMeasures) throws IOException {
        List<String> ids = run.runs().strings("run_id");
        int n = ids.size();
        Map<String, Map<String, double[]>> rows = new LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            Path part = run.dir().resolve("schools").resolve(Layout.runPart(Long.parseLong(ids.get(r))));
            if (!Files.isRegularFile(part)) {
                return Optional.empty();
            }
            try (BufferedReader in = gunzip(part)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    List<String> cells = Csv.split(line);
                    String unit = cells.get(1);
                    if (unit.equals("district")) {
                        continue;
                    }
                    double[] values = rows.computeIfAbsent(unit, u -> new LinkedHashMap<>())
                            .computeIfAbsent(cells.get(2), m -> nans(n));
                    values[r] = number(cells.get(3));
                }
            }
        }
        List<String> schools = rows.keySet().stream().filter(u -> !u.equals(SchoolNames.OFFICE)).toList();
        if (schools.isEmpty()) {
            return Optional.empty();
        }
        boolean office = rows.containsKey(SchoolNames.OFFICE);
        double[] days = new double[0];
        Map<String, Map<String, double[]>> daily = new LinkedHashMap<>();
        if (!dailyMeasures.isEmpty() && run.hasSeries()) {
            int horizon = (int) Arrays.stream(run.series().numbers("day")).filter(d -> !Double.isNaN(d)).max().orElse(0);
            DailyMeans means = DailyMeans.read(run.dir(), ids, rows.keySet(), dailyMeasures, horizon);
            days = means.days();
            daily = means.means();
        }
        return Optional.of(new SchoolData(schools, office, rows, days, daily));
    }

    /** A measure of one unit, per replicate; all NaN when the unit has none. */
    double[] values(String unit, String measure) {
        Map<String, double[]> of = rows.get(unit);
        double[] values = of == null ? null : of.get(measure);
        return values == null ? nans(replicates()) : values;
    }

    int replicates() {
        return rows.isEmpty() ? 0 : rows.values().iterator().next().values().iterator().next().length;
    }

    /** The mean over replicates of a unit's measure (NaN replicates left out). */
    double mean(String unit, String measure) {
        return mean(values(unit, measure));
    }

    /** Whether some school has a value of the measure in some replicate. */
    boolean measured(String measure) {
        return schools.stream().anyMatch(s -> Arrays.stream(values(s, measure)).anyMatch(v -> !Double.isNaN(v)));
    }

    /** The daily mean of a unit's measure, or null when not kept. */
    double[] dailyMean(String measure, String unit) {
        Map<String, double[]> of = daily.get(measure);
        return of == null ? null : of.get(unit);
    }

    static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static double number(String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN; // a category (the bottleneck's name): not a number
        }
    }

    static BufferedReader gunzip(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /** The per-school rows of the runs' tidy series, averaged over the runs day by day. */
    private record DailyMeans(double[] days, Map<String, Map<String, double[]>> means) {
        static DailyMeans read(Path dir, List<String> ids, Set<String> units, Set<String> measures, int days)
                throws IOException {
            Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
            Map<String, Map<String, int[]>> counts = new LinkedHashMap<>();
            for (String id : ids) {
                Path part = dir.resolve(Layout.SERIES_DIR).resolve(Layout.longSeriesPart(Long.parseLong(id)));
                if (!Files.isRegularFile(part)) {
                    continue;
                }
                try (BufferedReader in = gunzip(part)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        // run_id, day, warmup, measure, unit, value; only a unit with a comma is quoted
                        List<String> cells = line.indexOf('"') >= 0 ? Csv.split(line) : List.of(line.split(",", -1));
                        String measure = cells.get(3);
                        String unit = cells.get(4);
                        if (!measures.contains(measure) || !units.contains(unit)) {
                            continue;
                        }
                        int day = (int) Double.parseDouble(cells.get(1));
                        double v = number(cells.get(5));
                        double[] sum = sums.computeIfAbsent(measure, m -> new LinkedHashMap<>())
                                .computeIfAbsent(unit, u -> new double[days]);
                        int[] count = counts.computeIfAbsent(measure, m -> new LinkedHashMap<>())
                                .computeIfAbsent(unit, u -> new int[days]);
                        if (day >= 1 && day <= sum.length && !Double.isNaN(v)) {
                            sum[day - 1] += v;
                            count[day - 1]++;
                        }
                    }
                }
            }
            double[] dayNumbers = new double[days];
            for (int d = 0; d < days; d++) {
                dayNumbers[d] = d + 1;
            }
            Map<String, Map<String, double[]>> means = new LinkedHashMap<>();
            for (var measure : sums.entrySet()) {
                Map<String, double[]> byUnit = new LinkedHashMap<>();
                for (var unit : measure.getValue().entrySet()) {
                    int[] count = counts.get(measure.getKey()).get(unit.getKey());
                    double[] mean = new double[days];
                    for (int d = 0; d < days; d++) {
                        mean[d] = count[d] == 0 ? Double.NaN : unit.getValue()[d] / count[d];
                    }
                    byUnit.put(unit.getKey(), mean);
                }
                means.put(measure.getKey(), byUnit);
            }
            return new DailyMeans(dayNumbers, means);
        }
    }
}
