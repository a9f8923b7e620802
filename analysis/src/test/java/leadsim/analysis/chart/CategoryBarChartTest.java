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
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;

class CategoryBarChartTest {

  @Test
  void mainEffectsRenderAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.mainEffects(), dir, "main-effects");
  }

  @Test
  void sensitivityBarsRenderAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.sensitivity(), dir, "sensitivity");
  }

  @Test
  void asymmetricWhiskerReachesExactlyItsLowAndHigh() {
    // One bar, 5.0 with interval [4.0, 8.0]: XChart's symmetric error bars could not draw this.
    CategoryChart chart = CategoryBarChart.builder("t", "x", "y", List.of("only"))
        .series("s", new double[] {5.0}, new double[] {4.0}, new double[] {8.0}).build();
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    int top = (int) Math.round(chart.getScreenYFromChart(8.0));
    int bottom = (int) Math.round(chart.getScreenYFromChart(4.0));
    int[] blackRows = blackRowExtent(image);
    assertEquals(top, blackRows[0], 2.0, "whisker top");
    assertEquals(bottom, blackRows[1], 2.0, "whisker bottom");
  }

  @Test
  void whiskerOfANegativeBarHangsFromItsOwnInterval() {
    CategoryChart chart = CategoryBarChart.builder("t", "x", "y", List.of("a", "b"))
        .series("s", new double[] {-2.0, 3.0}, new double[] {-3.0, 2.5}, new double[] {-1.5, 3.5})
        .build();
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    assertTrue((double) chart.getStyler().getYAxisMin() <= -3.0, "axis must show the whisker");
    int bottom = (int) Math.round(chart.getScreenYFromChart(-3.0));
    int[] blackRows = blackRowExtent(image);
    assertEquals(bottom, blackRows[1], 2.0, "lowest whisker end");
  }

  @Test
  void legendIsShownOnlyForSeveralSeries() {
    assertFalse(SampleCharts.mainEffects().getStyler().isLegendVisible());
    assertTrue(SampleCharts.sensitivity().getStyler().isLegendVisible());
  }

  @Test
  void valuesMustMatchTheCategories() {
    assertThrows(IllegalArgumentException.class, () -> CategoryBarChart.builder("t", "x", "y",
        List.of("a", "b")).series("s", new double[] {1}));
  }

  /** The first and last rows, inside the plot's middle columns, holding pure black pixels. */
  private static int[] blackRowExtent(BufferedImage image) {
    int first = -1;
    int last = -1;
    for (int y = 45; y < image.getHeight() - 80; y++) {
      for (int x = 120; x < image.getWidth() - 40; x++) {
        if (RenderedChart.near(image.getRGB(x, y), Color.BLACK, 10)) {
          if (first < 0) {
            first = y;
          }
          last = y;
          break;
        }
      }
    }
    return new int[] {first, last};
  }
}
