package leadsim.analysis.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * A PNG shown inline (as a base64 {@code data:} URI, so the report is one self-contained file),
 * with caption, alternative text, and links to the separate PNG and SVG files when they exist
 * next to the report.
 */
record FigureBlock(Path png, Path svg, String caption, String altText) implements Block {

  FigureBlock {
    if (png == null) {
      throw new IllegalArgumentException("a figure needs a PNG file");
    }
    if (altText == null || altText.isBlank()) {
      // Alt text is what a screen reader says, and what shows if the image cannot load.
      throw new IllegalArgumentException("a figure needs alt text: " + png);
    }
  }

  @Override
  public void render(StringBuilder out, Path reportDir) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read figure " + png, e);
    }
    int[] size = pixelSize(bytes);
    out.append("<figure>\n<img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(bytes)).append("\" alt=\"")
        .append(Html.escape(altText)).append("\" width=\"").append(size[0])
        .append("\" height=\"").append(size[1]).append("\">\n<figcaption>")
        .append(Html.escape(caption == null ? "" : caption));
    String pngLink = relativeLink(reportDir, png);
    String svgLink = svg == null ? null : relativeLink(reportDir, svg);
    out.append(" <span class=\"files\">(files: <a href=\"").append(Html.escape(pngLink))
        .append("\">PNG</a>");
    if (svgLink != null) {
      out.append(", <a href=\"").append(Html.escape(svgLink)).append("\">SVG</a>");
    }
    out.append(")</span></figcaption>\n</figure>\n");
  }

  /** Width and height, so the browser reserves the space before decoding (no layout jumps). */
  private int[] pixelSize(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        throw new IllegalArgumentException("figure is not a readable PNG: " + png);
      }
      return new int[] {image.getWidth(), image.getHeight()};
    } catch (IOException e) {
      throw new UncheckedIOException("cannot decode figure " + png, e);
    }
  }

  /**
   * A link relative to the report's directory, with '/' separators and spaces escaped, so the
   * report and its figures can be moved together.
   */
  static String relativeLink(Path reportDir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = reportDir.toAbsolutePath().normalize();
    String path;
    if (absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())) {
      path = base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
    } else {
      return absolute.toUri().toString();
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return absolute.toUri().toString();
    }
  }
}
