package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class DistributionChartTest {

  @Test
  void ecdfRendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.ecdf(), dir, "ecdf");
  }

  @Test
  void boxPlotRendersAsPngAndSvg(@TempDir Path dir) throws Exception {
    RenderedChart.saveAndCheck(SampleCharts.boxPlot(), dir, "box");
  }

  @Test
  void ecdfHasOneCurvePerGroupInMapOrder() {
    XYChart chart = SampleCharts.ecdf();
    var visible = chart.getSeriesMap().values().stream()
        .filter(s -> s.isShowInLegend()).map(s -> s.getName()).toList();
    assertEquals(java.util.List.of("hierarchical", "distributed", "distributed + coaching"), visible);
  }

  @Test
  void ecdfStepsCollapseTiesAndStartAtZero() {
    EcdfSteps steps = EcdfSteps.of(new double[] {3, 1, 2, 2, Double.NaN});
    assertArrayEquals(new double[] {1, 1, 2, 3}, steps.x);
    assertArrayEquals(new double[] {0, 0.25, 0.75, 1.0}, steps.y, 1e-12);
  }

  @Test
  void ecdfOfManyValuesIsThinnedButKeepsBothEnds() {
    double[] values = new double[50_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 0.37;
    }
    EcdfSteps steps = EcdfSteps.of(values);
    assertTrue(steps.x.length <= EcdfSteps.MAX_POINTS + 2, "points: " + steps.x.length);
    assertEquals(0.0, steps.x[0]);
    assertEquals(0.0, steps.y[0]);
    assertEquals((values.length - 1) * 0.37, steps.x[steps.x.length - 1], 1e-9);
    assertEquals(1.0, steps.y[steps.y.length - 1]);
  }

  @Test
  void aGroupWithNoValuesIsRefusedByName() {
    var e = assertThrows(IllegalArgumentException.class, () -> DistributionChart.ecdf(
        "t", "x", Map.of("empty", new double[] {Double.NaN})));
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }
}
