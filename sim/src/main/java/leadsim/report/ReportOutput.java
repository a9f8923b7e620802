package leadsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.chart.ChartFiles;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.table.Table;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Where a report puts its files: {@code report.html} in the output directory, each chart as PNG
 * and SVG under {@code figures/}, each table as CSV under {@code tables/}. Keeps a list of what
 * was written, for the command to print.
 */
final class ReportOutput {
    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    ReportOutput(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path html() {
        return dir.resolve("report.html");
    }

    SavedChart chart(Chart<?, ?> chart, String name) {
        SavedChart saved = ChartFiles.save(chart, dir.resolve("figures").resolve(name));
        written.add(saved.png());
        written.add(saved.svg());
        return saved;
    }

    Path table(String name, List<String> header, List<List<String>> rows) throws IOException {
        Path file = dir.resolve("tables").resolve(name + ".csv");
        Table.fromRows(header, rows).writeCsv(file);
        written.add(file);
        return file;
    }

    List<Path> written() {
        return written;
    }
}
