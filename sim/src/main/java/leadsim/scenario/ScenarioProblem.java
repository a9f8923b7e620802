package leadsim.scenario;

/**
 * One thing wrong (or worth a warning) in a scenario file: where it is and what is allowed.
 * {@code line} and {@code column} are 1-based, or 0 when the key came from a preset or the
 * problem concerns the file as a whole.
 */
public record ScenarioProblem(String file, int line, int column, String keyPath, String message) {

    /** The form users see: {@code file:line:column: key.path: message}. */
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
        return text.append(message).toString();
    }
}
