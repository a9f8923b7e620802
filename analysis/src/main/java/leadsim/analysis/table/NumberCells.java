package leadsim.analysis.table;

import java.util.regex.Pattern;

/** Parses a cell as a double, giving NaN for anything that is not a plain decimal number. */
final class NumberCells {

    /**
     * Plain decimal notation only: {@link Double#parseDouble} alone would also accept Java
     * literals such as "1d", "2f" or hex "0x1p3", which no CSV writer means as numbers.
     */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberCells() {
    }

    static double parse(String cell) {
        String s = cell.trim();
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        // Spellings of infinity written by Java, R and Python respectively.
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "infinity", "+infinity", "inf", "+inf":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.NaN;
        }
    }
}
