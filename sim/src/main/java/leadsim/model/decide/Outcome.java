package leadsim.model.decide;

/** How a need's journey ended. */
public enum Outcome {
    /** Still waiting, travelling or in service. */
    OPEN("open"),
    /** Decided by a holder of the right (or a peer it was rerouted to). */
    DECIDED("decided"),
    /** Patience ran out and the raiser decided it without the right ("decision by default"). */
    WORKAROUND("workaround"),
    /** Patience ran out and it was dropped unmet. */
    LAPSE("lapse");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    /** The word the needs log uses. */
    public String word() {
        return word;
    }
}
