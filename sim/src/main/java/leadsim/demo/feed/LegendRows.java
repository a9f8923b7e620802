package leadsim.demo.feed;

/**
 * Where the entries of a legend go when it is set in rows: left to right, a new row when the
 * next entry would not fit the width, so a legend wraps onto more lines instead of being set in
 * smaller type. An entry may be marked to start a row of its own (a chart's title in a key, so
 * each chart's names read as a group).
 */
final class LegendRows {
    /** Each entry's left edge and row (0 the first), and the number of rows. */
    record Flow(double[] x, int[] row, int rows) {}

    private LegendRows() {}

    /**
     * @param widths  each entry's width
     * @param starts  true where an entry starts a new row (may be null)
     * @param width   the width to fill
     * @param between the space after an entry
     */
    static Flow flow(double[] widths, boolean[] starts, double width, double between) {
        int n = widths.length;
        double[] x = new double[n];
        int[] row = new int[n];
        double at = 0;
        int r = 0;
        for (int i = 0; i < n; i++) {
            if (at > 0 && (at + widths[i] > width || (starts != null && starts[i]))) {
                at = 0;
                r++;
            }
            x[i] = at;
            row[i] = r;
            at += widths[i] + between;
        }
        return new Flow(x, row, n == 0 ? 0 : r + 1);
    }
}
