package leadsim.analysis.table;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reading and writing of records, kept apart from {@link Table} so that the table
 * itself knows nothing about quoting.
 */
final class Csv {

    private Csv() {
    }

    /** One parsed record and the (1-based) physical line on which it started. */
    record Record(int line, List<String> fields) {
    }

    /**
     * Splits CSV text into records. Accepts LF, CRLF and lone CR line ends, quoted fields with
     * embedded separators, quotes ({@code ""}) and line breaks. A line end right before the end
     * of the text does not start another record, so "a\n1\n" has two records, not three.
     *
     * @param text   the whole file
     * @param source the file name used in error messages
     */
    static List<Record> parse(String text, String source) {
        List<Record> records = new ArrayList<>();
        int length = text.length();
        int pos = text.startsWith("\uFEFF") ? 1 : 0; // a UTF-8 byte-order mark is not data
        int line = 1;
        while (pos < length) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (pos < length && text.charAt(pos) == '"') {
                    int quoteLine = line;
                    pos++;
                    while (true) {
                        if (pos >= length) {
                            throw new IllegalArgumentException(source + " line " + quoteLine
                                    + ": quoted field is never closed");
                        }
                        char c = text.charAt(pos++);
                        if (c == '"') {
                            if (pos < length && text.charAt(pos) == '"') {
                                field.append('"');
                                pos++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n' || (c == '\r' && (pos >= length || text.charAt(pos) != '\n'))) {
                                line++;
                            }
                            field.append(c);
                        }
                    }
                    if (pos < length && !isDelimiter(text.charAt(pos))) {
                        throw new IllegalArgumentException(source + " line " + line
                                + ": unexpected character '" + text.charAt(pos)
                                + "' after a closing quote (a quote inside a quoted field must be doubled)");
                    }
                } else {
                    while (pos < length && !isDelimiter(text.charAt(pos))) {
                        field.append(text.charAt(pos++));
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (pos >= length) {
                    endOfRecord = true;
                } else {
                    char c = text.charAt(pos++);
                    if (c == ',') {
                        continue;
                    }
                    if (c == '\r' && pos < length && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    /** Appends one record, quoting only the fields that need it, and ends it with "\n". */
    static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append('\n');
    }

    private static void appendField(StringBuilder out, String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0
                || field.startsWith("\uFEFF");
        if (!needsQuotes) {
            out.append(field);
            return;
        }
        out.append('"').append(field.replace("\"", "\"\"")).append('"');
    }
}
