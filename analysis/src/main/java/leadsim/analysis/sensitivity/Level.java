package leadsim.analysis.sensitivity;

import java.util.Comparator;

/**
 * A factor level: its label and, when the label is a number, its value. Levels sort
 * numerically when both are numbers (so "10" comes after "9"), numbers before words, and
 * words alphabetically.
 */
record Level(String label, double value) {

    static final Comparator<Level> ORDER = (x, y) -> {
        boolean xNumber = !Double.isNaN(x.value);
        boolean yNumber = !Double.isNaN(y.value);
        if (xNumber && yNumber) {
            int byValue = Double.compare(x.value, y.value);
            return byValue != 0 ? byValue : x.label.compareTo(y.label);
        }
        if (xNumber != yNumber) {
            return xNumber ? -1 : 1;
        }
        return x.label.compareTo(y.label);
    };

    /** A numeric level; whole numbers are labelled without a trailing ".0". */
    static Level of(double value) {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return new Level(whole ? Long.toString((long) value) : Double.toString(value), value);
    }

    /** A level given as text; its value is the text parsed as a number, or NaN. */
    static Level of(String label) {
        double value;
        try {
            value = Double.parseDouble(label.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        return new Level(label, value);
    }
}
