package leadsim.demo.draw;

/**
 * Where a district's school tiles go: a grid of {@code cols} x {@code rows} equal tiles of
 * {@code w} x {@code h} field units, {@code gap} apart. Plain arithmetic, shared by the browser's
 * overview and the Console's.
 */
record TileGrid(int cols, int rows, double w, double h, double gap) {
    /** A tile's width over its height: room for three centred lines (name, value, the principal's post). */
    static final double SHAPE = 1.5;

    /**
     * The grid of an overview laid out on its own (the browser's page, a slide): a row for four
     * schools or fewer, else about twice as many columns as rows, across {@code width}, the
     * tiles no taller than {@code tallest}.
     */
    static TileGrid natural(int n, double width, double gap, double tallest) {
        int cols = n <= 4 ? Math.max(1, n) : (int) Math.ceil(Math.sqrt(n * 2.0));
        double w = (width - (cols - 1) * gap) / cols;
        return new TileGrid(cols, (n + cols - 1) / cols, w, Math.min(tallest, w * 0.7), gap);
    }

    /**
     * The largest tiles of {@link #SHAPE} that fit n in {@code width} x {@code height}, in
     * whichever number of columns lets them be largest, and no taller than {@code tallest}
     * (another overview's tiles, when two are compared). When several grids give tiles of one
     * size (the cap reached), the one of fewest rows, then fewest columns: four schools in a row,
     * as laid out alone.
     */
    static TileGrid largest(int n, double width, double height, double gap, double tallest) {
        TileGrid best = null;
        for (int cols = 1; cols <= Math.max(1, n); cols++) {
            int rows = (n + cols - 1) / cols;
            double h = Math.min(tallest, Math.min((width - (cols - 1) * gap) / cols / SHAPE, (height - (rows - 1) * gap) / rows));
            if (best == null || h > best.h + 1e-9 || (h > best.h - 1e-9 && rows < best.rows)) {
                best = new TileGrid(cols, rows, h * SHAPE, h, gap);
            }
        }
        return best;
    }

    /** The shortest grid of tiles {@code h} tall that fits n across {@code width}: its height. */
    static double heightAt(int n, double width, double gap, double h) {
        int cols = (int) Math.max(1, Math.min(n, Math.floor((width + gap) / (h * SHAPE + gap))));
        int rows = (n + cols - 1) / cols;
        return rows * h + (rows - 1) * gap;
    }

    /** The grid's width and height. */
    double width() {
        return cols * w + (cols - 1) * gap;
    }

    double height() {
        return rows * h + (rows - 1) * gap;
    }

    /** The left edge of tile i, the grid centred across {@code width} from {@code left}. */
    double x(int i, double left, double width) {
        return left + (width - width()) / 2 + (i % cols) * (w + gap);
    }

    /** The top edge of tile i, the grid starting at {@code top}. */
    double y(int i, double top) {
        return top + (i / cols) * (h + gap);
    }
}
