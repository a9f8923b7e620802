package leadsim.experiment.design;

import leadsim.analysis.table.Csv;
import com.fasterxml.jackson.databind.JsonNode;

/** A factor's value as the text of a CSV cell: numbers as the CSV codec writes them, anything else as compact JSON. */
public final class Cells {
    private Cells() {}

    static String of(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        if (value.isNumber()) {
            return Csv.number(value.doubleValue());
        }
        if (value.isValueNode()) {
            return oneLine(value.asText());
        }
        return value.toString(); // Jackson's compact JSON
    }

    /** Rows are lines: a cell never holds a line break, so resume and merge can work line by line. */
    public static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
