package leadsim.scenario;

/**
 * One thing wrong (or worth a warning) in a scenario file: where it is and what is allowed.
 * {@code line} and {@code column} are 1-based, or 0 when the key came from a preset or the
 * problem concerns the file as a whole.
 */
public record ScenarioProblem(String file, int line, int column, String keyPath, String message) {

    /**
     * The form users see: {@code file:line:column: key.path: message}. Control characters from
     * the file (a NUL or an escape sequence in a quoted value) are shown by their code, so that
     * echoing a value never drives the user's terminal.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (keyPath != null && !keyPath.isEmpty()) {
            text.append(keyPath).append(": ");
        }
        return printable(text.append(message).toString());
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
