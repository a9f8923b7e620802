package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes every sample chart where a person can look at them: {@code target/chart-gallery}, or
 * the directory given by {@code -Dleadsim.chartGallery=/tmp/leadsim-charts}. Looking is the test
 * that matters for legibility; this one only makes sure the gallery is complete.
 */
class ChartGalleryTest {

  static Map<String, Supplier<Chart<?, ?>>> samples() {
    Map<String, Supplier<Chart<?, ?>>> samples = new LinkedHashMap<>();
    samples.put("distribution-ecdf", SampleCharts::ecdf);
    samples.put("distribution-box", SampleCharts::boxPlot);
    samples.put("heatmap-180-columns", SampleCharts::wideHeatmap);
    samples.put("sweep-heatmap", SampleCharts::sweepHeatmap);
    samples.put("bands", SampleCharts::bands);
    samples.put("survival", SampleCharts::survival);
    samples.put("main-effects", SampleCharts::mainEffects);
    samples.put("sensitivity", SampleCharts::sensitivity);
    return samples;
  }

  @Test
  void writesEveryChartKind() throws Exception {
    Path dir = Path.of(System.getProperty("leadsim.chartGallery",
        Path.of(System.getProperty("basedir", "."), "target", "chart-gallery").toString()));
    int written = 0;
    for (var sample : samples().entrySet()) {
      SavedChart saved = ChartFiles.save(sample.getValue().get(), dir.resolve(sample.getKey()));
      if (Files.size(saved.png()) > 0 && Files.size(saved.svg()) > 0) {
        written++;
      }
    }
    assertEquals(samples().size(), written);
  }
}
