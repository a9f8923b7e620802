package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

class TitleFitTest {

  private static XYChart chart(String title) {
    double[] x = {5, 10, 15, 20};
    return BandChart.builder(title, "Days between PLC meetings", "Time to decision of decided needs, mean (days)")
        .series("psychological safety 0.2", x, new double[] {1.32, 1.29, 1.32, 1.34},
            new double[] {1.30, 1.28, 1.30, 1.31}, new double[] {1.33, 1.31, 1.34, 1.37})
        .series("psychological safety 0.5", x, new double[] {1.0, 0.96, 0.97, 0.98}, null, null)
        .series("psychological safety 0.8", x, new double[] {0.98, 0.91, 0.92, 0.92}, null, null)
        .build();
  }

  /** Non-white pixels in the title's band (the top 40 rows) within 2 px of the picture's left edge. */
  private static boolean inkAtLeftEdgeOfTitle(XYChart chart) {
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 2; x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theSweepTitleThatWasCutOffIsMeasuredSoAndItsShorterFormFits() {
    XYChart chart =
        chart("Time to decision of decided needs, mean by days between PLC meetings");
    TitleFit.Span span = TitleFit.span(chart);
    assertTrue(span.left() < 0, "the title starts left of the picture: " + span);
    assertFalse(TitleFit.fits(chart));
    assertTrue(inkAtLeftEdgeOfTitle(chart), "the PNG shows it cut off, as measured");
    assertEquals("Time to decision of decided needs, mean",
        TitleFit.shorten(chart, "Time to decision of decided needs, mean"));
    assertTrue(TitleFit.fits(chart), TitleFit.span(chart).toString());
    assertFalse(inkAtLeftEdgeOfTitle(chart), "nothing drawn at the left edge of the title band");
  }

  @Test
  void aTitleThatFitsIsKept() {
    XYChart chart = chart("Short title");
    assertEquals("Short title", TitleFit.shorten(chart, "other"));
  }
}
