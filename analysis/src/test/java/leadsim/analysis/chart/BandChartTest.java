package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class BandChartTest {

  @Test
  void rendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.bands(), dir, "bands");
  }

  @Test
  void bandsArePaintedAsTranslucentFills(@TempDir Path dir) throws Exception {
    BufferedImage image = RenderedChart.saveAndCheck(SampleCharts.bands(), dir, "bands");
    // The first band is the first palette colour at alpha 60 over white.
    Color blue = ChartStyle.colour(0);
    double a = BandChart.BAND_ALPHA / 255.0;
    Color overWhite = new Color(
        (int) Math.round(blue.getRed() * a + 255 * (1 - a)),
        (int) Math.round(blue.getGreen() * a + 255 * (1 - a)),
        (int) Math.round(blue.getBlue() * a + 255 * (1 - a)));
    int matches = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (RenderedChart.near(image.getRGB(x, y), overWhite, 3)) {
          matches++;
        }
      }
    }
    assertTrue(matches > 2000, "band fill pixels: " + matches);
  }

  @Test
  void legendNamesCurvesAndMarkersButNotTheBandPolygons() {
    XYChart chart = SampleCharts.bands();
    List<String> legend = chart.getSeriesMap().values().stream()
        .filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList();
    assertEquals(List.of(
        "hierarchical",
        "distributed",
        "shading: 95% confidence band",
        "champion leaves (x = 180)"), legend);
    XYSeries band = chart.getSeriesMap().get("hierarchical band");
    assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
    assertFalse(band.isShowInLegend());
  }

  @Test
  void aSeriesWithoutBandIsJustALine() {
    XYChart chart = BandChart.builder("t", "x", "y")
        .series("plain", new double[] {0, 1, 2}, new double[] {1, 2, 3}, null, null).build();
    assertTrue(chart.getSeriesMap().containsKey("plain"));
    assertEquals(XYSeries.XYSeriesRenderStyle.Line,
        chart.getSeriesMap().get("plain").getXYSeriesRenderStyle());
  }

  @Test
  void mismatchedArraysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> BandChart.builder("t", "x", "y")
        .series("s", new double[] {0, 1}, new double[] {1, 2}, new double[] {0}, new double[] {3, 4}));
    assertThrows(IllegalArgumentException.class, () -> BandChart.builder("t", "x", "y")
        .series("s", new double[] {0, 1}, new double[] {1, 2}, new double[] {0, 1}, null));
  }
}
