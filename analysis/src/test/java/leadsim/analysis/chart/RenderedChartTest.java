package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The picture checks used by every chart test must reject what a broken chart looks like. */
class RenderedChartTest {

  @Test
  void blankWhiteImageIsRejected() {
    BufferedImage blank = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = blank.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 560);
    g.dispose();
    assertThrows(AssertionError.class, () -> RenderedChart.assertNotBlank(blank));
  }

  @Test
  void imageWithOnlyAFrameIsRejected() {
    BufferedImage framed = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = framed.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 900, 560);
    g.setColor(Color.BLACK);
    g.drawRect(60, 40, 800, 460);
    g.dispose();
    assertThrows(AssertionError.class, () -> RenderedChart.assertNotBlank(framed));
  }

  @Test
  void malformedSvgIsRejected(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.svg");
    Files.writeString(bad, "<svg><g></svg>");
    assertThrows(Exception.class, () -> RenderedChart.parseXml(bad));
  }
}
