package leadsim.model.garbagecan;

/**
 * How a choice was made (Cohen, March and Olsen 1972, p. 8): with problems attached, which it
 * solves (resolution); after its problems left for other choices (flight); or at once, while
 * the problems were elsewhere (oversight).
 */
public enum Style {
    RESOLUTION("R"), OVERSIGHT("O"), FLIGHT("F");

    private final String letter;

    Style(String letter) {
        this.letter = letter;
    }

    /** R, O or F, as in the specification's traces. */
    public String letter() {
        return letter;
    }
}
