package leadsim.analysis.table;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's one CSV codec, on Jackson's CSV module: RFC 4180 records in and out, numbers
 * always written the same way so the same value is always the same bytes. Tables, the result
 * store (rows appended as runs finish, read back on resume and merge) and every report table
 * use it.
 */
public final class Csv {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\n");
    private static final ObjectReader READER = MAPPER.readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY).with(SCHEMA);
    /** Quotes only cells that need it (a separator, a quote, a line break), as the files always were. */
    private static final ObjectWriter WRITER = MAPPER.writer(SCHEMA)
            .with(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);

    private Csv() {
    }

    /** One parsed record and the (1-based) physical line on which it started. */
    public record Record(int line, List<String> fields) {
    }

    /**
     * Splits CSV text into records. Accepts LF, CRLF and lone CR line ends, quoted fields with
     * embedded separators, quotes ({@code ""}) and line breaks, and a UTF-8 byte-order mark.
     * A line end right before the end of the text does not start another record.
     *
     * @param text   the whole file
     * @param source the file name used in error messages
     * @throws IllegalArgumentException naming the source and line of malformed text
     */
    public static List<Record> parse(String text, String source) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark is not data
        List<Record> records = new ArrayList<>();
        int line = 1; // where the record being read starts
        try (MappingIterator<List<String>> it = READER.readValues(body)) {
            while (true) {
                JsonLocation at = it.getParser().currentLocation();
                line = Math.max(line, at.getLineNr());
                if (!it.hasNextValue()) {
                    break;
                }
                List<String> fields = it.nextValue();
                records.add(new Record(line, List.copyOf(fields)));
                line = Math.max(line, it.getParser().currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " line " + line + ": " + reason(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
        return records;
    }

    /** Jackson's words, without its class names. */
    private static String reason(String message) {
        if (message != null && message.contains("Missing closing quote")) {
            return "quoted field is never closed";
        }
        if (message != null && message.contains("Expected separator")) {
            return "unexpected character after a closing quote (a quote inside a quoted field must be doubled)";
        }
        return "malformed CSV" + (message == null ? "" : " (" + message.replaceAll("\\s+", " ") + ")");
    }

    /** One line's cells (the line without its line end). */
    public static List<String> split(String line) {
        List<Record> records = parse(line, "line");
        return records.isEmpty() ? List.of("") : records.get(0).fields();
    }

    /** One record, quoting only the fields that need it, ended with "\n". */
    public static String row(List<?> cells) {
        String[] texts = new String[cells.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = plain(cells.get(i));
        }
        try {
            return WRITER.writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings always write as CSV", e);
        }
    }

    /**
     * A record of numbers only, ended with "\n": the same text {@link #row} gives them (a number
     * never needs quoting), without the writer's cost per row, for the daily series.
     */
    public static String numbers(double[] values) {
        StringBuilder line = new StringBuilder(values.length * 8);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(number(values[i]));
        }
        return line.append('\n').toString();
    }

    /** A cell's text before quoting: numbers as {@link #number} writes them, anything else as it prints. */
    public static String plain(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Float f) {
            return number(f);
        }
        return String.valueOf(value);
    }

    /** Whole numbers without ".0"; others in Java's shortest round-trip form; NaN as "NaN". */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Appends one record (see {@link #row}). */
    static void appendRecord(StringBuilder out, List<String> fields) {
        out.append(row(fields));
    }
}
