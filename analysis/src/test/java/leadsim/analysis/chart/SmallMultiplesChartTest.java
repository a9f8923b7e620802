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
  void longPanelTitlesFitTheirCellsAndKeepTheirEnds() throws Exception {
    SmallMultiplesChart.Builder b = SmallMultiplesChart.builder("Needs waiting in each school",
        "Day of the run", "Needs waiting");
    double[] x = {1, 2, 3};
    double[] y = {1, 3, 2};
    for (int p = 0; p < 16; p++) {
      String name = p == 0 ? "north" : p % 2 == 0 ? "cabrillo-high-school#" + (30 + p) : "school#" + (100 + p);
      b.panel(name + " (rank " + (p + 1) + ")").line("waiting", x, y);
    }
    var grid = (SmallMultiplesChart.Grid) b.build();
    SavedChart saved = ChartFiles.save(grid, Path.of("target", "small-multiples-long-names"));
    BufferedImage image = new BufferedImage(grid.getWidth(), grid.getHeight(), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    grid.paint(g, grid.getWidth(), grid.getHeight());
    int cell = (grid.getWidth() - 28 - 8) / 4;
    for (int p = 0; p < 16; p++) {
      XYChart panel = grid.panels().get(p);
      String shown = panel.getTitle();
      int width = g.getFontMetrics(panel.getStyler().getChartTitleFont()).stringWidth(shown);
      assertTrue(width <= cell - 2 * SmallMultiplesChart.TITLE_MARGIN, shown + " is " + width + " px in a " + cell + " px cell");
      assertTrue(shown.endsWith(" (rank " + (p + 1) + ")"), "the rank is kept: " + shown);
      assertTrue(panel.getStyler().getChartTitleFont().getSize() >= SmallMultiplesChart.SMALLEST_TITLE);
    }
    assertEquals("north (rank 1)", grid.panels().get(0).getTitle(), "a title that fits is left whole, at full size");
    assertEquals(13, grid.panels().get(0).getStyler().getChartTitleFont().getSize());
    assertTrue(grid.panels().get(2).getTitle().contains("#32"), "a school's number is kept: " + grid.panels().get(2).getTitle());
    g.dispose();
    assertTrue(java.nio.file.Files.size(saved.png()) > 1000);
  }

  @Test
  void middleLeftOutKeepsTheEnd() {
    java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    var m = g.getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 10));
    String title = "a-very-long-district-school-name#1234 (rank 17)";
    String shown = SmallMultiplesChart.Grid.withMiddleLeftOut(title, m, 150);
    assertTrue(m.stringWidth(shown) <= 150, shown);
    assertTrue(shown.startsWith("a-ve") && shown.contains("\u2026") && shown.endsWith("#1234 (rank 17)"), shown);
    assertEquals(title, SmallMultiplesChart.Grid.withMiddleLeftOut(title, m, 1000));
    assertEquals("\u2026", SmallMultiplesChart.Grid.withMiddleLeftOut(title, m, 1));
    g.dispose();
  }

  @Test
  void tooManyPanelsOrNoneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> sample(SmallMultiplesChart.MAX_PANELS + 1, false));
    assertThrows(IllegalArgumentException.class,
        () -> SmallMultiplesChart.builder("t", "x", "y").build());
  }
}
