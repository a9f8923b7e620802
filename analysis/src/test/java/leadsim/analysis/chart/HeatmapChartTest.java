package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;

class HeatmapChartTest {

  @Test
  void wideHeatmapRendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.wideHeatmap(), dir, "wide");
  }

  @Test
  void sweepHeatmapRendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.sweepHeatmap(), dir, "sweep");
  }

  @Test
  void onlyAFewOf180ColumnLabelsArePrinted() {
    List<?> labels = SampleCharts.wideHeatmap().getHeatMapSeries().getXData();
    assertEquals(180, labels.size());
    long printed = labels.stream().filter(l -> !l.toString().isBlank()).count();
    assertTrue(printed >= 5 && printed <= 15, printed + " labels printed");
    assertEquals("0", labels.get(0));
  }

  @Test
  void firstRowIsDrawnAtTheTop() {
    // Row 0 holds the maximum (yellow end), row 1 the minimum (dark purple end).
    HeatMapChart chart = HeatmapChart.of("t", "column", new String[] {"a", "b", "c"}, "row",
        new String[] {"top", "bottom"}, new double[][] {{10, 10, 10}, {0, 0, 0}}, "value");
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    int x = image.getWidth() / 2;
    Color upper = new Color(image.getRGB(x, image.getHeight() / 4));
    Color lower = new Color(image.getRGB(x, image.getHeight() * 3 / 5));
    assertTrue(brightness(upper) > 150, "upper cell should be the light end: " + upper);
    assertTrue(brightness(lower) < 80, "lower cell should be the dark end: " + lower);
  }

  @Test
  void sweepLevelsGrowUpwardAndCellsKeepTheirValues() {
    HeatMapChart chart = SampleCharts.sweepHeatmap();
    // XChart's y index 0 is the bottom row.
    assertEquals(List.of("1", "3", "7", "14", "28"), chart.getHeatMapSeries().getYData());
    assertEquals(List.of("2", "4", "6", "8"), chart.getHeatMapSeries().getXData());
    Number[] bottomLeft = null;
    for (Number[] cell : chart.getHeatMapSeries().getHeatData()) {
      if (cell[0].intValue() == 0 && cell[1].intValue() == 0) {
        bottomLeft = cell;
      }
    }
    assertEquals(0.15 - 0.012, bottomLeft[2].doubleValue(), 1e-12);
  }

  @Test
  void shapeMismatchIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> HeatmapChart.of("t", "c",
        new String[] {"a", "b"}, "r", new String[] {"x"}, new double[][] {{1, 2, 3}}, "v"));
  }

  @Test
  void cellTextContrastsWithTheCell() {
    assertEquals(Color.WHITE, CaptionedHeatMapChart.readableOn(ChartStyle.SEQUENTIAL.get(0)));
    assertEquals(Color.BLACK, CaptionedHeatMapChart.readableOn(ChartStyle.SEQUENTIAL.get(4)));
  }

  private static int brightness(Color c) {
    return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
  }
}
