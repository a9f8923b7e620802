package leadsim.analysis.chart;

/**
 * Chooses which of many evenly spaced category labels to print, so that ~180 day columns get a
 * label every 20 days instead of an unreadable smear.
 */
final class TickThinning {

  /** Roughly the width of one character of the 14 px tick font, in pixels. */
  static final double CHAR_WIDTH_PX = 8.5;

  /** Free space wanted around each label, as a multiple of its width. */
  static final double ROOM_FACTOR = 1.6;

  private TickThinning() {}

  /**
   * The smallest "nice" stride (1, 2, 5, 10, 20, 25, 50, 100, ...) such that labels printed at
   * every stride-th category do not touch.
   *
   * @param count number of categories
   * @param longestLabelChars characters in the longest label
   * @param availablePx width of the axis in pixels
   */
  static int stride(int count, int longestLabelChars, double availablePx) {
    if (count <= 1) {
      return 1;
    }
    double perCategoryPx = availablePx / count;
    double neededPx = Math.max(1, longestLabelChars) * CHAR_WIDTH_PX * ROOM_FACTOR;
    int[] bases = {1, 2, 5, 10, 20, 25, 50};
    for (long scale = 1; ; scale *= 100) {
      for (int base : bases) {
        long stride = base * scale;
        if (stride * perCategoryPx >= neededPx || stride >= count) {
          return (int) Math.min(stride, count);
        }
      }
    }
  }

  /**
   * {@code labels} with all but every {@code stride}-th (counting from the first) blanked. Blanks
   * are a single space: XChart cannot lay out an empty string.
   */
  static String[] keepEvery(String[] labels, int stride) {
    String[] kept = new String[labels.length];
    for (int i = 0; i < labels.length; i++) {
      kept[i] = i % stride == 0 ? labels[i] : " ";
    }
    return kept;
  }
}
