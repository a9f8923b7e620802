package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/**
 * Small multiples: every panel on one y scale, in a grid of up to four columns, painted into one
 * image that saves as PNG and SVG; too many panels are refused. The PNG of 24 panels with two lines
 * each is kept at {@code analysis/target/small-multiples.png} for a person to look at.
 */
class SmallMultiplesChartTest {
  @TempDir
  Path dir;

  private static XYChart sample(int panels, boolean twoLines) {
    SmallMultiplesChart.Builder b = SmallMultiplesChart.builder("Needs waiting, unit by unit",
        "Day of the school year", "Needs waiting");
    double[] x = new double[180];
    for (int d = 0; d < x.length; d++) {
      x[d] = d + 1;
    }
    for (int p = 0; p < panels; p++) {
      double[] a = new double[x.length];
      double[] c = new double[x.length];
      for (int d = 0; d < x.length; d++) {
        a[d] = (p + 1) * (1 + Math.sin(d / 9.0));
        c[d] = (p + 1) * 0.5;
      }
      b.panel("unit " + p + " (rank " + (p + 1) + ")").line("first", x, a);
      if (twoLines) {
        b.line("second", x, c);
      }
    }
    return b.build();
  }

  @Test
  void everyPanelSharesOneScaleInAGridOfAtMostFourColumns() throws Exception {
    XYChart chart = sample(24, true);
    var grid = (SmallMultiplesChart.Grid) chart;
    assertEquals(24, grid.panels().size());
    for (XYChart panel : grid.panels()) {
      assertEquals(0.0, panel.getStyler().getYAxisMin(), 0.0);
      assertEquals(grid.panels().get(0).getStyler().getYAxisMax(), panel.getStyler().getYAxisMax(), 0.0,
          "one y scale");
    }
    assertTrue(grid.panels().get(0).getStyler().getYAxisMax() >= 48, "the scale holds the largest value (48)");
    assertEquals(ChartStyle.WIDTH, chart.getWidth());
    assertEquals(40 + 6 * SmallMultiplesChart.PANEL_HEIGHT + 56, chart.getHeight(), "six rows of four");
    SavedChart saved = ChartFiles.save(chart, Path.of("target", "small-multiples"));
    BufferedImage image = ImageIO.read(saved.png().toFile());
    assertEquals(chart.getHeight(), image.getHeight());
    int coloured = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb == (ChartStyle.colour(0).getRGB() & 0xFFFFFF) || rgb == (ChartStyle.colour(1).getRGB() & 0xFFFFFF)) {
          coloured++;
        }
      }
    }
    assertTrue(coloured > 200, "lines drawn in the palette's colours: " + coloured);
    assertTrue(java.nio.file.Files.size(saved.svg()) > 10_000, "an SVG of the same grid");
  }

  @Test
  void tooManyPanelsOrNoneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> sample(SmallMultiplesChart.MAX_PANELS + 1, false));
    assertThrows(IllegalArgumentException.class,
        () -> SmallMultiplesChart.builder("t", "x", "y").build());
  }
}
