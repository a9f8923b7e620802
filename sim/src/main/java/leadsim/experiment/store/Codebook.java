package leadsim.experiment.store;

import leadsim.analysis.table.Csv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * {@code codebook.csv}: what every column of runs.csv and of the daily series is, written from
 * the metric catalogue for the columns this directory actually has. A column the catalogue does
 * not know is listed with its name and "unknown" kind rather than left out.
 */
final class Codebook {
    private Codebook() {}

    /**
     * @param schoolSeries the daily measures per school of a district (in series_long.csv.gz only,
     *                     the school's name as the unit), listed with file {@code series_long} and unit_of
     *                     {@code school}
     */
    static void write(Path dir, List<String> factorColumns, List<String> measureColumns, List<String> seriesColumns,
                      List<String> schoolSeries) throws IOException {
        StringBuilder text = new StringBuilder(Csv.row(Layout.CODEBOOK_COLUMNS));
        text.append(Csv.row(List.of("runs.csv", "run_id", "run_id", "", "Run id: point x replicates + replicate", "",
                "id", "neither", "no", "")));
        text.append(Csv.row(List.of("runs.csv", "point", "point", "", "Design point (a scenario of a comparison)", "",
                "id", "neither", "no", "")));
        text.append(Csv.row(List.of("runs.csv", "replicate", "replicate", "", "Replicate of the point", "", "id",
                "neither", "no", "")));
        text.append(Csv.row(List.of("runs.csv", "seed", "seed", "", "The run's seed (the same replicate has the same"
                + " seed in every point of a comparison)", "", "id", "neither", "no", "")));
        for (String factor : factorColumns) {
            text.append(Csv.row(List.of("runs.csv", factor, factor, "", "Factor: the scenario value at this point", "",
                    "factor", "neither", "no", "")));
        }
        for (String column : measureColumns) {
            text.append(Csv.row(line("runs.csv", column, Catalogue.run(column).orElse(null))));
        }
        for (String column : seriesColumns) {
            text.append(Csv.row(line("series", column, Catalogue.series(column).orElse(null))));
        }
        for (String column : schoolSeries) {
            List<String> cells = new ArrayList<>(line("series_long", column, Catalogue.series(column).orElse(null)));
            cells.set(3, "school");
            cells.set(4, cells.get(4) + ", per school");
            text.append(Csv.row(cells));
        }
        AtomicFiles.write(dir.resolve(Layout.CODEBOOK), text.toString());
    }

    private static List<String> line(String file, String column, Measure m) {
        if (m == null) {
            return List.of(file, column, column, "", column, "", "unknown", "neither", "no", "");
        }
        List<String> cells = new ArrayList<>(List.of(file, column, m.measureName(), m.unitKind(),
                m.isFamily() ? m.label() + ": " + m.unitOf(column).replace('_', ' ') : m.label(), m.unit(),
                m.kind().word(), m.better().word(), m.headline() ? "yes" : "no", m.mechanism().word()));
        return cells;
    }
}
