package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;

/** Saves a chart and checks that what was written is a real, non-blank picture. */
final class RenderedChart {

  /** A chart with text, axes and data has hundreds of colours (anti-aliasing); a blank one 1-2. */
  static final int MIN_DISTINCT_COLOURS = 40;

  /** Share of the central plot area that must be non-white. */
  static final double MIN_INK_SHARE = 0.02;

  private RenderedChart() {}

  /** Saves {@code chart} as {@code dir/name.png|svg} and asserts both files are sound. */
  static BufferedImage saveAndCheck(Chart<?, ?> chart, Path dir, String name) throws Exception {
    SavedChart saved = ChartFiles.save(chart, dir.resolve(name));
    assertTrue(Files.size(saved.png()) > 0, "PNG is empty");
    assertTrue(Files.size(saved.svg()) > 0, "SVG is empty");
    BufferedImage image = ImageIO.read(saved.png().toFile());
    assertNotNull(image, "PNG does not decode");
    assertEquals(chart.getWidth(), image.getWidth(), "PNG width");
    assertEquals(chart.getHeight(), image.getHeight(), "PNG height");
    assertNotBlank(image);
    assertEquals("svg", parseXml(saved.svg()).getDocumentElement().getNodeName());
    return image;
  }

  /** Fails when the image has too few colours or too little ink in the middle (the plot). */
  static void assertNotBlank(BufferedImage image) {
    int colours = distinctColours(image);
    assertTrue(colours >= MIN_DISTINCT_COLOURS,
        "only " + colours + " distinct colours: the chart looks blank");
    double ink = inkShare(image, image.getWidth() / 8, image.getHeight() / 8,
        image.getWidth() * 7 / 8, image.getHeight() * 7 / 8);
    assertTrue(ink >= MIN_INK_SHARE, "only " + ink + " of the plot area is not white");
  }

  static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }

  static double inkShare(BufferedImage image, int x0, int y0, int x1, int y1) {
    long ink = 0;
    long all = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        all++;
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return ink / (double) all;
  }

  /** Parses without fetching the SVG DTD that VectorGraphics2D declares (tests stay offline). */
  static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
        throw e; // fail the test, without the parser's own print to stderr
      }
    });
    try (InputStream in = Files.newInputStream(file)) {
      return builder.parse(in);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  /** Whether {@code rgb} is within {@code tolerance} of {@code expected} on every channel. */
  static boolean near(int rgb, java.awt.Color expected, int tolerance) {
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    return Math.abs(r - expected.getRed()) <= tolerance
        && Math.abs(g - expected.getGreen()) <= tolerance
        && Math.abs(b - expected.getBlue()) <= tolerance;
  }
}
