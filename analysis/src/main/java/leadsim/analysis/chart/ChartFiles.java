package leadsim.analysis.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes a chart as PNG and SVG side by side. */
public final class ChartFiles {

  private ChartFiles() {}

  /**
   * Writes {@code chart} to {@code dirAndBaseName + ".png"} and {@code + ".svg"}, creating the
   * directory if needed.
   *
   * <p>Each file is written to a temporary sibling and then moved into place, so a reader (or a
   * report being built from a half-finished run) never sees a truncated image.
   *
   * @param chart any XChart chart
   * @param dirAndBaseName e.g. {@code results/figures/latency}; an extension, if given, is kept
   *     as part of the name
   * @return the two paths written
   */
  public static SavedChart save(Chart<?, ?> chart, Path dirAndBaseName) {
    Path absolute = dirAndBaseName.toAbsolutePath();
    Path dir = absolute.getParent();
    String base = absolute.getFileName().toString();
    Path png = dir.resolve(base + ".png");
    Path svg = dir.resolve(base + ".svg");
    try {
      Files.createDirectories(dir);
      writeAtomically(png, out -> BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG));
      writeAtomically(
          svg, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + dirAndBaseName, e);
    }
    return new SavedChart(png, svg);
  }

  private interface StreamWriter {
    void write(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, StreamWriter writer) throws IOException {
    // Not Files.createTempFile: its owner-only permissions would stick to the published file.
    Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid()
        + "." + Thread.currentThread().getId() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.write(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
