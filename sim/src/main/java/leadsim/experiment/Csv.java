package leadsim.experiment;

import java.util.List;

/** The project's one way of writing CSV cells, so the same number is always the same bytes. */
public final class Csv {
    private Csv() {}

    public static String cell(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return text(String.valueOf(value));
    }

    /** A cell's text before quoting: numbers exactly as {@link #cell} writes them. */
    public static String plain(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        return String.valueOf(value);
    }

    /** Whole numbers without ".0"; others in Java's shortest round-trip form. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    public static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append('\n').toString();
    }
}
