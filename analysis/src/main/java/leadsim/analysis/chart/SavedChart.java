package leadsim.analysis.chart;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one figure was written: a PNG for reports and screens, an SVG for print and editing.
 *
 * @param png the bitmap file
 * @param svg the vector file
 */
public record SavedChart(Path png, Path svg) {

  /** Checks both paths are present. */
  public SavedChart {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(svg, "svg");
  }
}
