package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartFilesTest {

  @Test
  void writesPngAndSvgUnderTheBaseNameAndCreatesTheDirectory(@TempDir Path dir) throws Exception {
    Path base = dir.resolve("figures/nested/latency");
    SavedChart saved = ChartFiles.save(SampleCharts.ecdf(), base);
    assertEquals(base.toAbsolutePath().resolveSibling("latency.png"), saved.png());
    assertEquals(base.toAbsolutePath().resolveSibling("latency.svg"), saved.svg());
    assertTrue(Files.isRegularFile(saved.png()));
    assertTrue(Files.isRegularFile(saved.svg()));
  }

  @Test
  void leavesNoTemporaryFilesBehind(@TempDir Path dir) throws Exception {
    ChartFiles.save(SampleCharts.survival(), dir.resolve("km"));
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(List.of("km.png", "km.svg"), names);
    }
  }

  @Test
  void overwritesAnEarlierVersion(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.png"), "old");
    SavedChart saved = ChartFiles.save(SampleCharts.mainEffects(), dir.resolve("x"));
    assertTrue(Files.size(saved.png()) > 1000, "old content was not replaced");
  }

  @Test
  void everySampleChartUsesLegibleFonts() {
    List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = List.of(
        SampleCharts.ecdf(), SampleCharts.boxPlot(), SampleCharts.wideHeatmap(),
        SampleCharts.sweepHeatmap(), SampleCharts.bands(), SampleCharts.survival(),
        SampleCharts.mainEffects(), SampleCharts.sensitivity());
    for (var chart : charts) {
      var styler = (org.knowm.xchart.style.AxesChartStyler) chart.getStyler();
      String name = chart.getTitle();
      assertTrue(styler.getChartTitleFont().getSize() >= 14, name + ": title font");
      assertTrue(styler.getAxisTitleFont().getSize() >= 14, name + ": axis title font");
      assertTrue(styler.getAxisTickLabelsFont().getSize() >= 14, name + ": tick font");
      assertTrue(styler.getLegendFont().getSize() >= 14, name + ": legend font");
      assertEquals(java.awt.Color.WHITE, styler.getChartBackgroundColor(), name + ": background");
    }
  }
}
