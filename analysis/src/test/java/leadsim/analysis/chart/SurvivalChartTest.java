package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class SurvivalChartTest {

  @Test
  void rendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.survival(), dir, "km");
  }

  @Test
  void curveStartsAtOneAtTimeZeroAndRunsFlatToTheLastCensoring() {
    var group = new SurvivalChart.Group("g", new double[] {10, 20}, new double[] {0.8, 0.5},
        new double[] {15, 40}, new double[] {0.8, 0.5});
    double[][] points = SurvivalChart.curvePoints(group);
    assertArrayEquals(new double[] {0, 10, 20, 40}, points[0]);
    assertArrayEquals(new double[] {1, 0.8, 0.5, 0.5}, points[1]);
  }

  @Test
  void aCurveThatAlreadyStartsAtZeroIsKept() {
    var group = new SurvivalChart.Group("g", new double[] {0, 5}, new double[] {1, 0.4},
        new double[0], new double[0]);
    assertArrayEquals(new double[] {0, 5}, SurvivalChart.curvePoints(group)[0]);
  }

  @Test
  void censoringTicksAreDrawnAcrossTheCurve() {
    XYChart chart = SampleCharts.survival();
    BufferedImage image = BitmapEncoder.getBufferedImage(chart); // lays the chart out
    // "hierarchical" is censored at day 120, on its flat step at 0.8 (from day 90 to 150).
    int x = (int) Math.round(chart.getScreenXFromChart(120));
    int y = (int) Math.round(chart.getScreenYFromChart(0.8));
    int tickPixels = countNear(image, x, y - 6, y - 3);
    int plainLinePixels = countNear(image, x + 15, y - 6, y - 3);
    assertTrue(tickPixels >= 2, "no tick above the curve at the censor time");
    assertEquals(0, plainLinePixels, "the curve itself should be thin away from ticks");
  }

  @Test
  void censoringKeyIsInTheLegendButPerGroupTicksAreNot() {
    XYChart chart = SampleCharts.survival();
    assertTrue(chart.getSeriesMap().get(SurvivalChart.CENSORED_LABEL).isShowInLegend());
    XYSeries ticks = chart.getSeriesMap().get("hierarchical censored");
    assertFalse(ticks.isShowInLegend());
    assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, ticks.getXYSeriesRenderStyle());
  }

  @Test
  void decreasingStepTimesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SurvivalChart.builder("t", "x", "y")
        .group("g", new double[] {5, 2}, new double[] {0.9, 0.8}, new double[0], new double[0]));
  }

  private static int countNear(BufferedImage image, int x, int yFrom, int yTo) {
    int count = 0;
    for (int y = yFrom; y <= yTo; y++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (RenderedChart.near(image.getRGB(x + dx, y), ChartStyle.colour(0), 40)) {
          count++;
        }
      }
    }
    return count;
  }
}
